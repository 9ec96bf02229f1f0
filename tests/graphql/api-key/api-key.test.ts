import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { signAccessToken } from '../../../src/auth/jwt.js';
import { useTenants } from '../../helpers/actors.js';
import { documentIdOf, TEST_JWT_SECRET, type GraphQLResponse } from '../../helpers/app.js';
import { codes } from '../../helpers/responses.js';
import { decodeGlobalId } from '../../helpers/tenant-kit.js';
import {
  ApiKeyContactsDocument,
  ApiKeyCreateContactDocument,
  ApiKeyCreateDocument,
  ApiKeyCreateOrganizationDocument,
  ApiKeyListDocument,
  ApiKeyMembersDocument,
  ApiKeyRevokeDocument,
  ApiKeyRotateDocument,
  ApiKeyWhoAmIDocument,
  type MembershipRole,
} from '../../generated/operations/graphql.js';

// Last-used times are written 2 s after a key's first use in a batch (not per request): long
// enough that five requests on a loaded machine (7 min suite runs took > 300 ms) finish first.
const FLUSH_MS = 2_000;
const tenants = useTenants('ApiKeys', { otherTenant: true, env: { API_KEY_LAST_USED_FLUSH_MS: String(FLUSH_MS) } });

/**
 * A partner program: sends the key as a bearer token, the trusted document by its id (keys may
 * run nothing else) and, unless told, no organization header.
 */
function withKey(secret: string, headers: Record<string, string> = {}) {
  return {
    query: <R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<GraphQLResponse<R>> =>
      tenants.app.post({ documentId: documentIdOf(document), variables }, { authorization: `Bearer ${secret}`, ...headers }),
  };
}

async function createKey(role: MembershipRole = 'MEMBER', expiresAt?: string) {
  const response = await tenants.asAdmin.query(ApiKeyCreateDocument, { input: { name: `Partner ${role}`, role, expiresAt } });
  expect(response.errors).toBeUndefined();
  return response.data!.createApiKey;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();
const keyRow = async (globalId: string) =>
  (await tenants.app.owner.query('SELECT * FROM api_keys WHERE id = $1', [decodeGlobalId(globalId).id])).rows[0];

describe('createApiKey', () => {
  it('returns a cf_ secret with 256 random bits, once, and the key without it', async () => {
    const { secret, apiKey } = await createKey('VIEWER');
    expect(secret).toMatch(/^cf_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({
      name: 'Partner VIEWER',
      role: 'VIEWER',
      prefix: secret.slice(0, 11),
      lastUsedAt: null,
      revokedAt: null,
    });
  });

  it('stores only the SHA-256 of the secret', async () => {
    const { secret, apiKey } = await createKey();
    const row = await keyRow(apiKey.id);
    expect(row.secret_hash).toEqual(sha256(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(11));
  });

  it('refuses an OWNER key with BAD_USER_INPUT', async () => {
    const response = await tenants.asOwner.query(ApiKeyCreateDocument, { input: { name: 'Too strong', role: 'OWNER' } });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions!.field).toBe('role');
  });

  it('refuses an expiry in the past with BAD_USER_INPUT', async () => {
    const response = await tenants.asOwner.query(ApiKeyCreateDocument, {
      input: { name: 'Stale', role: 'VIEWER', expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('is written to the audit log without the secret hash', async () => {
    const { apiKey } = await createKey();
    const { rows } = await tenants.app.owner.query(
      "SELECT action::text, changes FROM audit_log WHERE table_name = 'api_keys' AND record_id = $1",
      [decodeGlobalId(apiKey.id).id],
    );
    expect(rows.map((row) => row.action)).toEqual(['INSERT']);
    expect(Object.keys(rows[0].changes)).not.toContain('secret_hash');
  });
});

describe('a request with an API key', () => {
  it('acts in the key’s organization without an X-Organization-Id', async () => {
    const { secret } = await createKey('VIEWER');
    const response = await withKey(secret).query(ApiKeyWhoAmIDocument);
    expect(response.errors).toBeUndefined();
    expect(decodeGlobalId(response.data!.organization.id).id).toBe(tenants.org.id);
    expect(response.data!.organizations.totalCount).toBe(1);
  });

  it('reads with a VIEWER key', async () => {
    const { secret } = await createKey('VIEWER');
    const response = await withKey(secret).query(ApiKeyContactsDocument);
    expect(response.errors).toBeUndefined();
  });

  it('may not write with a VIEWER key (FORBIDDEN, the role comes from the database)', async () => {
    const { secret } = await createKey('VIEWER');
    const response = await withKey(secret).query(ApiKeyCreateContactDocument, { input: { firstName: 'No', lastName: 'Write' } });
    expect(codes(response)).toEqual(['FORBIDDEN']);
  });

  it('writes with a MEMBER key, and the audit log names the key as the actor', async () => {
    const { secret, apiKey } = await createKey('MEMBER');
    const response = await withKey(secret).query(ApiKeyCreateContactDocument, { input: { firstName: 'Partner', lastName: 'Synced' } });
    expect(response.errors).toBeUndefined();
    const contactId = decodeGlobalId(response.data!.createContact.contact.id).id;
    const { rows } = await tenants.app.owner.query("SELECT actor_user_id FROM audit_log WHERE table_name = 'contacts' AND record_id = $1", [
      contactId,
    ]);
    expect(rows[0].actor_user_id).toBe((await keyRow(apiKey.id)).user_id);
  });

  it('naming another organization is FORBIDDEN', async () => {
    const { secret } = await createKey('ADMIN');
    const response = await withKey(secret, { 'x-organization-id': tenants.other.id }).query(ApiKeyContactsDocument);
    expect(response.status).toBe(403);
    expect(codes(response)).toEqual(['FORBIDDEN']);
  });

  it('never reads another organization’s records', async () => {
    const other = await tenants.asOtherTenant.query(ApiKeyCreateContactDocument, { input: { firstName: 'Other', lastName: 'Tenant' } });
    const { secret } = await createKey('ADMIN');
    const response = await withKey(secret).query(ApiKeyContactsDocument);
    const ownCount = await tenants.app.owner.query('SELECT count(*)::int AS n FROM contacts WHERE org_id = $1 AND deleted_at IS NULL', [
      tenants.org.id,
    ]);
    expect(other.errors).toBeUndefined();
    expect(response.data!.contacts.totalCount).toBe(ownCount.rows[0].n);
  });

  it('with an unknown secret is UNAUTHENTICATED (HTTP 401)', async () => {
    const response = await withKey(`cf_${'A'.repeat(43)}`).query(ApiKeyContactsDocument);
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('after revokeApiKey is UNAUTHENTICATED', async () => {
    const { secret, apiKey } = await createKey();
    const revoked = await tenants.asAdmin.query(ApiKeyRevokeDocument, { id: apiKey.id });
    expect(revoked.data!.revokeApiKey.apiKey.revokedAt).not.toBeNull();
    expect(codes(await withKey(secret).query(ApiKeyContactsDocument))).toEqual(['UNAUTHENTICATED']);
  });

  it('after its expiry is UNAUTHENTICATED', async () => {
    const { secret, apiKey } = await createKey('VIEWER', new Date(Date.now() + 60_000).toISOString());
    expect((await withKey(secret).query(ApiKeyContactsDocument)).errors).toBeUndefined();
    await tenants.app.owner.query("UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1", [
      decodeGlobalId(apiKey.id).id,
    ]);
    expect(codes(await withKey(secret).query(ApiKeyContactsDocument))).toEqual(['UNAUTHENTICATED']);
  });

  it('may not create, rotate or revoke keys (FORBIDDEN)', async () => {
    const { secret, apiKey } = await createKey('ADMIN');
    const key = withKey(secret);
    expect(codes(await key.query(ApiKeyCreateDocument, { input: { name: 'Spawn', role: 'VIEWER' } }))).toEqual(['FORBIDDEN']);
    expect(codes(await key.query(ApiKeyRotateDocument, { id: apiKey.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await key.query(ApiKeyRevokeDocument, { id: apiKey.id }))).toEqual(['FORBIDDEN']);
  });

  it('may not create an organization (FORBIDDEN: people only)', async () => {
    const { secret } = await createKey('ADMIN');
    const response = await withKey(secret).query(ApiKeyCreateOrganizationDocument, { input: { name: 'Key-founded' } });
    expect(codes(response)).toEqual(['FORBIDDEN']);
  });
});

describe('rotateApiKey', () => {
  it('issues a new secret; the old one stops working', async () => {
    const { secret: old, apiKey } = await createKey('VIEWER');
    const rotated = await tenants.asAdmin.query(ApiKeyRotateDocument, { id: apiKey.id });
    expect(rotated.errors).toBeUndefined();
    const { secret, apiKey: after } = rotated.data!.rotateApiKey;
    expect(secret).not.toBe(old);
    expect(after.prefix).toBe(secret.slice(0, 11));
    expect(codes(await withKey(old).query(ApiKeyContactsDocument))).toEqual(['UNAUTHENTICATED']);
    expect((await withKey(secret).query(ApiKeyContactsDocument)).errors).toBeUndefined();
  });

  it('and revokeApiKey are in the audit log', async () => {
    const { apiKey } = await createKey();
    await tenants.asAdmin.query(ApiKeyRotateDocument, { id: apiKey.id });
    await tenants.asAdmin.query(ApiKeyRevokeDocument, { id: apiKey.id });
    const { rows } = await tenants.app.owner.query(
      "SELECT action::text, changes FROM audit_log WHERE table_name = 'api_keys' AND record_id = $1 ORDER BY occurred_at",
      [decodeGlobalId(apiKey.id).id],
    );
    expect(rows.map((row) => [row.action, Object.keys(row.changes).sort()])).toEqual([
      ['INSERT', ['expires_at', 'name', 'prefix', 'revoked_at', 'user_id']],
      ['UPDATE', ['prefix']],
      ['UPDATE', ['revoked_at']],
    ]);
  });

  it('of a revoked key is BAD_USER_INPUT', async () => {
    const { apiKey } = await createKey();
    await tenants.asAdmin.query(ApiKeyRevokeDocument, { id: apiKey.id });
    expect(codes(await tenants.asAdmin.query(ApiKeyRotateDocument, { id: apiKey.id }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('apiKeys', () => {
  it('lists the organization’s keys and not another’s', async () => {
    const { apiKey } = await createKey();
    const otherKey = await tenants.asOtherTenant.query(ApiKeyCreateDocument, { input: { name: 'Theirs', role: 'VIEWER' } });
    const ids = (await tenants.asAdmin.query(ApiKeyListDocument)).data!.apiKeys.edges.map((edge) => edge.node.id);
    expect(ids).toContain(apiKey.id);
    expect(ids).not.toContain(otherKey.data!.createApiKey.apiKey.id);
  });

  it('keys are not listed among members', async () => {
    const { apiKey } = await createKey();
    const accountId = (await keyRow(apiKey.id)).user_id;
    const members = (await tenants.asAdmin.query(ApiKeyMembersDocument)).data!.members.edges;
    expect(members.map((edge) => decodeGlobalId(edge.node.user.id).id)).not.toContain(accountId);
  });
});

describe('lastUsedAt', () => {
  it('is written after a batch interval, not by each request', async () => {
    const { secret, apiKey } = await createKey('VIEWER');
    const key = withKey(secret);
    for (let i = 0; i < 5; i += 1) expect((await key.query(ApiKeyContactsDocument)).errors).toBeUndefined();
    const lastRequest = Date.now();
    // Five requests in, the batch has not been written yet: no request wrote it.
    expect((await keyRow(apiKey.id)).last_used_at).toBeNull();
    await sleep(FLUSH_MS * 3);
    const written: Date = (await keyRow(apiKey.id)).last_used_at;
    expect(written).not.toBeNull();
    expect(written.getTime()).toBeLessThanOrEqual(lastRequest);
    expect(written.getTime()).toBeGreaterThan(lastRequest - FLUSH_MS);
  });
});

describe('the database', () => {
  it('refuses a token that claims an API key account’s subject', async () => {
    const token = await signAccessToken(TEST_JWT_SECRET, { sub: 'cf-api-key:00000000-0000-0000-0000-000000000000' });
    const response = await tenants.app.post({ query: '{ me { id } }' }, { authorization: `Bearer ${token}` });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors![0]!.message).toMatch(/sub claim/);
  });

  it('never lets a key account be an OWNER', async () => {
    const { apiKey } = await createKey();
    const row = await keyRow(apiKey.id);
    await expect(
      tenants.app.owner.query("UPDATE memberships SET role = 'OWNER' WHERE org_id = $1 AND user_id = $2", [row.org_id, row.user_id]),
    ).rejects.toThrow(/cannot be an OWNER/);
  });
});
