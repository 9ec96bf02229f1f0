import type { Logger } from 'pino';
import type { Context } from '../../context/index.js';
import { attachmentDisposition } from './policy.js';
import { createAttachmentStore, type StoreConfig } from './store-factory.js';
import type { AttachmentStore } from './store.js';
import { FileTokenSigner, fileTokenKey } from './tokens.js';

export interface AttachmentSettings {
  maxBytes: number;
  urlTtlSeconds: number;
}

/** The columns the services below need of an attachment row. */
/** The columns every file operation (links, upload, download) needs, whatever a query selected. */
export const FILE_COLUMNS = {
  id: true,
  orgId: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  checksumSha256: true,
  storageKey: true,
  status: true,
  deletedAt: true,
} as const;

export interface AttachmentFile {
  id: string;
  orgId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  checksumSha256: string;
  storageKey: string;
}

export interface SignedLink {
  url: string;
  headers: Record<string, string>;
  expiresAt: Date;
}

/** The link to the local store's file route: /files/<token>. */
export const FILES_PATH = '/files';

/**
 * The attachment machinery of one server: the store, the URL signer and the limits. Built once
 * by createServer from the configuration; `forRequest` gives each GraphQL request its view.
 */
export class AttachmentService {
  constructor(
    readonly store: AttachmentStore,
    readonly signer: FileTokenSigner,
    readonly settings: AttachmentSettings,
  ) {}

  /** Clients upload straight to the store (S3) rather than through the API's /files route. */
  get directUploads(): boolean {
    return typeof this.store.presignPut === 'function';
  }

  forRequest(baseUrl: string): AttachmentRequest {
    return new AttachmentRequest(this, baseUrl.replace(/\/+$/, ''));
  }

  private expiry(): Date {
    return new Date((Math.floor(Date.now() / 1000) + this.settings.urlTtlSeconds) * 1000);
  }

  async uploadLink(file: AttachmentFile, userId: string, baseUrl: string): Promise<SignedLink> {
    const expiresAt = this.expiry();
    if (this.store.presignPut) {
      const signed = await this.store.presignPut(file.storageKey, file, this.settings.urlTtlSeconds);
      return { ...signed, expiresAt };
    }
    const token = await this.signer.sign({ attachmentId: file.id, orgId: file.orgId, operation: 'upload', userId }, expiresAt);
    return { url: `${baseUrl}${FILES_PATH}/${token}`, headers: { 'Content-Type': file.contentType }, expiresAt };
  }

  async downloadLink(file: AttachmentFile, userId: string, baseUrl: string): Promise<SignedLink> {
    const expiresAt = this.expiry();
    if (this.store.presignGet) {
      const url = await this.store.presignGet(
        file.storageKey,
        { contentType: file.contentType, contentDisposition: attachmentDisposition(file.fileName) },
        this.settings.urlTtlSeconds,
      );
      return { url, headers: {}, expiresAt };
    }
    const token = await this.signer.sign({ attachmentId: file.id, orgId: file.orgId, operation: 'download', userId }, expiresAt);
    return { url: `${baseUrl}${FILES_PATH}/${token}`, headers: {}, expiresAt };
  }
}

/**
 * One GraphQL request's view: its base URL (for /files links) and memos, so `downloadUrl` and
 * `downloadUrlExpiresAt` of one attachment describe the same link, and a pending S3 upload is
 * looked at once per request.
 */
export class AttachmentRequest {
  private readonly downloads = new Map<string, Promise<SignedLink>>();
  private readonly readiness = new Map<string, Promise<boolean>>();

  constructor(
    readonly service: AttachmentService,
    readonly baseUrl: string,
  ) {}

  get settings(): AttachmentSettings {
    return this.service.settings;
  }

  uploadLink(file: AttachmentFile, userId: string): Promise<SignedLink> {
    return this.service.uploadLink(file, userId, this.baseUrl);
  }

  downloadLink(file: AttachmentFile, userId: string): Promise<SignedLink> {
    let link = this.downloads.get(file.id);
    if (!link) {
      link = this.service.downloadLink(file, userId, this.baseUrl);
      this.downloads.set(file.id, link);
    }
    return link;
  }

  /**
   * Whether the bytes of a PENDING attachment arrived. Uploads through /files mark the row READY
   * themselves; a direct upload to S3 cannot tell the API, so the first read that cares looks at
   * the object (HEAD: size and SHA-256 as declared) and marks the row READY in this request's
   * transaction.
   */
  uploadArrived(ctx: Context, file: AttachmentFile): Promise<boolean> {
    if (!this.service.directUploads) return Promise.resolve(false);
    let arrived = this.readiness.get(file.id);
    if (!arrived) {
      arrived = (async () => {
        const object = await this.service.store.head(file.storageKey);
        if (!object || object.sizeBytes !== file.sizeBytes) return false;
        if (object.checksumSha256 !== undefined && object.checksumSha256 !== file.checksumSha256) return false;
        await ctx.prisma.attachment.updateMany({ where: { id: file.id, status: 'PENDING' }, data: { status: 'READY' } });
        return true;
      })();
      this.readiness.set(file.id, arrived);
    }
    return arrived;
  }
}

export interface AttachmentConfig extends StoreConfig {
  ATTACHMENTS_MAX_BYTES: number;
  ATTACHMENTS_URL_TTL_SECONDS: number;
  ATTACHMENTS_SIGNING_SECRET?: string;
  AUTH_JWT_SECRET?: string;
}

export async function createAttachmentService(config: AttachmentConfig, logger?: Logger): Promise<AttachmentService> {
  const store = await createAttachmentStore(config);
  const { key, ephemeral } = fileTokenKey(config);
  if (ephemeral && !store.presignPut) {
    logger?.warn(
      'attachments: neither ATTACHMENTS_SIGNING_SECRET nor AUTH_JWT_SECRET is set; file URLs are signed with a random key that dies with this process and is not shared with other instances',
    );
  }
  return new AttachmentService(store, new FileTokenSigner(key), {
    maxBytes: config.ATTACHMENTS_MAX_BYTES,
    urlTtlSeconds: config.ATTACHMENTS_URL_TTL_SECONDS,
  });
}
