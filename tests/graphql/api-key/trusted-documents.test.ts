/**
 * Trusted documents (README "Trusted documents"): API keys run only the manifest's documents,
 * named by `documentId` or by Apollo's persisted-query hash; JWT callers may also send text and
 * register documents automatically (APQ) in a bounded cache; TRUSTED_DOCUMENTS_ONLY=true holds
 * everyone to the manifest.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { loadConfig } from '../../../src/config.js';
import { createServer, type AppServer } from '../../../src/server.js';
import { useTenants } from '../../helpers/actors.js';
import { TEST_JWT_SECRET, type GraphQLResponse } from '../../helpers/app.js';
import { codes } from '../../helpers/responses.js';
import { ApiKeyCreateContactDocument, ApiKeyCreateDocument } from '../../generated/operations/graphql.js';

const manifest = JSON.parse(
  readFileSync(new URL('../../../src/generated/operations/persisted-documents.json', import.meta.url), 'utf8'),
) as Record<string, string>;
const entry = (operationName: string) => {
  const found = Object.entries(manifest).find(([, text]) => text.startsWith(`query ${operationName}(`));
  if (!found) throw new Error(`${operationName} is not in the manifest`);
  return { id: found[0], hash: found[0].slice('sha256:'.length), text: found[1] };
};
const CHANGED = entry('ContactsChangedSince');
const SINCE = { since: '2000-01-01T00:00:00Z' };
const UNLISTED = 'query Unlisted { contacts(first: 1) { totalCount } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

const tenants = useTenants('TrustedDocs', { env: { APQ_CACHE_MAX_BYTES: '4096' } });

async function keySecret(): Promise<string> {
  const created = await tenants.asAdmin.query(ApiKeyCreateDocument, { input: { name: 'Partner sync', role: 'VIEWER' } });
  expect(created.errors).toBeUndefined();
  return created.data!.createApiKey.secret;
}
const asKey = async (body: Record<string, unknown>) => tenants.app.post(body, { authorization: `Bearer ${await keySecret()}` });
const userHeaders = () => ({ authorization: `Bearer ${tenants.asMember.token}`, 'x-organization-id': tenants.org.id });
const asUser = (body: Record<string, unknown>) => tenants.app.post(body, userHeaders());

const changedContacts = (response: GraphQLResponse) => {
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data.contacts.edges;
};

describe('an API key', () => {
  it('runs a manifest document named by documentId', async () => {
    const created = await tenants.asMember.query(ApiKeyCreateContactDocument, { input: { firstName: 'Synced', lastName: 'ById' } });
    const id = created.data!.createContact.contact.id;
    const edges = changedContacts(await asKey({ documentId: CHANGED.id, variables: SINCE }));
    expect(edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(id);
  });

  it("runs a manifest document named by Apollo's persistedQuery hash, with or without the sha256: prefix", async () => {
    changedContacts(await asKey({ extensions: apq(CHANGED.hash), variables: SINCE }));
    changedContacts(await asKey({ extensions: apq(CHANGED.id), variables: SINCE }));
  });

  it('runs a manifest document by GET with documentId', async () => {
    const params = new URLSearchParams({ documentId: CHANGED.id, variables: JSON.stringify(SINCE) });
    const response = await fetch(`${tenants.app.url}?${params}`, {
      headers: { authorization: `Bearer ${await keySecret()}`, 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors).toBeUndefined();
  });

  it("sending a manifest document's text is PERSISTED_QUERY_ID_REQUIRED (HTTP 400)", async () => {
    const response = await asKey({ query: CHANGED.text, variables: SINCE });
    expect({ status: response.status, codes: codes(response) }).toEqual({ status: 400, codes: ['PERSISTED_QUERY_ID_REQUIRED'] });
  });

  it('sending text that is not in the manifest is PERSISTED_QUERY_NOT_IN_LIST', async () => {
    const response = await asKey({ query: UNLISTED });
    expect({ status: response.status, codes: codes(response) }).toEqual({ status: 400, codes: ['PERSISTED_QUERY_NOT_IN_LIST'] });
  });

  it('an unknown documentId is PERSISTED_QUERY_NOT_FOUND, and so is a malformed one', async () => {
    expect(codes(await asKey({ documentId: `sha256:${sha256(UNLISTED)}` }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(codes(await asKey({ documentId: CHANGED.hash }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('may not register a document automatically (APQ): PERSISTED_QUERY_NOT_IN_LIST, and nothing is stored', async () => {
    const hash = sha256(UNLISTED);
    expect(codes(await asKey({ query: UNLISTED, extensions: apq(hash) }))).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    expect(codes(await asKey({ extensions: apq(hash) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    // Not for users either: the refused registration never reached Apollo's cache.
    expect(codes(await asUser({ extensions: apq(hash) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('sending both documentId and query is BAD_REQUEST', async () => {
    expect(codes(await asKey({ documentId: CHANGED.id, query: CHANGED.text, variables: SINCE }))).toEqual(['BAD_REQUEST']);
  });
});

describe('a signed-in user', () => {
  it('sends text as usual, and may name manifest documents by id', async () => {
    expect(codes(await asUser({ query: UNLISTED }))).toEqual([]);
    changedContacts(await asUser({ documentId: CHANGED.id, variables: SINCE }));
  });

  it('registers a document by APQ, then sends only its hash', async () => {
    const text = 'query Registered { contacts(first: 2) { totalCount } }';
    const hash = sha256(text);
    expect(codes(await asUser({ extensions: apq(hash) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(codes(await asUser({ query: text, extensions: apq(hash) }))).toEqual([]);
    expect(codes(await asUser({ extensions: apq(hash) }))).toEqual([]);
  });

  it('may send an APQ hash with the manifest\'s "sha256:" prefix (it was HTTP 400 "Internal server error")', async () => {
    const text = 'query Prefixed { contacts(first: 3) { totalCount } }';
    const response = await asUser({ query: text, extensions: apq(`sha256:${sha256(text)}`) });
    expect({ status: response.status, codes: codes(response) }).toEqual({ status: 200, codes: [] });
    expect(codes(await asUser({ extensions: apq(sha256(text)) }))).toEqual([]);
  });

  it('registers into a bounded cache: past APQ_CACHE_MAX_BYTES the least recently used documents go', async () => {
    // 4,096 bytes hold about 40 of these 100-byte documents; the first of 80 is gone by the end.
    const texts = Array.from({ length: 80 }, (_, n) => `query Bounded${n} { contacts(first: 1) { totalCount edges { node { id } } } }`);
    for (const text of texts) expect(codes(await asUser({ query: text, extensions: apq(sha256(text)) }))).toEqual([]);
    expect(codes(await asUser({ extensions: apq(sha256(texts[0]!)) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(codes(await asUser({ extensions: apq(sha256(texts.at(-1)!)) }))).toEqual([]);
  });
});

describe('TRUSTED_DOCUMENTS_ONLY=true', () => {
  // A second server on the same database, configured as an operator would; the test helpers
  // themselves send raw text, so the tenants are made through the first one.
  let strict: AppServer;
  let url: string;
  beforeAll(async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_URL: tenants.app.databaseUrl,
      TRUSTED_DOCUMENTS_ONLY: 'true',
    });
    strict = await createServer({ config, database: tenants.app.database, logger: pino({ level: 'silent' }) });
    url = `http://127.0.0.1:${await strict.listen(0, '127.0.0.1')}/graphql`;
  });
  afterAll(async () => strict?.stop());

  const post = async (body: Record<string, unknown>): Promise<GraphQLResponse> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...userHeaders() },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  it('holds signed-in users to the manifest too', async () => {
    expect(codes(await post({ query: UNLISTED }))).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    expect(codes(await post({ query: CHANGED.text, variables: SINCE }))).toEqual(['PERSISTED_QUERY_ID_REQUIRED']);
    changedContacts(await post({ documentId: CHANGED.id, variables: SINCE }));
  });
});
