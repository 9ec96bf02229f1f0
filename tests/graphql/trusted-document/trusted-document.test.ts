/**
 * An organization's own trusted documents (README "Trusted documents"): an ADMIN registers
 * documents, each checked against the schema and the limits; the organization's API keys then
 * run them by documentId like the manifest's, and no other organization's key can.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { useTenants, type Tenants } from '../../helpers/actors.js';
import { documentIdOf, type GraphQLResponse } from '../../helpers/app.js';
import { codes } from '../../helpers/responses.js';
import {
  ApiKeyCreateDocument,
  ApiKeyRevokeDocument,
  TrustedDocumentAuditDocument,
  TrustedDocumentListDocument,
  TrustedDocumentRegisterDocument,
  TrustedDocumentRemoveDocument,
} from '../../generated/operations/graphql.js';

const tenants = useTenants('OrgDocuments', { otherTenant: true });

let sequence = 0;
/** A document no other test registers: a partner's "who am I" with a unique operation name. */
const partnerDocument = () => `query PartnerWhoAmI${++sequence}_${Date.now()} { me { id } organization { id name } }`;
const idOf = (body: string) => `sha256:${createHash('sha256').update(body, 'utf8').digest('hex')}`;

async function register(documents: string[], actor = tenants.asAdmin) {
  return actor.query(TrustedDocumentRegisterDocument, { input: { documents } });
}

async function newKey(admin = tenants.asAdmin, role: 'VIEWER' | 'MEMBER' | 'ADMIN' = 'VIEWER') {
  const created = await admin.query(ApiKeyCreateDocument, { input: { name: `Org documents ${++sequence}`, role } });
  expect(created.errors).toBeUndefined();
  return { secret: created.data!.createApiKey.secret, id: created.data!.createApiKey.apiKey.id };
}

const asKey = (secret: string, body: Record<string, unknown>, app: Tenants['app'] = tenants.app) =>
  app.post(body, { authorization: `Bearer ${secret}` });

const orgName = (response: GraphQLResponse) => {
  expect(response.errors).toBeUndefined();
  return response.data.organization.name as string;
};

describe('registering trusted documents', () => {
  it('returns each document with its documentId (sha256 of the text) and operation names; the key runs it', async () => {
    const body = partnerDocument();
    const registered = await register([body]);
    expect(registered.errors).toBeUndefined();
    const [document] = registered.data!.registerTrustedDocuments.trustedDocuments;
    expect(document).toMatchObject({ documentId: idOf(body), body, operationNames: [body.split(' ')[1]] });

    const { secret } = await newKey();
    expect(orgName(await asKey(secret, { documentId: document!.documentId }))).toBe(tenants.org.name);
    // By Apollo's persisted-query hash too, with or without the prefix.
    const hash = document!.documentId.slice('sha256:'.length);
    expect(orgName(await asKey(secret, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }))).toBe(tenants.org.name);
    // Its text is still not accepted from a key: the id is what a key sends.
    expect(codes(await asKey(secret, { query: body }))).toEqual(['PERSISTED_QUERY_ID_REQUIRED']);
  });

  it('registering the same document again changes nothing and returns the same record', async () => {
    const body = partnerDocument();
    const first = await register([body]);
    const again = await register([body, body]);
    expect(again.errors).toBeUndefined();
    const firstId = first.data!.registerTrustedDocuments.trustedDocuments[0]!.id;
    expect(again.data!.registerTrustedDocuments.trustedDocuments.map((document) => document.id)).toEqual([firstId, firstId]);
    const { rows } = await tenants.app.owner.query('SELECT count(*)::int AS n FROM trusted_documents WHERE body = $1', [body]);
    expect(rows[0].n).toBe(1);
  });

  it.each([
    ['a syntax error', 'query Broken { me { id }', /Syntax Error/],
    ['a field the schema lacks', 'query Unknown { me { password } }', /Cannot query field "password"/],
    ['an anonymous operation', '{ me { id } }', /every operation must be named/],
    [
      'over the depth limit',
      `query Deep { ${'node(id: "x") { ... on Contact { company { contacts(first: 1) { edges { node { '.repeat(4)}id${' } } } } } }'.repeat(4)} }`,
      /depth limit/,
    ],
    [
      'over the cost limit at the largest page size',
      'query Costly($first: Int) { contacts(first: $first) { edges { node { activities(first: $first) { edges { node { id } } } deals(first: $first) { edges { node { activities(first: $first) { edges { node { id } } } } } } } } } }',
      /may return up to \d+ objects with every page at 100/,
    ],
    ['a fragment and no operation', 'fragment F on User { id }', /holds no operation|Unknown fragment|never used/],
  ])('refuses %s with BAD_USER_INPUT naming the document, and registers none of the call', async (_case, bad, message) => {
    const good = partnerDocument();
    const response = await register([good, bad]);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toMatch(/^documents\[1\] cannot be trusted: /);
    expect(response.errors![0]!.message).toMatch(message);
    const { rows } = await tenants.app.owner.query('SELECT count(*)::int AS n FROM trusted_documents WHERE body = $1', [good]);
    expect(rows[0].n).toBe(0);
  });

  it('refuses an empty list, more than 50 documents and a document over 64 KiB', async () => {
    expect(codes(await register([]))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await register(Array.from({ length: 51 }, () => partnerDocument())))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await register([`query Big { me { id } } # ${'x'.repeat(64 * 1024)}`]))).toEqual(['BAD_USER_INPUT']);
  });

  it('is for people with ADMIN: a MEMBER is FORBIDDEN, and so is an ADMIN API key', async () => {
    expect(codes(await register([partnerDocument()], tenants.asMember))).toEqual(['FORBIDDEN']);
    const { secret } = await newKey(tenants.asAdmin, 'ADMIN');
    // The registration document is trusted on test servers (tests/operations), so the key reaches the rule.
    const byKey = await asKey(secret, {
      documentId: documentIdOf(TrustedDocumentRegisterDocument),
      variables: { input: { documents: [partnerDocument()] } },
    });
    expect(codes(byKey)).toEqual(['FORBIDDEN']);
    expect(byKey.errors![0]!.message).toMatch(/An API key cannot register/);
  });

  it('records registration and removal in the audit log', async () => {
    const registered = await register([partnerDocument()]);
    const id = registered.data!.registerTrustedDocuments.trustedDocuments[0]!.id;
    expect((await tenants.asAdmin.query(TrustedDocumentRemoveDocument, { id })).errors).toBeUndefined();
    const audit = await tenants.asAdmin.query(TrustedDocumentAuditDocument);
    expect(audit.errors).toBeUndefined();
    const actions = audit.data!.auditLog.edges.filter((edge) => edge.node.recordId === id).map((edge) => edge.node.action);
    expect(actions.sort()).toEqual(['DELETE', 'INSERT']);
  });
});

describe('running an organization document', () => {
  it("is refused to another organization's key (PERSISTED_QUERY_NOT_FOUND), which sees none of the list", async () => {
    const body = partnerDocument();
    await register([body]);
    const other = await newKey(tenants.asOtherTenant);
    const response = await asKey(other.secret, { documentId: idOf(body) });
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const list = await tenants.asOtherTenant.query(TrustedDocumentListDocument);
    expect(list.data!.trustedDocuments.edges.map((edge) => edge.node.documentId)).not.toContain(idOf(body));
  });

  it('stops when the document is removed (PERSISTED_QUERY_NOT_FOUND), and a second remove is NOT_FOUND', async () => {
    const body = partnerDocument();
    const id = (await register([body])).data!.registerTrustedDocuments.trustedDocuments[0]!.id;
    const { secret } = await newKey();
    expect(orgName(await asKey(secret, { documentId: idOf(body) }))).toBe(tenants.org.name);
    const removed = await tenants.asAdmin.query(TrustedDocumentRemoveDocument, { id });
    expect(removed.data!.removeTrustedDocument.removedTrustedDocumentId).toBe(id);
    expect(codes(await asKey(secret, { documentId: idOf(body) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(codes(await tenants.asAdmin.query(TrustedDocumentRemoveDocument, { id }))).toEqual(['NOT_FOUND']);
  });

  it('a revoked or unknown key naming it gets 401 invalid_token, not the document', async () => {
    const body = partnerDocument();
    await register([body]);
    const key = await newKey();
    expect((await tenants.asAdmin.query(ApiKeyRevokeDocument, { id: key.id })).errors).toBeUndefined();
    for (const secret of [key.secret, `cf_${'B'.repeat(43)}`]) {
      const response = await fetch(tenants.app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ documentId: idOf(body) }),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
      const json = (await response.json()) as GraphQLResponse;
      expect(codes(json)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('is for API keys: a person sending its documentId gets PERSISTED_QUERY_NOT_FOUND (people send text or the manifest)', async () => {
    const body = partnerDocument();
    await register([body]);
    const response = await tenants.app.post(
      { documentId: idOf(body) },
      { authorization: `Bearer ${tenants.asAdmin.token}`, 'x-organization-id': tenants.org.id },
    );
    expect(codes(response)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('runs under the limits with its real variables, like any request', async () => {
    const body = 'query PartnerContactsPage($first: Int) { contacts(first: $first) { edges { node { id } } } }';
    expect((await register([body])).errors).toBeUndefined();
    const { secret } = await newKey();
    const ok = await asKey(secret, { documentId: idOf(body), variables: { first: 5 } });
    expect(ok.errors).toBeUndefined();
    expect(codes(await asKey(secret, { documentId: idOf(body), variables: { first: 101 } }))).toEqual(['BAD_USER_INPUT']);
  });
});
