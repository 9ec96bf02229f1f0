import { pipeline } from 'node:stream/promises';
import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import type { Database } from '../../db/client.js';
import { CANONICAL_UUID } from '../../schema/global-ids.js';
import type { AttachmentStore } from '../attachment/store.js';
import { ObjectNotFoundError } from '../attachment/store.js';

/** Where logos are served: /public/images/<id>. */
export const PUBLIC_IMAGES_PATH = '/public/images';

/**
 * An image's id changes whenever the image does (a new upload is a new attachment), so a
 * response may be cached for a year and never revalidated. A replaced or cleared logo is no
 * longer served from then on; caches that kept it may still show it (it was public anyway).
 */
const CACHE_FOREVER = 'public, max-age=31536000, immutable';

export interface PublicImageRouteDependencies {
  database: Database;
  store: AttachmentStore;
  logger: Logger;
}

interface PublicImage {
  content_type: string;
  size_bytes: number;
  checksum_sha256: string;
  storage_key: string;
}

/**
 * `GET /public/images/<id>`: an organization's current logo, to anyone, without a token. The
 * lookup is app.public_image (sql/88_public_images.sql): it answers only for a current logo and
 * only the four facts the response needs. Nothing else is sent: no organization, no file name.
 */
export function publicImageRoutes(deps: PublicImageRouteDependencies): Router {
  const { database, store, logger } = deps;
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Images are embedded by other sites (e-mails, a partner's page): allowed across origins.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    next();
  });

  const notFound = (res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Image not found' } });
  };

  router.get('/:id', async (req: Request<{ id: string }>, res: Response) => {
    try {
      const id = req.params.id.toLowerCase();
      if (!CANONICAL_UUID.test(id)) {
        notFound(res);
        return;
      }
      const [image] = await database.prisma.$queryRaw<PublicImage[]>`
        SELECT content_type, size_bytes, checksum_sha256, storage_key FROM app.public_image(${id}::uuid)`;
      if (!image) {
        notFound(res);
        return;
      }
      const etag = `"${image.checksum_sha256}"`;
      res.set({ 'Cache-Control': CACHE_FOREVER, ETag: etag });
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end();
        return;
      }
      let stream;
      if (req.method !== 'HEAD') {
        try {
          stream = await store.get(image.storage_key);
        } catch (error) {
          if (!(error instanceof ObjectNotFoundError)) throw error;
          logger.error({ imageId: id }, 'a public image has no stored bytes');
          res.removeHeader('ETag');
          notFound(res);
          return;
        }
      }
      res.status(200).set({ 'Content-Type': image.content_type, 'Content-Length': String(image.size_bytes) });
      if (!stream) {
        res.end();
        return;
      }
      await pipeline(stream, res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      logger.error({ err: error }, 'public image route failed');
      res.setHeader('Cache-Control', 'no-store');
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The image could not be served' } });
    }
  });
  return router;
}
