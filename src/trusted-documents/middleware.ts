import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { isApiKeySecret } from '../auth/api-key-secret.js';
import { bearerChallenge, ErrorCode, INVALID_API_KEY } from '../schema/errors.js';
import type { TrustedDocuments } from './manifest.js';
import { decideDocument, namedHash, withDocument, type DocumentDecision, type DocumentLookup, type DocumentRequest } from './resolve.js';

export { TrustedDocuments } from './manifest.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The secret of `Bearer cf_…`: an API key (authenticated later, with the request's transaction). */
function presentedApiKey(authorization: string | undefined): string | null {
  const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  return match !== null && isApiKeySecret(match[1]!) ? match[1]! : null;
}

/** The documents organizations registered for their keys (modules/trusted-document), by key and hash. */
export interface OrganizationDocuments {
  /**
   * The text of the document with this hex SHA-256 in the key's organization (undefined: none),
   * or keyValid false for an unknown, revoked or expired key.
   */
  forApiKey(secret: string, sha256: string): Promise<{ keyValid: false } | { keyValid: true; body: string | undefined }>;
}

function withoutPersistedQuery(extensions: unknown): unknown {
  if (!isRecord(extensions) || !('persistedQuery' in extensions)) return extensions;
  const { persistedQuery: _persistedQuery, ...rest } = extensions;
  return rest;
}

/** Applies an accepted decision to a request's fields. */
function rewrite(fields: DocumentRequest & Record<string, unknown>, decision: DocumentDecision): void {
  if (decision.kind === 'trusted') {
    fields.query = decision.query;
    delete fields.documentId;
    if (fields.extensions !== undefined) fields.extensions = withoutPersistedQuery(fields.extensions);
  } else if (decision.kind === 'apq' && isRecord(fields.extensions) && isRecord(fields.extensions.persistedQuery)) {
    fields.extensions = { ...fields.extensions, persistedQuery: { ...fields.extensions.persistedQuery, sha256Hash: decision.sha256Hash } };
  }
}

/**
 * Trusted documents before Apollo sees the request (README "Trusted documents"): resolves
 * `documentId` and manifest hashes to their text, and refuses what a trusted-only caller may not
 * run — API keys always, everyone under TRUSTED_DOCUMENTS_ONLY=true. An Express handler rather
 * than an Apollo plugin because Apollo drops the body's `documentId` before any plugin runs, and
 * its APQ step (which must not see a key caller's registration) comes before the first hook a
 * plugin could refuse from.
 */
export function trustedDocumentsMiddleware(options: {
  trusted: TrustedDocuments;
  trustedDocumentsOnly: boolean;
  organizationDocuments?: OrganizationDocuments;
  logger: Logger;
}): RequestHandler {
  /**
   * The manifest, plus the key's organization's document when the request names a hash the
   * manifest lacks: one indexed lookup, only for key callers and only then (README "Trusted
   * documents"), so manifest documents cost no database round trip here.
   */
  const lookupFor = async (apiKey: string | null, request: DocumentRequest): Promise<DocumentLookup | 'invalid key'> => {
    if (apiKey === null || !options.organizationDocuments) return options.trusted;
    const hash = namedHash(request);
    if (hash === undefined || options.trusted.byHashHex(hash) !== undefined) return options.trusted;
    const found = await options.organizationDocuments.forApiKey(apiKey, hash);
    if (!found.keyValid) return 'invalid key';
    return found.body === undefined ? options.trusted : withDocument(options.trusted, hash, found.body);
  };

  return async (req, res, next) => {
    const apiKey = presentedApiKey(req.headers.authorization);
    const trustedOnly = options.trustedDocumentsOnly || apiKey !== null;
    const decide = async (request: DocumentRequest): Promise<DocumentDecision | null> => {
      let lookup: DocumentLookup | 'invalid key';
      try {
        lookup = await lookupFor(apiKey, request);
      } catch (error) {
        options.logger.error({ err: error }, 'looking up an organization trusted document failed');
        res
          .status(503)
          .set('retry-after', '1')
          .json({ errors: [{ message: 'The database is unavailable; retry later', extensions: { code: ErrorCode.SERVER_BUSY } }] });
        return null;
      }
      if (lookup === 'invalid key') {
        // The answer the request's begin statement would give (context/index.ts), given here
        // because without the document there is nothing for Apollo to run.
        res.status(401).set('www-authenticate', bearerChallenge({ code: 'invalid_token', description: INVALID_API_KEY }));
        res.json({ errors: [{ message: INVALID_API_KEY, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
        return null;
      }
      return decideDocument(request, lookup, trustedOnly);
    };
    let decision: DocumentDecision | null;
    if (req.method === 'POST') {
      const body: unknown = req.body;
      if (!isRecord(body)) return next();
      decision = await decide(body);
      if (decision === null) return;
      if (decision.kind !== 'refused') rewrite(body, decision);
    } else if (req.method === 'GET') {
      const url = new URL(req.url, 'http://request.invalid');
      const params = url.searchParams;
      let extensions: unknown;
      try {
        extensions = params.has('extensions') ? JSON.parse(params.get('extensions')!) : undefined;
      } catch {
        return next(); // Apollo answers the malformed parameter itself
      }
      const fields: DocumentRequest & Record<string, unknown> = {
        query: params.get('query') ?? undefined,
        documentId: params.get('documentId') ?? undefined,
        extensions,
      };
      decision = await decide(fields);
      if (decision === null) return;
      if (decision.kind === 'trusted' || decision.kind === 'apq') {
        rewrite(fields, decision);
        params.delete('documentId');
        if (typeof fields.query === 'string') params.set('query', fields.query);
        if (fields.extensions === undefined) params.delete('extensions');
        else params.set('extensions', JSON.stringify(fields.extensions));
        req.url = `${url.pathname}?${params.toString()}`;
      }
    } else {
      return next();
    }
    if (decision.kind === 'refused') {
      res.status(400).json({ errors: [{ message: decision.message, extensions: { code: decision.code } }] });
      return;
    }
    next();
  };
}
