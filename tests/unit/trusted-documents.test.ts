import { describe, expect, it } from '@jest/globals';
import { sha256Hex, TrustedDocuments } from '../../src/trusted-documents/manifest.js';
import { decideDocument, namedHash, withDocument } from '../../src/trusted-documents/resolve.js';

const TEXT = 'query One { me { id } }';
const HASH = sha256Hex(TEXT);
const trusted = TrustedDocuments.fromManifest({ [`sha256:${HASH}`]: TEXT });
const OTHER = 'query Other { me { name } }';

describe('the trusted-documents manifest', () => {
  it('refuses an entry whose id is not the sha256 of its text (stale or hand-edited)', () => {
    expect(() => TrustedDocuments.fromManifest({ [`sha256:${sha256Hex(OTHER)}`]: TEXT })).toThrow(/does not hash to its id/);
  });

  it('refuses ids without the sha256: prefix', () => {
    expect(() => TrustedDocuments.fromManifest({ [HASH]: TEXT })).toThrow();
  });

  it('says which file is missing and how to make it', () => {
    expect(() => TrustedDocuments.load(new URL('file:///nonexistent/persisted-documents.json'))).toThrow(/npm run codegen/);
  });

  it('the committed manifest loads', () => {
    expect(TrustedDocuments.load().size).toBeGreaterThan(10);
  });
});

describe('decideDocument', () => {
  const cases: [string, Parameters<typeof decideDocument>[0], boolean, unknown][] = [
    ['documentId → its text', { documentId: `sha256:${HASH}` }, true, { kind: 'trusted', query: TEXT }],
    [
      'unknown documentId',
      { documentId: `sha256:${sha256Hex(OTHER)}` },
      false,
      expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }),
    ],
    ['documentId without prefix', { documentId: HASH }, true, expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' })],
    ['documentId and query', { documentId: `sha256:${HASH}`, query: TEXT }, false, expect.objectContaining({ code: 'BAD_REQUEST' })],
    [
      'APQ hash of a manifest document',
      { extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } },
      true,
      { kind: 'trusted', query: TEXT },
    ],
    [
      'APQ hash with text that does not match',
      { query: OTHER, extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } },
      false,
      expect.objectContaining({ code: 'BAD_REQUEST' }),
    ],
    [
      'APQ registration, trusted-only',
      { query: OTHER, extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(OTHER) } } },
      true,
      expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_IN_LIST' }),
    ],
    [
      'APQ registration, others',
      { query: OTHER, extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(OTHER) } } },
      false,
      { kind: 'pass' },
    ],
    [
      'APQ hash with the sha256: prefix, others',
      { extensions: { persistedQuery: { version: 1, sha256Hash: `sha256:${sha256Hex(OTHER)}` } } },
      false,
      { kind: 'apq', sha256Hash: sha256Hex(OTHER) },
    ],
    [
      'unknown APQ hash, trusted-only',
      { extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(OTHER) } } },
      true,
      expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }),
    ],
    ["a manifest document's text, trusted-only", { query: TEXT }, true, expect.objectContaining({ code: 'PERSISTED_QUERY_ID_REQUIRED' })],
    ['other text, trusted-only', { query: OTHER }, true, expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_IN_LIST' })],
    ['other text, others', { query: OTHER }, false, { kind: 'pass' }],
  ];
  it.each(cases)('%s', (_name, request, trustedOnly, expected) => {
    expect(decideDocument(request, trusted, trustedOnly)).toEqual(expected);
  });
});

describe("an organization's document beside the manifest", () => {
  it('namedHash: the documentId, the APQ hash (any case, with or without the prefix), else the text', () => {
    expect(namedHash({ documentId: `sha256:${HASH}` })).toBe(HASH);
    expect(namedHash({ documentId: HASH })).toBeUndefined();
    expect(namedHash({ extensions: { persistedQuery: { version: 1, sha256Hash: HASH.toUpperCase() } } })).toBe(HASH);
    expect(namedHash({ extensions: { persistedQuery: { version: 1, sha256Hash: `sha256:${HASH}` } } })).toBe(HASH);
    expect(namedHash({ query: OTHER })).toBe(sha256Hex(OTHER));
    expect(namedHash({})).toBeUndefined();
  });

  it('withDocument: the extra document runs by id, its text is recognised, the manifest still answers', () => {
    const lookup = withDocument(trusted, sha256Hex(OTHER), OTHER);
    expect(decideDocument({ documentId: `sha256:${sha256Hex(OTHER)}` }, lookup, true)).toEqual({ kind: 'trusted', query: OTHER });
    expect(decideDocument({ query: OTHER }, lookup, true)).toEqual(expect.objectContaining({ code: 'PERSISTED_QUERY_ID_REQUIRED' }));
    expect(decideDocument({ documentId: `sha256:${HASH}` }, lookup, true)).toEqual({ kind: 'trusted', query: TEXT });
    expect(decideDocument({ documentId: `sha256:${sha256Hex(OTHER)}` }, trusted, true)).toEqual(
      expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }),
    );
  });
});
