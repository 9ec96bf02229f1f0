/**
 * examples/partner-sync.ts (README "For partners") against the real server: it pages through
 * every changed contact and deal with an API key and trusted documents, waits out a 429 for as
 * long as Retry-After says, and creates a contact exactly once when a response is lost.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { createServer, type AppServer } from '../../src/server.js';
import {
  ContactsChangedSinceDocument,
  DealsChangedSinceDocument,
  type ContactsChangedSinceQueryVariables,
} from '../../src/generated/operations/graphql.js';
import { createContactOnce, documentIdOf, syncChangedSince, type Fetch, type RetryEvent } from '../../examples/partner-sync.js';
import { useTenants } from '../helpers/actors.js';
import { TEST_JWT_SECRET, type Actor } from '../helpers/app.js';
import { build } from '../helpers/builders.js';
import { run } from '../helpers/tenant-kit.js';
import { uuidOf } from '../helpers/responses.js';
import { ApiKeyCreateDocument, PartnerSyncDeleteContactDocument, PartnerSyncDeleteDealDocument } from '../generated/operations/graphql.js';

// Keys get a bucket far larger than the sync needs here, so that paging is tested apart from
// rate limits; the 429 test runs a second server with a small one.
const tenants = useTenants('PartnerSync', {
  otherTenant: true,
  env: { RATE_LIMIT_KEY_CAPACITY: '1000000', RATE_LIMIT_KEY_REFILL_PER_SECOND: '1000000' },
});

/** More than one page (the documents ask for 100), plus one deleted record of each kind. */
const CONTACTS = 130;
const DEALS = 115;

let since: string;
let contactIds: string[];
let dealIds: string[];
let deletedContact: string;
let deletedDeal: string;

async function inBatches(count: number, make: (index: number) => Promise<string>): Promise<string[]> {
  const made: string[] = [];
  for (let start = 0; start < count; start += 10) {
    const batch = Array.from({ length: Math.min(10, count - start) }, (_, offset) => make(start + offset));
    made.push(...(await Promise.all(batch)));
  }
  return made;
}

/** An API key of the actor's organization (the actor: its ADMIN or OWNER); its secret. */
async function newKey(actor: Actor, role: 'VIEWER' | 'MEMBER'): Promise<string> {
  const created = await run(actor, ApiKeyCreateDocument, { input: { name: `Partner sync ${randomUUID().slice(0, 8)}`, role } });
  return created.createApiKey.secret;
}

/** One request as the wire saw it: when it left, when its answer came, and what it said. */
interface Sent {
  startedAt: number;
  answeredAt: number;
  status: number;
  retryAfter: string | null;
  headers: Headers;
  body: Record<string, unknown>;
}

/** fetch that records every request it passes on. */
function recordingFetch(log: Sent[]): Fetch {
  return async (url, init) => {
    const startedAt = Date.now();
    const response = await fetch(url, init);
    log.push({
      startedAt,
      answeredAt: Date.now(),
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      headers: new Headers(init.headers),
      body: JSON.parse(String(init.body)) as Record<string, unknown>,
    });
    return response;
  };
}

const sorted = (values: string[]) => [...values].sort();
const idsOf = (records: { id: string }[]) => records.map((record) => record.id);
const uuidsOf = (records: { id: string }[]) => sorted(records.map((record) => uuidOf(record.id)));

/** The organization's rows changed at or after `since`, deleted ones included, as PostgreSQL has them. */
async function changedInDatabase(table: 'contacts' | 'deals'): Promise<string[]> {
  const { rows } = await tenants.app.owner.query(`SELECT id FROM ${table} WHERE org_id = $1 AND updated_at >= $2`, [tenants.org.id, since]);
  return sorted(rows.map((row: { id: string }) => row.id));
}

beforeAll(async () => {
  since = new Date().toISOString();
  contactIds = await inBatches(CONTACTS, (index) => build.contact(tenants.asMember, { lastName: `Synced ${index}` }));
  dealIds = await inBatches(DEALS, (index) => build.deal(tenants.asMember, { deal: { name: `Synced deal ${index}` } }));
  deletedContact = contactIds[7]!;
  deletedDeal = dealIds[3]!;
  await run(tenants.asAdmin, PartnerSyncDeleteContactDocument, { id: deletedContact });
  await run(tenants.asAdmin, PartnerSyncDeleteDealDocument, { id: deletedDeal });
}, 180_000);

describe('syncChangedSince', () => {
  it('pages through every contact and deal changed since, deleted ones included, each once', async () => {
    const sent: Sent[] = [];
    const result = await syncChangedSince({
      url: tenants.app.url,
      apiKey: await newKey(tenants.asAdmin, 'VIEWER'),
      since,
      fetch: recordingFetch(sent),
    });

    expect(idsOf(result.contacts.records)).toHaveLength(CONTACTS);
    expect(sorted(idsOf(result.contacts.records))).toEqual(sorted(contactIds));
    expect(idsOf(result.deals.records)).toHaveLength(DEALS);
    expect(sorted(idsOf(result.deals.records))).toEqual(sorted(dealIds));
    expect([uuidsOf(result.contacts.records), uuidsOf(result.deals.records)]).toEqual([
      await changedInDatabase('contacts'),
      await changedInDatabase('deals'),
    ]);
    expect([result.contacts.pages, result.deals.pages]).toEqual([2, 2]);
    const deleted = [...result.contacts.records, ...result.deals.records].filter((record) => record.deletedAt !== null);
    expect(sorted(idsOf(deleted))).toEqual(sorted([deletedContact, deletedDeal]));
    // Oldest change first: the deleted records (changed last) end their lists.
    expect(result.contacts.records.at(-1)!.id).toBe(deletedContact);
    expect(result.deals.records.at(-1)!.id).toBe(deletedDeal);
  });

  it('sends only manifest ids, with the key and no organization header', async () => {
    const sent: Sent[] = [];
    await syncChangedSince({ url: tenants.app.url, apiKey: await newKey(tenants.asAdmin, 'VIEWER'), since, fetch: recordingFetch(sent) });
    expect(sent.map((request) => request.body.documentId)).toEqual([
      documentIdOf(ContactsChangedSinceDocument),
      documentIdOf(ContactsChangedSinceDocument),
      documentIdOf(DealsChangedSinceDocument),
      documentIdOf(DealsChangedSinceDocument),
    ]);
    for (const request of sent) {
      expect(request.body.query).toBeUndefined();
      expect(request.headers.get('authorization')).toMatch(/^Bearer cf_/);
      expect(request.headers.has('x-organization-id')).toBe(false);
    }
    // The second page of each list continues from the first page's endCursor.
    expect((sent[1]!.body.variables as ContactsChangedSinceQueryVariables).after).toEqual(expect.any(String));
  });

  it('a run from nextSince sees what changed after the first run, and only the newest of what it saw', async () => {
    const apiKey = await newKey(tenants.asAdmin, 'VIEWER');
    const first = await syncChangedSince({ url: tenants.app.url, apiKey, since, overlapSeconds: 0 });
    const newest = Math.max(...[...first.contacts.records, ...first.deals.records].map((record) => Date.parse(record.updatedAt)));
    expect(first.nextSince).toBe(new Date(newest).toISOString());
    // The default overlap starts the next run a minute earlier (late commits are not skipped), never before `since`.
    const overlapped = await syncChangedSince({ url: tenants.app.url, apiKey, since });
    expect(Date.parse(overlapped.nextSince)).toBe(Math.max(Date.parse(since), newest - 60_000));

    const added = await build.contact(tenants.asMember, { lastName: 'Synced later' });
    const second = await syncChangedSince({ url: tenants.app.url, apiKey, since: first.nextSince, overlapSeconds: 0 });
    expect(idsOf(second.contacts.records)).toContain(added);
    const seen = [...second.contacts.records, ...second.deals.records];
    for (const record of seen) expect(Date.parse(record.updatedAt)).toBeGreaterThanOrEqual(newest);
    expect(seen.length).toBeLessThan(5);
  });
});

describe('syncChangedSince against a small key bucket', () => {
  // A second server on the same database whose key bucket holds the costliest page and refills
  // slowly: consecutive pages exceed it, so the sync meets HTTP 429 (RATE_LIMITED) on the way.
  let strict: AppServer;
  let url: string;
  const REFILL_PER_SECOND = 100;

  beforeAll(async () => {
    const requestedCost = async (document: object) => {
      const response = await fetch(tenants.app.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${tenants.asAdmin.token}`,
          'x-organization-id': tenants.org.id,
        },
        body: JSON.stringify({ documentId: documentIdOf(document), variables: { since } }),
      });
      const body = (await response.json()) as { extensions?: { cost?: { requestedQueryCost?: number } } };
      return body.extensions!.cost!.requestedQueryCost!;
    };
    const costliest = Math.max(await requestedCost(ContactsChangedSinceDocument), await requestedCost(DealsChangedSinceDocument));
    const config = loadConfig({
      NODE_ENV: 'test',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_URL: tenants.app.databaseUrl,
      RATE_LIMIT_KEY_CAPACITY: String(costliest + 10),
      RATE_LIMIT_KEY_REFILL_PER_SECOND: String(REFILL_PER_SECOND),
    });
    strict = await createServer({ config, database: tenants.app.database, logger: pino({ level: 'silent' }) });
    url = `http://127.0.0.1:${await strict.listen(0, '127.0.0.1')}/graphql`;
  });
  afterAll(async () => strict?.stop());

  it('waits as long as Retry-After says after each 429, and still gets every record', async () => {
    const sent: Sent[] = [];
    const retries: RetryEvent[] = [];
    const apiKey = await newKey(tenants.asAdmin, 'VIEWER');
    const result = await syncChangedSince({ url, apiKey, since, fetch: recordingFetch(sent), onRetry: (event) => retries.push(event) });

    // Every record (the earlier tests added some since beforeAll), each once.
    expect(uuidsOf(result.contacts.records)).toEqual(await changedInDatabase('contacts'));
    expect(uuidsOf(result.deals.records)).toEqual(await changedInDatabase('deals'));
    expect(result.contacts.records.length).toBeGreaterThan(CONTACTS - 1);
    const refused = sent.flatMap((request, index) => (request.status === 429 ? [index] : []));
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(sent.filter((request) => request.status === 200)).toHaveLength(4);
    expect(retries.map((event) => event.reason)).toEqual(refused.map(() => 'rate-limited'));
    for (const index of refused) {
      const retryAfter = Number(sent[index]!.retryAfter);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      // The same request again, no sooner than Retry-After (timers may fire a millisecond early).
      const next = sent[index + 1]!;
      expect(next.body).toEqual(sent[index]!.body);
      expect(next.startedAt - sent[index]!.answeredAt).toBeGreaterThanOrEqual(retryAfter * 1_000 - 5);
    }
  }, 60_000);
});

describe('createContactOnce', () => {
  it('makes one contact when the first response is lost: the retry repeats the Idempotency-Key and is replayed', async () => {
    const apiKey = await newKey(tenants.asOtherTenant, 'MEMBER');
    const lastName = `Once ${randomUUID()}`;
    const sent: Sent[] = [];
    const record = recordingFetch(sent);
    // The first request reaches the server and runs; its answer never reaches the program.
    const losingFirstAnswer: Fetch = async (url, init) => {
      const response = await record(url, init);
      if (sent.length > 1) return response;
      await response.arrayBuffer();
      throw new TypeError('fetch failed (simulated: connection reset before the answer arrived)');
    };

    const created = await createContactOnce({ url: tenants.app.url, apiKey, fetch: losingFirstAnswer }, { firstName: 'Ada', lastName });

    expect(sent.map((request) => [request.status, request.headers.get('idempotency-key')])).toEqual([
      [200, created.idempotencyKey],
      [200, created.idempotencyKey],
    ]);
    expect({ attempts: created.attempts, replayed: created.replayed }).toEqual({ attempts: 2, replayed: true });
    const rows = await tenants.app.owner.query('SELECT id FROM contacts WHERE last_name = $1', [lastName]);
    expect(rows.rows.map((row: { id: string }) => row.id)).toEqual([uuidOf(created.contact.id)]);
  });

  it('a retry with a new key would have made a second contact (what the repeated key prevents)', async () => {
    const apiKey = await newKey(tenants.asOtherTenant, 'MEMBER');
    const lastName = `Twice ${randomUUID()}`;
    const client = { url: tenants.app.url, apiKey };
    const first = await createContactOnce(client, { firstName: 'Ada', lastName });
    const again = await createContactOnce(client, { firstName: 'Ada', lastName }, first.idempotencyKey);
    const fresh = await createContactOnce(client, { firstName: 'Ada', lastName });
    expect([first.replayed, again.replayed, fresh.replayed]).toEqual([false, true, false]);
    expect(again.contact.id).toBe(first.contact.id);
    const rows = await tenants.app.owner.query('SELECT count(*)::int AS n FROM contacts WHERE last_name = $1', [lastName]);
    expect(rows.rows[0].n).toBe(2);
  });
});
