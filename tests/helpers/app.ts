import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pg from 'pg';
import pino from 'pino';
import { signAccessToken } from '../../src/auth/jwt.js';
import { loadConfig } from '../../src/config.js';
import { createDatabase, type Database } from '../../src/db/client.js';
import { LOCAL_APP_PASSWORD, LOCAL_APP_ROLE, LOCAL_WORKER_PASSWORD, LOCAL_WORKER_ROLE, withDatabase } from '../../src/db/local-database.js';
import { createLogger } from '../../src/observability/logger.js';
import { createServer, type AppServer } from '../../src/server.js';
import { TrustedDocuments } from '../../src/trusted-documents/manifest.js';

const TEST_MANIFEST_URL = new URL('../generated/operations/persisted-documents.json', import.meta.url);

/** What a test server trusts: the app's manifest and the tests' own (so API-key tests can run tests/operations). */
export function testTrustedDocuments(): TrustedDocuments {
  return TrustedDocuments.load().with(TrustedDocuments.load(TEST_MANIFEST_URL));
}

/** The manifest id codegen gave a typed document (its `__meta__.hash`, "sha256:<hex>"). */
export function documentIdOf(document: object): string {
  const meta: unknown = '__meta__' in document ? document.__meta__ : undefined;
  if (typeof meta === 'object' && meta !== null && 'hash' in meta && typeof meta.hash === 'string') return meta.hash;
  throw new Error('This document has no manifest id: is it a typed document from tests/operations?');
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/**
 * An operation: its text, or a typed document from graphql-codegen (tests/generated/operations),
 * whose result and variables types then type the response.
 */
export type Operation<R = any, V = Record<string, unknown>> = string | TypedDocumentNode<R, V>;

export const operationText = (operation: Operation<unknown, never>) => (typeof operation === 'string' ? operation : print(operation));

/** One signed-in person: sends GraphQL over real HTTP as themselves. */
export interface Actor {
  subject: string;
  email: string;
  token: string;
  /** The organization sent as X-Organization-Id (null: none). */
  orgId: string | null;
  query<T = any, V = Record<string, unknown>>(
    query: Operation<T, V>,
    variables?: V,
    options?: { orgId?: string | null },
  ): Promise<GraphQLResponse<T>>;
  inOrg(orgId: string | null): Actor;
}

export interface TestApp {
  url: string;
  database: Database;
  /** The API's (RLS-bound) connection string, for a server started in another process. */
  databaseUrl: string;
  /** The job queue's login (IN ROLE clientflow_worker), for a job worker (src/jobs/worker.ts). */
  workerUrl: string;
  /** Owner (superuser) connection to this test database, for assertions RLS would hide. */
  owner: pg.Client;
  /** Its URL, to open more owner connections (e.g. one that holds a lock). */
  ownerUrl: string;
  /** Raw HTTP access for auth tests. */
  post(body: unknown, headers?: Record<string, string>): Promise<GraphQLResponse>;
  server: AppServer;
  /** Every line the server logged (with `captureLogs`), exactly as written. */
  logs: CapturedLogs;
  actor(name?: string): Promise<Actor>;
  /** A signed-in user with users.is_platform_admin set (as `npm run platform-admin` would). */
  platformAdmin(name?: string): Promise<Actor>;
  close(): Promise<void>;
}

/** One JSON line of the server's log (the fields the tests read). */
export interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  req?: { method: string; url: string };
  res?: { statusCode: number };
  err?: Record<string, unknown>;
  [field: string]: unknown;
}

/** What the server's pino logger wrote, line by line. */
export class CapturedLogs extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void) {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  /** Every line as one string, to search for anything that must never be logged. */
  text(): string {
    return this.lines.join('\n');
  }
  entries(): LogLine[] {
    return this.lines.map((line) => JSON.parse(line) as LogLine);
  }
}

export interface TestAppOptions {
  /** Log at `debug` into `app.logs` instead of nowhere. */
  captureLogs?: boolean;
  /** Rewrites the API's (RLS-bound) database URL, e.g. to connect through PgBouncer; default: direct. */
  appUrlFor?: (directAppUrl: string) => string;
  /** The API's connection pool size (default 5). */
  poolSize?: number;
  /** More configuration, as environment variables would give it (e.g. DATABASE_STATEMENT_TIMEOUT_MS, a LIMIT_*, METRICS_PORT, NODE_ENV: 'production'). */
  env?: Record<string, string>;
}

/**
 * A fresh database cloned from the migrated template, and the real server (Apollo, role matrix,
 * JWT, tenant transaction) listening on a free loopback port.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
  const template = process.env.TEST_TEMPLATE_DATABASE!;
  const name = `clientflow_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  await admin.query(`GRANT CONNECT ON DATABASE "${name}" TO clientflow_app`);
  // CREATE DATABASE does not copy the template's privileges: TEMPORARY is back for PUBLIC.
  await admin.query(`REVOKE TEMPORARY ON DATABASE "${name}" FROM PUBLIC`);
  await admin.end();

  const directAppUrl = withDatabase(adminUrl, name, { user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD });
  const appUrl = options.appUrlFor ? options.appUrlFor(directAppUrl) : directAppUrl;
  const poolSize = options.poolSize ?? 5;
  const database = createDatabase(appUrl, { poolSize });
  const logs = new CapturedLogs();
  const level = options.captureLogs ? 'debug' : 'silent';
  const config = loadConfig({
    NODE_ENV: 'test',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    DATABASE_URL: appUrl,
    DATABASE_POOL_SIZE: String(poolSize),
    // Tests fire bursts of parallel requests on a loaded machine; the tests of the limit set it low.
    DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '15000',
    LOG_LEVEL: level,
    ...options.env,
  });
  const logger = options.captureLogs ? createLogger({ level, destination: logs }) : pino({ level: 'silent' });
  // Test servers also trust the tests' own operations (tests/operations), so API-key tests name them by id.
  const trustedDocuments = testTrustedDocuments();
  const server: AppServer = await createServer({ config, database, logger, trustedDocuments });
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const ownerUrl = withDatabase(adminUrl, name);
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();

  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  const makeActor = (subject: string, email: string, token: string, orgId: string | null): Actor => ({
    subject,
    email,
    token,
    orgId,
    query: (query, variables, options) => {
      const org = options && 'orgId' in options ? options.orgId : orgId;
      return post(
        { query: operationText(query as Operation<unknown, never>), variables },
        { authorization: `Bearer ${token}`, ...(org ? { 'x-organization-id': org } : {}) },
      );
    },
    inOrg: (next) => makeActor(subject, email, token, next),
  });

  const actor = async (name = 'user'): Promise<Actor> => {
    const subject = `test|${name}|${randomUUID()}`;
    const email = `${name}.${randomBytes(4).toString('hex')}@example.test`;
    // Test actors' identity provider has verified their e-mail (acceptInvitation requires it);
    // tokens carry the issuer and audience the configuration enforces (production requires both).
    const token = await signAccessToken(
      TEST_JWT_SECRET,
      { sub: subject, email, name, email_verified: true },
      { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE },
    );
    const made = makeActor(subject, email, token, null);
    // First contact provisions the user (just in time), as a real sign-in would.
    const me = await made.query('{ me { id } }');
    if (me.errors) throw new Error(`could not provision ${name}: ${JSON.stringify(me.errors)}`);
    return made;
  };

  return {
    url,
    database,
    databaseUrl: appUrl,
    workerUrl: withDatabase(adminUrl, name, { user: LOCAL_WORKER_ROLE, password: LOCAL_WORKER_PASSWORD }),
    owner,
    ownerUrl,
    post,
    server,
    logs,
    actor,
    async platformAdmin(name = 'platform-admin') {
      const admin = await actor(name);
      await owner.query('UPDATE users SET is_platform_admin = true WHERE auth_subject = $1', [admin.subject]);
      return admin;
    },
    async close() {
      await server.stop();
      await database.close();
      await owner.end();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
