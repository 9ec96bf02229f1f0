import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import { encodeGlobalID } from '@pothos/plugin-relay';
import cors from 'cors';
import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import type { Database } from '../../db/client.js';
import { imageContentMismatchMessage } from '../../schema/errors.js';
import { HEAD_BYTES, RECORD_COLUMNS, imageUploadType, sniffImageType, type ImageContentType } from '../image/sniff.js';
import type { TransactionClient } from '../../db/request-transaction.js';
import { withTenant } from '../../db/tenant.js';
import { attachmentDisposition, contentTypeEssence } from './policy.js';
import { FILE_COLUMNS, type AttachmentService } from './service.js';
import { ObjectNotFoundError } from './store.js';
import { FileTokenError, type FileOperation, type FileTokenClaims } from './tokens.js';

/** A refusal with an HTTP status and a stable code: `{ "error": { "code", "message" } }`. */
class FileRouteError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Counts and hashes the bytes on their way to the store, and fails the stream (so the store
 * keeps nothing) as soon as there are more bytes than declared, or at the end when the size or
 * the SHA-256 differ from what createAttachmentUpload recorded. For an upload that may become a
 * logo or an avatar (`imageType`), the first bytes are held back until they tell the image type
 * (HEAD_BYTES): other bytes than the declared type fail it with IMAGE_CONTENT_MISMATCH before
 * anything reaches the store.
 */
class UploadVerifier extends Transform {
  private received = 0;
  private readonly hash = createHash('sha256');
  private head: Buffer[] | null;

  constructor(
    private readonly sizeBytes: number,
    private readonly checksumSha256: string,
    private readonly imageType: ImageContentType | null,
  ) {
    super();
    this.head = imageType ? [] : null;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.received += chunk.length;
    if (this.received > this.sizeBytes) {
      callback(new FileRouteError(400, 'SIZE_MISMATCH', `The body is larger than the declared ${this.sizeBytes} bytes`));
      return;
    }
    this.hash.update(chunk);
    if (this.head) {
      this.head.push(chunk);
      if (this.received < HEAD_BYTES) {
        callback();
        return;
      }
      callback(this.releaseHead());
      return;
    }
    callback(null, chunk);
  }

  /** Checks the held-back first bytes and passes them on; the refusal when they are not the declared image type. */
  private releaseHead(): FileRouteError | null {
    const head = Buffer.concat(this.head!);
    this.head = null;
    const found = sniffImageType(head.subarray(0, HEAD_BYTES));
    if (found !== this.imageType)
      return new FileRouteError(400, 'IMAGE_CONTENT_MISMATCH', imageContentMismatchMessage(this.imageType!, found));
    this.push(head);
    return null;
  }

  override _flush(callback: TransformCallback) {
    // Fewer bytes than HEAD_BYTES: still held back.
    const refused = this.head ? this.releaseHead() : null;
    if (refused) {
      callback(refused);
      return;
    }
    if (this.received !== this.sizeBytes) {
      callback(new FileRouteError(400, 'SIZE_MISMATCH', `The body has ${this.received} bytes; ${this.sizeBytes} were declared`));
      return;
    }
    if (this.hash.digest('hex') !== this.checksumSha256) {
      callback(new FileRouteError(400, 'CHECKSUM_MISMATCH', 'The SHA-256 of the body is not the declared checksumSha256'));
      return;
    }
    callback();
  }
}

export interface FileRouteDependencies {
  database: Database;
  attachments: AttachmentService;
  logger: Logger;
  /** Bounds each of the route's (short) database transactions. */
  requestTimeoutMs: number;
}

/**
 * `PUT /files/<token>` (upload) and `GET /files/<token>` (download) for stores without signed
 * URLs of their own (the local disk). The token, issued inside an authorized GraphQL request,
 * is the authority here: the routes read and write the attachment under row-level security with
 * the token's organization (and its user as the acting user, for the audit log). But a link
 * outlives the request that issued it (ATTACHMENTS_URL_TTL_SECONDS): each use first checks that its
 * user is still a member of the organization, so removing someone ends their links at once. The
 * bytes are streamed outside any transaction; a transaction is held only for a lookup and the final
 * update.
 */
export function attachmentFileRoutes(deps: FileRouteDependencies): Router {
  const { database, attachments, logger } = deps;
  const router = express.Router();
  router.use(
    cors({
      methods: ['GET', 'HEAD', 'PUT'],
      allowedHeaders: ['content-type'],
      exposedHeaders: ['content-disposition', 'content-length', 'etag'],
    }),
  );
  router.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });

  const inOrganization = <T>(claims: FileTokenClaims, work: (tx: TransactionClient) => Promise<T>) =>
    withTenant(database.prisma, { orgId: claims.orgId, userId: claims.userId }, work, { timeoutMs: deps.requestTimeoutMs });

  /** The link's attachment, if the user it was issued to still belongs to its organization (read under RLS). */
  const lookUp = (claims: FileTokenClaims) =>
    inOrganization(claims, async (tx) => {
      const member = await tx.membership.findUnique({
        where: { orgId_userId: { orgId: claims.orgId, userId: claims.userId } },
        select: { id: true },
      });
      if (!member)
        throw new FileRouteError(403, 'NOT_A_MEMBER', 'This link was issued to someone who is no longer a member of the organization');
      return tx.attachment.findUnique({
        where: { orgId_id: { orgId: claims.orgId, id: claims.attachmentId } },
        select: { ...FILE_COLUMNS, ...RECORD_COLUMNS },
      });
    });

  const verify = async (token: string, operation: FileOperation) => {
    try {
      return await attachments.signer.verify(token, operation);
    } catch (error) {
      if (error instanceof FileTokenError) throw new FileRouteError(403, error.code, error.message);
      throw error;
    }
  };

  const fail = (res: Response, error: unknown, closeConnection: boolean) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (closeConnection) res.setHeader('Connection', 'close'); // do not read the rest of a refused body
    res.setHeader('Cache-Control', 'no-store');
    if (error instanceof FileRouteError) {
      res.status(error.status).json({ error: { code: error.code, message: error.message } });
      return;
    }
    logger.error({ err: error }, 'attachment file route failed');
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The file could not be processed' } });
  };

  router.put('/:token', async (req: Request<{ token: string }>, res: Response) => {
    try {
      const claims = await verify(req.params.token, 'upload');
      const row = await lookUp(claims);
      if (!row) throw new FileRouteError(404, 'NOT_FOUND', 'Attachment not found');
      if (row.deletedAt) throw new FileRouteError(410, 'DELETED', 'The attachment was deleted');
      if (row.status === 'READY') throw new FileRouteError(409, 'ALREADY_UPLOADED', 'The file was uploaded already');
      const declaredLength = req.headers['content-length'];
      if (declaredLength !== undefined && Number(declaredLength) !== row.sizeBytes) {
        throw new FileRouteError(400, 'SIZE_MISMATCH', `Content-Length is ${declaredLength}; ${row.sizeBytes} bytes were declared`);
      }
      const contentType = req.headers['content-type'];
      if (contentType !== undefined && contentTypeEssence(contentType) !== row.contentType) {
        throw new FileRouteError(
          400,
          'CONTENT_TYPE_MISMATCH',
          `Content-Type is ${contentTypeEssence(contentType)}; ${row.contentType} was declared`,
        );
      }

      // Gone during the lookup: its 'close' was emitted already, so the listener below would wait forever.
      if (req.destroyed && !req.complete) return;
      // An image that may become a logo or an avatar is sniffed here too, not only when it is set.
      const body = new UploadVerifier(row.sizeBytes, row.checksumSha256, imageUploadType(row));
      // The store hears of a refusal through its own pipeline (even one raised before it attached).
      body.on('error', () => {});
      // Not pipeline(): a refused body must not destroy the request, or the 400 could not be sent.
      // An aborted request fails the verifier, so the store discards what arrived.
      req.once('error', (error) => body.destroy(error));
      req.once('close', () => {
        if (!req.complete) body.destroy(new Error('the client aborted the upload'));
      });
      req.pipe(body);
      await attachments.store.put(row.storageKey, body, row);
      // Not conditional on deletedAt: a file soft-deleted during its upload is READY when restored.
      // No row updated means a concurrent upload of these same (checksummed) bytes finished first.
      await inOrganization(claims, (tx) =>
        tx.attachment.updateMany({ where: { id: row.id, status: 'PENDING' }, data: { status: 'READY' } }),
      );
      res.setHeader('Cache-Control', 'no-store');
      res.status(200).json({
        attachment: {
          id: encodeGlobalID('Attachment', row.id),
          status: 'READY',
          sizeBytes: row.sizeBytes,
          checksumSha256: row.checksumSha256,
        },
      });
    } catch (error) {
      if (req.socket.destroyed) return; // the client went away; nobody to answer
      fail(res, error, !req.complete);
    }
  });

  router.get('/:token', async (req: Request<{ token: string }>, res: Response) => {
    try {
      const claims = await verify(req.params.token, 'download');
      const row = await lookUp(claims);
      if (!row) throw new FileRouteError(404, 'NOT_FOUND', 'Attachment not found');
      if (row.deletedAt) throw new FileRouteError(410, 'DELETED', 'The attachment was deleted');
      if (row.status !== 'READY') throw new FileRouteError(409, 'NOT_READY', 'The file has not been uploaded yet');
      let stream;
      if (req.method !== 'HEAD') {
        try {
          stream = await attachments.store.get(row.storageKey);
        } catch (error) {
          if (!(error instanceof ObjectNotFoundError)) throw error;
          logger.error({ attachmentId: row.id, storageKey: row.storageKey }, 'a READY attachment has no stored bytes');
          throw new FileRouteError(404, 'NOT_FOUND', 'The file is missing from the store');
        }
      }
      res.status(200).set({
        'Content-Type': row.contentType,
        'Content-Length': String(row.sizeBytes),
        'Content-Disposition': attachmentDisposition(row.fileName),
        // Nothing in the file may run if a browser opens it here (nosniff is set for every response).
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
        ETag: `"${row.checksumSha256}"`,
      });
      if (!stream) {
        res.end();
        return;
      }
      await pipelineAsync(stream, res);
    } catch (error) {
      fail(res, error, false);
    }
  });

  return router;
}
