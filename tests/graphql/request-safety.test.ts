import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startTestApp, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { eventually } from '../helpers/eventually.js';

const CREATE_COMPANY = /* GraphQL */ `
  mutation ($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company {
        id
        name
      }
    }
  }
`;
const UPDATE_COMPANY = /* GraphQL */ `
  mutation ($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      company {
        id
        name
      }
    }
  }
`;
const ORGANIZATION = /* GraphQL */ `
  query {
    organization {
      id
      name
    }
  }
`;
const COMPANIES = /* GraphQL */ `
  query {
    companies(first: 1) {
      totalCount
    }
  }
`;

const codes = (response: GraphQLResponse) => response.errors?.map((error) => error.extensions?.code);

/** Raw HTTP: what a misbehaving client really sends. */
async function rawPost(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    retryAfter: response.headers.get('retry-after'),
    text: await response.text(),
  };
}

/** The API role's connections to this test database that sit inside a transaction. */
async function appConnectionsInTransaction(app: TestApp): Promise<number> {
  const { rows } = await app.owner.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND usename = 'clientflow_api' AND state LIKE 'idle in transaction%'`,
  );
  return rows[0].n;
}

describe('a request rejected before execution holds nothing', () => {
  let app: TestApp;
  let org: TestOrganization;
  let headers: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Malformed');
    headers = { authorization: `Bearer ${org.member.token}`, 'x-organization-id': org.id };
  });
  afterAll(async () => app?.close());

  it('100 malformed requests send no SQL and leave no transaction open; the next request is answered', async () => {
    const malformed = [
      '{"query":"{ companies(first:1) { totalCount } }","variables":"s"}',
      '{"query":"{ companies(first:1) { totalCount } }","variables":0}',
      '{"query":"{ companies(first:1) { totalCount } }","variables":false}',
      '{"query":"{ companies(first:1) { totalCount } }","variables":[]}',
      '{"query":"{ companies(first:1) { totalCount }"}',
      '{"query":"{ nope }"}',
      '{"query":',
      '"just a string"',
      '{}',
      '{"query":"{ companies(first:1) { totalCount } }","operationName":7}',
    ];
    const before = app.database.statements.count;
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => rawPost(app.url, malformed[i % malformed.length]!, headers)));
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.type).toMatch(/json/);
      expect(JSON.parse(answer.text).errors[0].extensions.code).toEqual(expect.any(String));
    }
    expect(app.database.statements.count).toBe(before);
    expect(await appConnectionsInTransaction(app)).toBe(0);
    expect(app.database.pool.totalCount - app.database.pool.idleCount).toBe(0);
    const normal = await org.member.query(COMPANIES);
    expect(normal.errors).toBeUndefined();
  });

  it('malformed JSON is a 400 with a GraphQL-style JSON error that does not quote the body', async () => {
    const answer = await rawPost(app.url, '{"query":"mutation { x }", "variables": {"password": "hunter2-secret"', headers);
    expect(answer.status).toBe(400);
    expect(answer.type).toMatch(/application\/json/);
    expect(JSON.parse(answer.text)).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(answer.text).not.toContain('hunter2');
  });

  it('a body over the size limit is a 413 with a GraphQL-style JSON error', async () => {
    const body = JSON.stringify({ query: COMPANIES, variables: { padding: 'x'.repeat(2 * 1024 * 1024) } });
    const answer = await rawPost(app.url, body, headers);
    expect(answer.status).toBe(413);
    expect(answer.type).toMatch(/application\/json/);
    expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each([
    ['a NUL character', 'Acme\u0000Corp'],
    ['an unpaired high surrogate', 'Acme \ud800 Corp'],
    ['an unpaired low surrogate', 'Acme \udc00 Corp'],
  ])('text with %s in a variable is BAD_USER_INPUT naming the variable, and nothing is written', async (_what, name) => {
    const before = await app.owner.query('SELECT count(*)::int AS n FROM companies WHERE org_id = $1', [org.id]);
    const response = await org.member.query(CREATE_COMPANY, { input: { name } });
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toMatch(/\$input\.name/);
    const after = await app.owner.query('SELECT count(*)::int AS n FROM companies WHERE org_id = $1', [org.id]);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('a NUL in a string literal of the operation is BAD_USER_INPUT too', async () => {
    const response = await org.member.query('mutation { createCompany(input: { name: "Acme\\u0000Corp" }) { company { id } } }');
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('X-Organization-Id', () => {
  let app: TestApp;
  let org: TestOrganization;
  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'OrgHeader');
  });
  afterAll(async () => app?.close());

  it('accepts the Organization global id the API hands out', async () => {
    const byUuid = await org.viewer.query(ORGANIZATION);
    const globalId: string = byUuid.data.organization.id;
    const byGlobalId = await org.viewer.inOrg(globalId).query(ORGANIZATION);
    expect(byGlobalId.errors).toBeUndefined();
    expect(byGlobalId.data.organization).toEqual(byUuid.data.organization);
  });

  it.each([
    ['garbage', 'not-an-id'],
    ['the global id of another type', Buffer.from('Contact:6f1c1e2a-58b4-4c59-9a39-0f3b3f0e9a11').toString('base64')],
    ['a uuid with a typo', '6f1c1e2a-58b4-4c59-9a39-0f3b3f0e9a1'],
  ])('answers %s with a 400 BAD_USER_INPUT naming the header, not a 500', async (_what, value) => {
    const response = await org.viewer.inOrg(value).query(ORGANIZATION);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions!.field).toBe('X-Organization-Id');
  });
});

describe('database timeouts', () => {
  let app: TestApp;
  let org: TestOrganization;
  beforeAll(async () => {
    app = await startTestApp({
      env: { DATABASE_STATEMENT_TIMEOUT_MS: '300', DATABASE_LOCK_TIMEOUT_MS: '200', REQUEST_TIMEOUT_MS: '1000' },
    });
    org = await createOrganization(app, 'Timeouts');
    // A statement made slow on purpose: companies named "slow <seconds>" take that long to insert.
    await app.owner.query(`CREATE FUNCTION public.slow_company() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name LIKE 'slow %' THEN PERFORM pg_sleep(split_part(NEW.name, ' ', 2)::float); END IF; RETURN NEW; END $$`);
    await app.owner.query('CREATE TRIGGER slow_company BEFORE INSERT ON companies FOR EACH ROW EXECUTE FUNCTION public.slow_company()');
  });
  afterAll(async () => app?.close());

  const companyCount = async () =>
    (await app.owner.query('SELECT count(*)::int AS n FROM companies WHERE org_id = $1', [org.id])).rows[0].n as number;

  it('a statement longer than DATABASE_STATEMENT_TIMEOUT_MS is cancelled: REQUEST_TIMEOUT, nothing written', async () => {
    const before = await companyCount();
    const response = await org.member.query(CREATE_COMPANY, { input: { name: 'slow 2' } });
    expect(codes(response)).toEqual(['REQUEST_TIMEOUT']);
    expect(response.errors![0]!.message).toMatch(/statement_timeout/);
    expect(response.data).toBeNull();
    expect(await companyCount()).toBe(before);
  });

  it('a request longer than REQUEST_TIMEOUT_MS is stopped: REQUEST_TIMEOUT, nothing written', async () => {
    const before = await companyCount();
    // Each insert stays under the statement timeout; together they outlast the request's deadline.
    const many = `mutation {
      a: createCompany(input: { name: "slow 0.25" }) { company { id } }
      b: createCompany(input: { name: "slow 0.25" }) { company { id } }
      c: createCompany(input: { name: "slow 0.25" }) { company { id } }
      d: createCompany(input: { name: "slow 0.25" }) { company { id } }
      e: createCompany(input: { name: "slow 0.25" }) { company { id } }
    }`;
    const response = await org.member.query(many);
    expect(codes(response)).toContain('REQUEST_TIMEOUT');
    expect(response.data).toBeNull();
    expect(await companyCount()).toBe(before);
  });

  it('waiting longer than DATABASE_LOCK_TIMEOUT_MS for a row lock is CONCURRENT_MODIFICATION', async () => {
    const created = await org.member.query(CREATE_COMPANY, { input: { name: 'Locked Co' } });
    const id: string = created.data.createCompany.company.id;
    const uuid = Buffer.from(id, 'base64').toString('utf8').split(':')[1];
    const holder = new pg.Client({ connectionString: app.ownerUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM companies WHERE id = $1 FOR UPDATE', [uuid]);
      const response = await org.member.query(UPDATE_COMPANY, { input: { id, name: 'Renamed' } });
      expect(codes(response)).toEqual(['CONCURRENT_MODIFICATION']);
      expect(response.data).toBeNull();
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  });
});

const lockWaiters = async (app: TestApp) =>
  (
    await app.owner.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND usename = 'clientflow_api' AND wait_event_type = 'Lock'`,
    )
  ).rows[0].n as number;

/** Holds a row lock on one company from an owner connection until released: requests that update it wait. */
async function lockCompany(app: TestApp, org: TestOrganization) {
  const created = await org.member.query(CREATE_COMPANY, { input: { name: 'Contended Co' } });
  const id: string = created.data.createCompany.company.id;
  const holder = new pg.Client({ connectionString: app.ownerUrl });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('SELECT 1 FROM companies WHERE id = $1 FOR UPDATE', [Buffer.from(id, 'base64').toString('utf8').split(':')[1]]);
  return {
    id,
    release: async () => {
      await holder.query('COMMIT');
      await holder.end();
    },
  };
}

describe('one organization cannot take the whole pool', () => {
  let app: TestApp;
  let a: TestOrganization;
  let b: TestOrganization;
  beforeAll(async () => {
    // 4 connections, 2 per organization (slow or not: these requests wait on a lock for seconds); waiting is cut short at 600 ms.
    app = await startTestApp({
      poolSize: 4,
      env: {
        DATABASE_POOL_TENANT_SHARE: '0.5',
        DATABASE_SLOW_TENANT_SLOTS: '2',
        DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '600',
        DATABASE_LOCK_TIMEOUT_MS: '10000',
      },
    });
    a = await createOrganization(app, 'Flood');
    b = await createOrganization(app, 'Bystander');
  });
  afterAll(async () => app?.close());

  it("while A's requests hold all of A's slots, B is served, A's extra requests get 429 and a stranger naming A gets FORBIDDEN", async () => {
    const lock = await lockCompany(app, a);
    let settled = 0;
    const stuck = Array.from({ length: 5 }, (_, i) =>
      a.member.query(UPDATE_COMPANY, { input: { id: lock.id, name: `Flood ${i}` } }).finally(() => (settled += 1)),
    );
    try {
      await eventually(async () => (await lockWaiters(app)) === 2);
      const served = await b.viewer.query(COMPANIES);
      expect(served.errors).toBeUndefined();
      // A stranger naming A waits in their own queue, never in A's: refused for what they are.
      const stranger = await a.outsider.query(COMPANIES);
      expect(stranger.status).toBe(403);
      expect(codes(stranger)).toEqual(['FORBIDDEN']);
      expect(await lockWaiters(app)).toBe(2);
      // The three beyond A's two slots give up after the 600 ms acquire timeout; the lock is still held.
      await eventually(async () => settled === 3);
    } finally {
      await lock.release();
    }
    const answers = await Promise.all(stuck);
    const outcome = answers.map((answer) => codes(answer)?.[0] ?? 'OK').sort();
    // Two ran (one after the other once the lock went); three waited for A's slots past 600 ms.
    expect(outcome).toEqual(['OK', 'OK', 'TOO_MANY_CONCURRENT_REQUESTS', 'TOO_MANY_CONCURRENT_REQUESTS', 'TOO_MANY_CONCURRENT_REQUESTS']);
    const refused = answers.find((answer) => codes(answer)?.[0] === 'TOO_MANY_CONCURRENT_REQUESTS')!;
    expect(refused.status).toBe(429);
  });

  it('429 carries Retry-After', async () => {
    const lock = await lockCompany(app, a);
    const stuck = Array.from({ length: 2 }, () => a.member.query(UPDATE_COMPANY, { input: { id: lock.id, name: 'Held' } }));
    try {
      await eventually(async () => (await lockWaiters(app)) === 2);
      const answer = await rawPost(app.url, JSON.stringify({ query: COMPANIES }), {
        authorization: `Bearer ${a.member.token}`,
        'x-organization-id': a.id,
      });
      expect(answer.status).toBe(429);
      expect(answer.retryAfter).toBe('1');
    } finally {
      await lock.release();
      await Promise.all(stuck);
    }
  });
});

describe('waiting for a pool connection is bounded', () => {
  let app: TestApp;
  let a: TestOrganization;
  let b: TestOrganization;
  beforeAll(async () => {
    // 2 connections, each organization may take both: A can fill the pool, B must wait for it.
    app = await startTestApp({
      poolSize: 2,
      env: {
        DATABASE_POOL_TENANT_SHARE: '1',
        DATABASE_SLOW_TENANT_SLOTS: '2',
        DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '600',
        DATABASE_LOCK_TIMEOUT_MS: '10000',
      },
    });
    a = await createOrganization(app, 'PoolA');
    b = await createOrganization(app, 'PoolB');
  });
  afterAll(async () => app?.close());

  it('a request that finds no free connection within DATABASE_POOL_ACQUIRE_TIMEOUT_MS is a 503 SERVER_BUSY with Retry-After', async () => {
    const lock = await lockCompany(app, a);
    const stuck = Array.from({ length: 2 }, () => a.member.query(UPDATE_COMPANY, { input: { id: lock.id, name: 'Held' } }));
    try {
      await eventually(async () => (await lockWaiters(app)) === 2);
      const answer = await rawPost(app.url, JSON.stringify({ query: COMPANIES }), {
        authorization: `Bearer ${b.viewer.token}`,
        'x-organization-id': b.id,
      });
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe('1');
      expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('SERVER_BUSY');
    } finally {
      await lock.release();
    }
    expect((await Promise.all(stuck)).map((answer) => answer.errors)).toEqual([undefined, undefined]);
    expect((await b.viewer.query(COMPANIES)).errors).toBeUndefined();
  });
});

describe('a COMMIT whose answer is lost', () => {
  let app: TestApp;
  let org: TestOrganization;
  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'LostCommit');
    // Deferred to COMMIT: a company named "commit slowly" makes the COMMIT itself take 2 s.
    await app.owner.query(`CREATE FUNCTION public.slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = 'commit slowly' THEN PERFORM pg_sleep(2); END IF; RETURN NULL; END $$`);
    await app.owner.query(`CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON companies DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION public.slow_commit()`);
  });
  afterAll(async () => app?.close());

  it('is TRANSACTION_OUTCOME_UNKNOWN, never "nothing was written"', async () => {
    const pending = org.member.query(CREATE_COMPANY, { input: { name: 'commit slowly' } });
    let pid = 0;
    await eventually(async () => {
      const { rows } = await app.owner.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND usename = 'clientflow_api' AND query = 'COMMIT' AND state = 'active'`,
      );
      pid = rows[0]?.pid ?? 0;
      return pid !== 0;
    });
    await app.owner.query('SELECT pg_terminate_backend($1)', [pid]);
    const response = await pending;
    expect(codes(response)).toEqual(['TRANSACTION_OUTCOME_UNKNOWN']);
    expect(response.errors![0]!.message).toMatch(/may or may not/);
    expect(response.data).toBeNull();
    // The pool replaced the dead connection: the next request works.
    expect((await org.member.query(COMPANIES)).errors).toBeUndefined();
  });
});
