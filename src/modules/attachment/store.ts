import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UUID_TEXT } from '../../schema/global-ids.js';

/** What the store is told about an object it stores or signs a URL for. */
export interface StoredObject {
  contentType: string;
  sizeBytes: number;
  /** Hex SHA-256 of the bytes. */
  checksumSha256: string;
}

/** A URL a client uses directly, and the headers it must send with it. */
export interface SignedRequest {
  url: string;
  headers: Record<string, string>;
}

/**
 * Where attachment bytes live. Keys are `<orgId>/<attachmentId>`, chosen by the server.
 * A store that can sign URLs (`presignPut`/`presignGet`) lets clients move the bytes directly;
 * otherwise they go through the API's /files routes, which call `put` and `get`.
 */
export interface AttachmentStore {
  readonly kind: 'local' | 's3';
  /**
   * Stores the bytes of `body`. When `body` fails (the upload is rejected or aborted), the store
   * keeps nothing of it: no partial object, and whatever was under `key` before stays as it was.
   */
  put(key: string, body: Readable, object: StoredObject): Promise<void>;
  /** The bytes; throws ObjectNotFoundError when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes the object; no error when there is none. */
  delete(key: string): Promise<void>;
  /** The stored object's size (and checksum when the store keeps one), or null when there is none. */
  head(key: string): Promise<{ sizeBytes: number; checksumSha256?: string } | null>;
  presignPut?(key: string, object: StoredObject, expiresInSeconds: number): Promise<SignedRequest>;
  presignGet?(key: string, download: { contentType: string; contentDisposition: string }, expiresInSeconds: number): Promise<string>;
}

export class ObjectNotFoundError extends Error {
  constructor(key: string) {
    super(`no stored object ${key}`);
  }
}

const KEY = new RegExp(`^${UUID_TEXT}/${UUID_TEXT}$`);

/** The storage key of an attachment; the only shape the stores accept. */
export const storageKeyOf = (orgId: string, attachmentId: string) => `${orgId}/${attachmentId}`;

export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`not a storage key: ${JSON.stringify(key)}`);
}

/**
 * Files under one directory: `<dir>/<orgId>/<attachmentId>`. Bytes are written to a temporary
 * file next to the target and renamed into place only once the whole body arrived and was
 * accepted, so a reader never sees a partial file and a rejected upload leaves nothing.
 */
export class LocalDiskStore implements AttachmentStore {
  readonly kind = 'local';
  readonly root: string;

  constructor(directory: string) {
    this.root = resolve(directory);
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`storage key escapes the store: ${key}`);
    return path;
  }

  async put(key: string, body: Readable, _object: StoredObject): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.part`;
    try {
      await pipeline(body, createWriteStream(temporary, { flags: 'wx', mode: 0o600 }));
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    const stream = createReadStream(path);
    // Opening is asynchronous: wait for it so a missing file is an error here, not mid-response.
    await new Promise<void>((resolveOpen, rejectOpen) => {
      stream.once('open', () => resolveOpen());
      stream.once('error', (error: NodeJS.ErrnoException) => rejectOpen(error.code === 'ENOENT' ? new ObjectNotFoundError(key) : error));
    });
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async head(key: string): Promise<{ sizeBytes: number } | null> {
    try {
      return { sizeBytes: (await stat(this.pathOf(key))).size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}
