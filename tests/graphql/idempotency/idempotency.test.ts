/**
 * Idempotency-Key (README "Idempotency keys") against the real server and PostgreSQL: replay,
 * reuse with other input, scope per principal, concurrent duplicates, failed first attempts,
 * checkout, the 24 h expiry and malformed keys.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import pg from 'pg';
import { useTenants } from '../../helpers/actors.js';
import { documentIdOf, type Actor } from '../../helpers/app.js';
import {
  ApiKeyCreateDocument,
  IdempotencyCheckoutDocument,
  IdempotencyContactsDocument,
  IdempotencyCreateContactDocument,
  MarketplaceAddToCartDocument,
  MarketplaceCreateToolDocument,
} from '../../generated/operations/graphql.js';

const tenants = useTenants('Idempotency', { otherTenant: true });

interface Reply<R> {
  status: number;
  replayed: string | null;
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends a document over HTTP as a bearer (a person's token or an API key) with an Idempotency-Key. */
async function send<R, V>(
  bearer: { token: string; orgId: string | null },
  document: TypedDocumentNode<R, V>,
  variables: V,
  key?: string,
): Promise<Reply<R>> {
  const response = await fetch(tenants.app.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${bearer.token}`,
      ...(bearer.orgId ? { 'x-organization-id': bearer.orgId } : {}),
      ...(key === undefined ? {} : { 'idempotency-key': key }),
    },
    // By manifest id: API keys may run only trusted documents (README "Trusted documents").
    body: JSON.stringify({ documentId: documentIdOf(document), variables }),
  });
  const body = (await response.json()) as Omit<Reply<R>, 'status' | 'replayed'>;
  return { status: response.status, replayed: response.headers.get('idempotent-replayed'), ...body };
}

const contact = (lastName: string) => ({ input: { firstName: 'Ida', lastName } });
const contactsNamed = async (lastName: string) =>
  Number((await tenants.app.owner.query('SELECT count(*) FROM contacts WHERE last_name = $1', [lastName])).rows[0].count);
const keyRows = async (key: string) => (await tenants.app.owner.query('SELECT * FROM idempotency_keys WHERE key = $1', [key])).rows;
const codes = (reply: Reply<unknown>) => reply.errors?.map((error) => error.extensions?.code);
const createdId = (reply: Reply<{ createContact: { contact: { id: string } | null } }>) => reply.data?.createContact.contact?.id;

describe('Idempotency-Key on create mutations', () => {
  it('the same key with the same input returns the first result, marked replayed, and writes nothing more', async () => {
    const key = randomUUID();
    const name = `Replay-${key}`;
    const first = await send(tenants.asMember, IdempotencyCreateContactDocument, contact(name), key);
    const second = await send(tenants.asMember, IdempotencyCreateContactDocument, contact(name), key);
    expect(first.errors).toBeUndefined();
    expect(first.replayed).toBeNull();
    expect(second).toMatchObject({ status: 200, replayed: 'true', data: first.data });
    expect(await contactsNamed(name)).toBe(1);
    const rows = await keyRows(key);
    expect(rows).toHaveLength(1);
    expect(rows[0].response).toEqual(first.data);
  });

  it('the same key with other variables is IDEMPOTENCY_KEY_REUSED (422) and writes nothing', async () => {
    const key = randomUUID();
    await send(tenants.asMember, IdempotencyCreateContactDocument, contact(`Reuse-${key}`), key);
    const reused = await send(tenants.asMember, IdempotencyCreateContactDocument, contact(`Other-${key}`), key);
    expect(reused.status).toBe(422);
    expect(codes(reused)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await contactsNamed(`Other-${key}`)).toBe(0);
  });

  it('variables that differ only in key order are the same request', async () => {
    const key = randomUUID();
    const name = `Order-${key}`;
    const first = await send(tenants.asMember, IdempotencyCreateContactDocument, { input: { firstName: 'Ida', lastName: name } }, key);
    const second = await send(tenants.asMember, IdempotencyCreateContactDocument, { input: { lastName: name, firstName: 'Ida' } }, key);
    expect(second).toMatchObject({ replayed: 'true', data: first.data });
    expect(await contactsNamed(name)).toBe(1);
  });

  it('keys are scoped to the principal: another member, another organization and an API key each run anew', async () => {
    const key = randomUUID();
    const name = `Scope-${key}`;
    const created = await send(tenants.asAdmin, ApiKeyCreateDocument, { input: { name: `Idem ${key.slice(0, 8)}`, role: 'MEMBER' } });
    const apiKey = { token: created.data!.createApiKey.secret, orgId: null };
    const callers = [tenants.asMember, tenants.asAdmin, tenants.asOtherTenant, apiKey];
    const ids = [];
    for (const caller of callers) {
      const reply = await send(caller, IdempotencyCreateContactDocument, contact(name), key);
      expect(reply.errors).toBeUndefined();
      expect(reply.replayed).toBeNull();
      ids.push(createdId(reply));
    }
    expect(new Set(ids).size).toBe(4);
    expect(await contactsNamed(name)).toBe(4);
    expect(await keyRows(key)).toHaveLength(4);
  });

  it('under RLS a principal sees only its own keys', async () => {
    const key = randomUUID();
    await send(tenants.asMember, IdempotencyCreateContactDocument, contact(`Rls-${key}`), key);
    const client = new pg.Client({ connectionString: tenants.app.databaseUrl });
    await client.connect();
    try {
      const { rows } = await tenants.app.owner.query('SELECT org_id, user_id FROM idempotency_keys WHERE key = $1', [key]);
      const { org_id: orgId, user_id: userId } = rows[0];
      const admin = (await tenants.app.owner.query('SELECT id FROM users WHERE auth_subject = $1', [tenants.asAdmin.subject])).rows[0].id;
      const visible = async (user: string) => {
        await client.query('BEGIN');
        await client.query("SELECT set_config('app.current_org_id', $1, true), set_config('app.current_user_id', $2, true)", [orgId, user]);
        const count = (await client.query('SELECT count(*) FROM idempotency_keys WHERE key = $1', [key])).rows[0].count;
        await client.query('ROLLBACK');
        return Number(count);
      };
      expect(await visible(userId)).toBe(1);
      expect(await visible(admin)).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('two concurrent requests with the same key: one write, the second waits for the first and gets its answer', async () => {
    const key = randomUUID();
    const name = `Race-${key}`;
    // Hold the first request inside its INSERT into contacts, so the second arrives while it runs.
    const blocker = new pg.Client({ connectionString: tenants.app.ownerUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE contacts IN SHARE MODE');
      const first = send(tenants.asMember, IdempotencyCreateContactDocument, contact(name), key);
      await sleep(250);
      const second = send(tenants.asMember, IdempotencyCreateContactDocument, contact(name), key);
      await sleep(250);
      await blocker.query('COMMIT');
      const [a, b] = await Promise.all([first, second]);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(createdId(b)).toBe(createdId(a));
      expect([a.replayed, b.replayed].sort()).toEqual(['true', null].sort());
      expect(await contactsNamed(name)).toBe(1);
    } finally {
      await blocker.end();
    }
  });

  it('a duplicate that waits longer than lock_timeout is IDEMPOTENCY_KEY_IN_USE (409, Retry-After), and writes nothing', async () => {
    const key = randomUUID();
    const name = `InUse-${key}`;
    const holder = new pg.Client({ connectionString: tenants.app.ownerUrl });
    await holder.connect();
    try {
      const userId = (await holder.query('SELECT id FROM users WHERE auth_subject = $1', [tenants.asMember.subject])).rows[0].id;
      await holder.query('BEGIN');
      // An uncommitted claim of the key, as a request still running would hold it.
      await holder.query(
        `INSERT INTO idempotency_keys (org_id, user_id, key, request_hash) VALUES ($1, $2, $3, decode(repeat('00', 32), 'hex'))`,
        [tenants.org.id, userId, key],
      );
      const reply = await send(tenants.asMember, IdempotencyCreateContactDocument, contact(name), key);
      expect(reply.status).toBe(409);
      expect(codes(reply)).toEqual(['IDEMPOTENCY_KEY_IN_USE']);
      await holder.query('ROLLBACK');
      expect(await contactsNamed(name)).toBe(0);
      // Once the holder is gone the key is free.
      const retry = await send(tenants.asMember, IdempotencyCreateContactDocument, contact(name), key);
      expect(retry.errors).toBeUndefined();
      expect(await contactsNamed(name)).toBe(1);
    } finally {
      await holder.end();
    }
  });

  it('a failed first attempt stores nothing: the retry with the same key runs', async () => {
    const key = randomUUID();
    const name = `Retry-${key}`;
    const failed = await send(
      tenants.asMember,
      IdempotencyCreateContactDocument,
      { input: { firstName: 'Ida', lastName: name, email: 'not an e-mail' } },
      key,
    );
    expect(codes(failed)).toEqual(['BAD_USER_INPUT']);
    expect(await keyRows(key)).toHaveLength(0);
    const retry = await send(tenants.asMember, IdempotencyCreateContactDocument, contact(name), key);
    expect(retry.errors).toBeUndefined();
    expect(retry.replayed).toBeNull();
    expect(await contactsNamed(name)).toBe(1);
  });

  it('after 24 h the key is forgotten: the same request runs anew', async () => {
    const key = randomUUID();
    const name = `Expiry-${key}`;
    const first = await send(tenants.asMember, IdempotencyCreateContactDocument, contact(name), key);
    await tenants.app.owner.query("UPDATE idempotency_keys SET created_at = now() - interval '24 hours 1 minute' WHERE key = $1", [key]);
    const again = await send(tenants.asMember, IdempotencyCreateContactDocument, contact(name), key);
    expect(again.errors).toBeUndefined();
    expect(again.replayed).toBeNull();
    expect(createdId(again)).not.toBe(createdId(first));
    expect(await contactsNamed(name)).toBe(2);
    expect(await keyRows(key)).toHaveLength(1);
  });

  it('a malformed key, or a key on an operation that takes none, is a 400 BAD_USER_INPUT before anything runs', async () => {
    for (const bad of ['x'.repeat(256), 'tab\tinside', 'é']) {
      const reply = await send(tenants.asMember, IdempotencyCreateContactDocument, contact(`Bad-${randomUUID()}`), bad);
      expect(reply.status).toBe(400);
      expect(codes(reply)).toEqual(['BAD_USER_INPUT']);
    }
    const onQuery = await send(tenants.asMember, IdempotencyContactsDocument, {}, randomUUID());
    expect(onQuery.status).toBe(400);
    expect(codes(onQuery)).toEqual(['BAD_USER_INPUT']);
    expect(onQuery.errors![0]!.message).toMatch(/Idempotency-Key is accepted only on create mutations/);
    const withoutKey = await send(tenants.asMember, IdempotencyContactsDocument, {});
    expect(withoutKey.errors).toBeUndefined();
  });
});

describe('Idempotency-Key from browsers', () => {
  it('CORS lets a page send Idempotency-Key and read Idempotent-Replayed', async () => {
    const origin = 'https://app.example.test';
    const preflight = await fetch(tenants.app.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    expect(preflight.headers.get('access-control-allow-headers')?.split(',')).toContain('idempotency-key');
    const response = await fetch(tenants.app.url, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('access-control-expose-headers')?.split(',')).toContain('idempotent-replayed');
  });
});

describe('Idempotency-Key on checkout', () => {
  async function cartWithNewTool(buyer: Actor) {
    const admin = await tenants.app.platformAdmin(`curator-${randomUUID().slice(0, 8)}`);
    const tool = await send({ token: admin.token, orgId: null }, MarketplaceCreateToolDocument, {
      input: { slug: `idem-${randomUUID().slice(0, 8)}`, name: 'Idem tool', category: 'CUSTOM', tier: 'T1' },
    });
    expect(tool.errors).toBeUndefined();
    const added = await send(buyer, MarketplaceAddToCartDocument, {
      input: { toolId: tool.data!.createMarketplaceTool.marketplaceTool!.id },
    });
    expect(added.errors).toBeUndefined();
  }

  it('checks out once under the header key and replays the same answer to a retry', async () => {
    const buyer = tenants.asAdmin;
    await cartWithNewTool(buyer);
    const key = randomUUID();
    const first = await send(buyer, IdempotencyCheckoutDocument, {}, key);
    expect(first.errors).toBeUndefined();
    expect(first.data!.checkout).toMatchObject({ replayed: false, checkout: { idempotencyKey: key, total: '100.00' } });
    const retry = await send(buyer, IdempotencyCheckoutDocument, {}, key);
    expect(retry).toMatchObject({ replayed: 'true', data: first.data });
    const checkouts = await tenants.app.owner.query('SELECT count(*) FROM checkouts WHERE idempotency_key = $1', [key]);
    expect(Number(checkouts.rows[0].count)).toBe(1);
  });

  it('without a key in the header or the input it is BAD_USER_INPUT', async () => {
    const reply = await send(tenants.asAdmin, IdempotencyCheckoutDocument, {});
    expect(codes(reply)).toEqual(['BAD_USER_INPUT']);
  });
});
