import { sha256Hex, type TrustedDocuments } from './manifest.js';

/** The parts of a GraphQL-over-HTTP request this rule reads and may rewrite (from a POST body or GET parameters). */
export interface DocumentRequest {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

export type DocumentRefusalCode =
  'PERSISTED_QUERY_ID_REQUIRED' | 'PERSISTED_QUERY_NOT_IN_LIST' | 'PERSISTED_QUERY_NOT_FOUND' | 'BAD_REQUEST';

export type DocumentDecision =
  /** Run as it is: Apollo handles the text, or an APQ hash, itself. */
  | { kind: 'pass' }
  /** Run this trusted text; documentId and the persistedQuery extension are removed. */
  | { kind: 'trusted'; query: string }
  /** The sender's APQ hash carried the manifest's "sha256:" prefix: Apollo needs the bare hex. */
  | { kind: 'apq'; sha256Hash: string }
  | { kind: 'refused'; code: DocumentRefusalCode; message: string };

/** What decideDocument reads of the trusted documents (the manifest, maybe with an organization's document). */
export type DocumentLookup = Pick<TrustedDocuments, 'byHashHex' | 'containsText'>;

const PREFIXED_ID = /^sha256:([0-9a-f]{64})$/;
const BARE_HASH = /^(?:sha256:)?([0-9a-fA-F]{64})$/;

function persistedQueryHash(extensions: unknown): unknown {
  if (typeof extensions !== 'object' || extensions === null || !('persistedQuery' in extensions)) return undefined;
  const persisted = extensions.persistedQuery;
  if (typeof persisted !== 'object' || persisted === null || !('sha256Hash' in persisted)) return null;
  return persisted.sha256Hash;
}

const refused = (code: DocumentRefusalCode, message: string): DocumentDecision => ({ kind: 'refused', code, message });

/**
 * Which document a request runs. `trustedOnly` is true for API-key callers, and for everyone
 * under TRUSTED_DOCUMENTS_ONLY=true: they may run only manifest documents, named by
 * `documentId: "sha256:<hex>"` (GraphQL-over-HTTP persisted documents) or by Apollo's
 * `extensions.persistedQuery.sha256Hash`; raw text and automatic registration (APQ) are refused.
 * Other callers may also send raw text and use APQ (Apollo's bounded cache).
 */
export function decideDocument(request: DocumentRequest, trusted: DocumentLookup, trustedOnly: boolean): DocumentDecision {
  const { query, documentId } = request;
  const apqHash = persistedQueryHash(request.extensions);

  if (documentId !== undefined) {
    if (query !== undefined) return refused('BAD_REQUEST', 'Send either documentId or query, not both');
    const match = typeof documentId === 'string' ? PREFIXED_ID.exec(documentId) : null;
    const text = match ? trusted.byHashHex(match[1]!) : undefined;
    if (text === undefined) {
      return refused('PERSISTED_QUERY_NOT_FOUND', 'No trusted document has this documentId (expected "sha256:<64 hex>" from the manifest)');
    }
    return { kind: 'trusted', query: text };
  }

  if (apqHash !== undefined) {
    const match = typeof apqHash === 'string' ? BARE_HASH.exec(apqHash) : null;
    // Apollo answers a malformed extension itself (and the version check); only trusted-only callers need a word here.
    if (!match)
      return trustedOnly
        ? refused('PERSISTED_QUERY_NOT_FOUND', 'extensions.persistedQuery.sha256Hash must be 64 hex digits')
        : { kind: 'pass' };
    const hash = match[1]!.toLowerCase();
    const text = trusted.byHashHex(hash);
    if (text !== undefined) {
      if (typeof query === 'string' && sha256Hex(query) !== hash)
        return refused('BAD_REQUEST', 'The query does not hash to extensions.persistedQuery.sha256Hash');
      return { kind: 'trusted', query: text };
    }
    if (trustedOnly) {
      return query === undefined
        ? refused('PERSISTED_QUERY_NOT_FOUND', 'No trusted document has this sha256Hash')
        : refused(
            'PERSISTED_QUERY_NOT_IN_LIST',
            'This document is not in the trusted documents; registering documents automatically (APQ) is not allowed for this caller',
          );
    }
    return hash === apqHash ? { kind: 'pass' } : { kind: 'apq', sha256Hash: hash };
  }

  if (trustedOnly && typeof query === 'string') {
    return trusted.containsText(query)
      ? refused('PERSISTED_QUERY_ID_REQUIRED', 'Send this trusted document by its id (documentId: "sha256:<hex>"), not its text')
      : refused('PERSISTED_QUERY_NOT_IN_LIST', 'Only trusted documents may run for this caller, and this text is not one of them');
  }
  return { kind: 'pass' };
}

/**
 * The hex SHA-256 of the document a request names — its documentId, its APQ hash, else the hash
 * of its text — when well formed; what an organization's documents are looked up by.
 */
export function namedHash(request: DocumentRequest): string | undefined {
  if (request.documentId !== undefined) {
    return typeof request.documentId === 'string' ? PREFIXED_ID.exec(request.documentId)?.[1] : undefined;
  }
  const apqHash = persistedQueryHash(request.extensions);
  if (apqHash !== undefined) return typeof apqHash === 'string' ? BARE_HASH.exec(apqHash)?.[1]?.toLowerCase() : undefined;
  return typeof request.query === 'string' ? sha256Hex(request.query) : undefined;
}

/** The manifest and one more document (an organization's, found for this request). */
export function withDocument(trusted: DocumentLookup, hash: string, text: string): DocumentLookup {
  return {
    byHashHex: (candidate) => (candidate === hash ? text : trusted.byHashHex(candidate)),
    containsText: (candidate) => candidate === text || trusted.containsText(candidate),
  };
}
