import type { RequestHandler } from 'express';
import { isApiKeySecret } from '../auth/api-key-secret.js';
import type { TrustedDocuments } from './manifest.js';
import { decideDocument, type DocumentDecision, type DocumentRequest } from './resolve.js';

export { TrustedDocuments } from './manifest.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Bearer cf_…: an API key (it is authenticated later; here only its kind matters). */
function presentsApiKey(authorization: string | undefined): boolean {
  const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  return match !== null && isApiKeySecret(match[1]!);
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
export function trustedDocumentsMiddleware(options: { trusted: TrustedDocuments; trustedDocumentsOnly: boolean }): RequestHandler {
  return (req, res, next) => {
    const trustedOnly = options.trustedDocumentsOnly || presentsApiKey(req.headers.authorization);
    let decision: DocumentDecision;
    if (req.method === 'POST') {
      const body: unknown = req.body;
      if (!isRecord(body)) return next();
      decision = decideDocument(body, options.trusted, trustedOnly);
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
      decision = decideDocument(fields, options.trusted, trustedOnly);
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
