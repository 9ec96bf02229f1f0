/**
 * A partner program against ClientFlow (README "For partners"): an API key, trusted documents
 * only, plain fetch.
 *
 *   CLIENTFLOW_URL=http://localhost:4000/graphql CLIENTFLOW_API_KEY=cf_… \
 *     npx tsx examples/partner-sync.ts [--since 2026-01-01T00:00:00Z] [--create-contact "Ada Lovelace"]
 *
 * It pages through the contacts and deals changed since an instant (ContactsChangedSince and
 * DealsChangedSince of src/operations), waits out HTTP 429 for as long as Retry-After says, and
 * creates a contact with an Idempotency-Key that every retry repeats, so a lost response never
 * makes a duplicate. The typed documents of `npm run codegen` give each operation's manifest id
 * and the types of its variables and result; nothing else is needed.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import {
  ContactsChangedSinceDocument,
  CreateContactDocument,
  DealsChangedSinceDocument,
  type ContactsChangedSinceQuery,
  type ContactsChangedSinceQueryVariables,
  type CreateContactInput,
  type CreateContactMutation,
  type DealsChangedSinceQuery,
} from '../src/generated/operations/graphql.js';

/** The part of fetch this program uses; tests pass their own (e.g. one that loses a response). */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** An API key secret (cf_…): it names the organization, so no X-Organization-Id is sent. */
  apiKey: string;
  fetch?: Fetch;
  /** Attempts per request before giving up (default 8). */
  maxAttempts?: number;
  /** Told before each wait, e.g. to log it. */
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  operation: string;
  /** The attempt that failed (1 = the first). */
  attempt: number;
  reason: 'rate-limited' | 'key-in-use' | 'server-error' | 'network';
  status: number | null;
  waitMs: number;
}

/** A refusal that retrying will not change (a bad key, a role that may not, invalid input, …). */
export class ClientFlowRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly codes: string[],
  ) {
    super(message);
  }
}

interface GraphQLBody<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface Reply<R> {
  data: R;
  /** The server answered an earlier request with this Idempotency-Key (header Idempotent-Replayed: true). */
  replayed: boolean;
  attempts: number;
}

/** The manifest id codegen gave a typed document (its `__meta__.hash`, "sha256:<hex>"). */
export function documentIdOf(document: object): string {
  const meta: unknown = '__meta__' in document ? document.__meta__ : undefined;
  if (typeof meta === 'object' && meta !== null && 'hash' in meta && typeof meta.hash === 'string') return meta.hash;
  throw new Error('Not a typed document of npm run codegen (no manifest id)');
}

const operationOf = (document: DocumentNode) => document.definitions.find((definition) => definition.kind === 'OperationDefinition');

/** Whole seconds (what ClientFlow sends) or an HTTP date; 1 s when absent. */
function retryAfterMs(header: string | null): number {
  if (header === null) return 1_000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds) * 1_000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1_000 : Math.max(0, date - Date.now());
}

/** 0.5 s, 1 s, 2 s, … up to 8 s: a server that is failing gets room to recover. */
const backoffMs = (attempt: number) => Math.min(500 * 2 ** (attempt - 1), 8_000);

/** Nothing was saved, or the outcome is unknown: safe to retry a query, or a mutation with its Idempotency-Key (README "API conventions"). */
const TRANSIENT_CODES = new Set(['REQUEST_TIMEOUT', 'CONCURRENT_MODIFICATION', 'TRANSACTION_OUTCOME_UNKNOWN', 'SERVER_BUSY']);

type Failure = { reason: RetryEvent['reason']; status: number | null; retryAfterMs: number | null; detail: string };

/** One request: the answer, a failure worth retrying, or (thrown) a refusal that retrying will not change. */
async function attemptOnce<R>(fetchFn: Fetch, url: string, init: RequestInit): Promise<{ data: R; replayed: boolean } | Failure> {
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(url, init);
    text = await response.text();
  } catch (error) {
    // No (complete) answer: the request may or may not have run.
    return { reason: 'network', status: null, retryAfterMs: null, detail: error instanceof Error ? error.message : String(error) };
  }
  let answer: GraphQLBody<R> | null = null;
  try {
    answer = JSON.parse(text) as GraphQLBody<R>;
  } catch {
    // Not JSON: a proxy's error page, say; its status tells whether to retry.
  }
  const errors = answer?.errors ?? [];
  const codes = errors.map((error) => error.extensions?.code ?? 'UNKNOWN');
  const detail = errors.map((error) => `${error.extensions?.code ?? ''} ${error.message}`.trim()).join('; ') || `HTTP ${response.status}`;
  if (response.status === 429) {
    // RATE_LIMITED (or TOO_MANY_CONCURRENT_REQUESTS): nothing ran; Retry-After says when the bucket holds the cost.
    return { reason: 'rate-limited', status: 429, retryAfterMs: retryAfterMs(response.headers.get('retry-after')), detail };
  }
  if (codes.includes('IDEMPOTENCY_KEY_IN_USE')) {
    // The first request with this key still runs; after Retry-After its answer is replayed.
    return { reason: 'key-in-use', status: response.status, retryAfterMs: retryAfterMs(response.headers.get('retry-after')), detail };
  }
  if (response.status >= 500 || codes.some((code) => TRANSIENT_CODES.has(code))) {
    return { reason: 'server-error', status: response.status, retryAfterMs: null, detail };
  }
  if (!response.ok || errors.length > 0 || !answer?.data) throw new ClientFlowRequestError(detail, response.status, codes);
  return { data: answer.data, replayed: response.headers.get('idempotent-replayed') === 'true' };
}

/**
 * Sends one trusted document by its id and retries what is worth retrying: HTTP 429 and 409
 * IDEMPOTENCY_KEY_IN_USE after Retry-After (nothing ran), network failures and 5xx after a
 * growing pause. Those last two may have run: a mutation is retried only with an
 * Idempotency-Key, which every attempt repeats, so the server answers the first result again.
 */
export async function send<R, V>(
  client: ClientOptions,
  document: TypedDocumentNode<R, V>,
  variables: V,
  idempotencyKey?: string,
): Promise<Reply<R>> {
  const operation = operationOf(document);
  const name = operation?.name?.value ?? 'operation';
  const mayRunTwice = operation?.operation !== 'query' && idempotencyKey === undefined;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${client.apiKey}`,
    ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }),
  };
  // The id, never the text: API keys may run only the manifest's documents (README "Trusted documents").
  const body = JSON.stringify({ documentId: documentIdOf(document), variables });
  const maxAttempts = client.maxAttempts ?? 8;

  for (let attempt = 1; ; attempt += 1) {
    const outcome = await attemptOnce<R>(client.fetch ?? fetch, client.url, { method: 'POST', headers, body });
    if ('data' in outcome) return { ...outcome, attempts: attempt };
    const ranNothing = outcome.reason === 'rate-limited' || outcome.reason === 'key-in-use';
    if (!ranNothing && mayRunTwice) {
      throw new ClientFlowRequestError(`${name}: ${outcome.detail} (not retried: no Idempotency-Key)`, outcome.status, []);
    }
    if (attempt >= maxAttempts) {
      throw new ClientFlowRequestError(`${name}: ${outcome.detail} (gave up after ${attempt} attempts)`, outcome.status, []);
    }
    const waitMs = outcome.retryAfterMs ?? backoffMs(attempt);
    client.onRetry?.({ operation: name, attempt, reason: outcome.reason, status: outcome.status, waitMs });
    await sleep(waitMs);
  }
}

type Connection<T> = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: T }[] };
export type ChangedContact = ContactsChangedSinceQuery['contacts']['edges'][number]['node'];
export type ChangedDeal = DealsChangedSinceQuery['deals']['edges'][number]['node'];

export interface Changes<T> {
  /** Oldest change first; deleted records included (deletedAt set). */
  records: T[];
  pages: number;
}

export interface SyncResult {
  contacts: Changes<ChangedContact>;
  deals: Changes<ChangedDeal>;
  /** Where the next run starts: keep it, and pass it as `since` next time. */
  nextSince: string;
}

/** Follows endCursor until hasNextPage is false (the documents ask for 100 a page). */
async function pageThrough<R, T>(
  client: ClientOptions,
  document: TypedDocumentNode<R, ContactsChangedSinceQueryVariables>,
  connectionOf: (data: R) => Connection<T>,
  since: string,
): Promise<Changes<T>> {
  const records: T[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page = connectionOf((await send(client, document, { since, after })).data);
    pages += 1;
    records.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return { records, pages };
    after = page.pageInfo.endCursor;
  }
}

/**
 * Every contact and deal changed (created, updated, deleted) at or after `since`. A change is
 * stamped when its statement runs but seen only at COMMIT, up to the request deadline later
 * (REQUEST_TIMEOUT_MS, 15 s by default), so `nextSince` lies `overlapSeconds` (default 60)
 * before the newest change seen: a late commit is not skipped, and the records seen twice are
 * upserted twice, which is harmless.
 */
export async function syncChangedSince(options: ClientOptions & { since: string; overlapSeconds?: number }): Promise<SyncResult> {
  const contacts = await pageThrough(options, ContactsChangedSinceDocument, (data) => data.contacts, options.since);
  const deals = await pageThrough(options, DealsChangedSinceDocument, (data) => data.deals, options.since);
  const newest = Math.max(
    Date.parse(options.since),
    ...[...contacts.records, ...deals.records].map((record) => Date.parse(record.updatedAt)),
  );
  const next = Math.max(Date.parse(options.since), newest - (options.overlapSeconds ?? 60) * 1_000);
  return { contacts, deals, nextSince: new Date(next).toISOString() };
}

export interface Created {
  contact: CreateContactMutation['createContact']['contact'];
  replayed: boolean;
  attempts: number;
  idempotencyKey: string;
}

/**
 * Creates a contact at most once, however often the request has to be retried. The key is
 * chosen before the first attempt; a real program stores it with the record it syncs from (or
 * derives it, e.g. `crm:<your id>`) so that even a restart reuses it. Keys last 24 hours.
 */
export async function createContactOnce(
  client: ClientOptions,
  input: CreateContactInput,
  idempotencyKey: string = randomUUID(),
): Promise<Created> {
  const reply = await send(client, CreateContactDocument, { input }, idempotencyKey);
  return { contact: reply.data.createContact.contact, replayed: reply.replayed, attempts: reply.attempts, idempotencyKey };
}

export async function main(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { since: { type: 'string' }, 'create-contact': { type: 'string' } } });
  const apiKey = env.CLIENTFLOW_API_KEY ?? '';
  if (!apiKey.startsWith('cf_')) throw new Error('Set CLIENTFLOW_API_KEY to an API key secret (cf_…; createApiKey shows it once)');
  const client: ClientOptions = {
    url: env.CLIENTFLOW_URL ?? 'http://localhost:4000/graphql',
    apiKey,
    onRetry: (event) => console.warn(`${event.operation}: ${event.reason} (HTTP ${event.status ?? '-'}), retrying in ${event.waitMs} ms`),
  };

  const since = values.since ?? new Date(0).toISOString();
  const result = await syncChangedSince({ ...client, since });
  for (const [kind, changes] of Object.entries({ contacts: result.contacts, deals: result.deals })) {
    const deleted = changes.records.filter((record) => record.deletedAt !== null).length;
    console.log(`${kind}: ${changes.records.length} changed since ${since} (${deleted} deleted), ${changes.pages} page(s)`);
  }
  console.log(`next run: --since ${result.nextSince}`);

  const name = values['create-contact'];
  if (name !== undefined) {
    const [firstName = name, ...rest] = name.trim().split(/\s+/);
    const created = await createContactOnce(client, { firstName, lastName: rest.join(' ') || '-' });
    console.log(`created contact ${created.contact.id} (${created.contact.fullName}) with Idempotency-Key ${created.idempotencyKey}`);
  }
}

// Run directly (npx tsx examples/partner-sync.ts), not when a test imports it.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
