import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { createDatabase, type Database } from '../../src/db/client.js';
import { createServer, type AppServer } from '../../src/server.js';
import { startTestApp, TEST_JWT_SECRET, type Actor, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { findPgBouncer, startPgBouncer, type PgBouncer } from '../helpers/pgbouncer.js';

const CREATE_CONTACT = /* GraphQL */ `
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      contact {
        id
      }
    }
  }
`;

const CREATE_DEAL = /* GraphQL */ `
  mutation CreateDeal($input: CreateDealInput!) {
    createDeal(input: $input) {
      deal {
        id
      }
    }
  }
`;

const CONTACTS = /* GraphQL */ `
  query Contacts {
    contacts(first: 50, orderBy: [{ field: NAME }]) {
      totalCount
      edges {
        node {
          id
          fullName
          email
        }
      }
    }
  }
`;

const NODES = /* GraphQL */ `
  query Nodes($own: ID!, $foreign: ID!) {
    own: node(id: $own) {
      id
      ... on Contact {
        fullName
      }
    }
    foreign: node(id: $foreign) {
      id
    }
  }
`;

const DEALS = /* GraphQL */ `
  query Deals {
    organization {
      name
    }
    deals(first: 20, orderBy: [{ field: NAME }]) {
      totalCount
      edges {
        node {
          id
          name
          contact {
            id
          }
        }
      }
    }
  }
`;

const CREATE_ACTIVITY = /* GraphQL */ `
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
        subject
        contact {
          id
        }
      }
    }
  }
`;

// The contact is written first, then the activity refers to another organization's contact
// and fails: the request's transaction must roll back the contact too.
const FAILING_MUTATION = /* GraphQL */ `
  mutation Failing($contact: CreateContactInput!, $activity: CreateActivityInput!) {
    createContact(input: $contact) {
      contact {
        id
      }
    }
    createActivity(input: $activity) {
      activity {
        id
      }
    }
  }
`;

const ACTIVITIES = /* GraphQL */ `
  query Activities {
    activities(first: 100, orderBy: [{ field: CREATED_AT }]) {
      totalCount
      edges {
        node {
          id
          subject
          type
          contact {
            id
          }
        }
      }
    }
  }
`;

const TENANT_STATE = `
  SELECT pg_backend_pid() AS pid,
         current_setting('app.current_org_id', true) AS org,
         current_setting('app.current_user_id', true) AS usr,
         (SELECT count(*)::int FROM contacts) AS contacts,
         (SELECT count(*)::int FROM activities) AS activities,
         (SELECT count(*)::int FROM memberships) AS memberships
`;

const REQUESTS = 200;
const CONCURRENCY = 20;
const API_POOL_SIZE = 10;
const PGBOUNCER_POOL_SIZE = 4;

const pgbouncerBinary = findPgBouncer();
const onCi = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());
if (!pgbouncerBinary && !onCi) {
  console.warn(
    '\n*** SKIPPED tests/db/pgbouncer.test.ts: pgbouncer is not installed. ***\n' +
      'The per-request transaction is verified through PgBouncer (transaction pooling) only when the binary is found:\n' +
      '  sudo apt-get install pgbouncer   (Debian/Ubuntu; the tests run it themselves, no service needed)\n' +
      'or set PGBOUNCER_BIN=/path/to/pgbouncer. On CI (CI=true) a missing pgbouncer fails this file instead.\n',
  );
}

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);
/** What a client sees, minus anything that may legitimately differ between two servers. */
const outcome = (response: GraphQLResponse) => ({
  status: response.status,
  data: response.data ?? null,
  errors: (response.errors ?? []).map((error) => ({ message: error.message, code: error.extensions?.code, path: error.path })),
});

/** The same actor against another server (same JWT secret, same database). */
function via(url: string, actor: Actor) {
  return async (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${actor.token}`,
        ...(actor.orgId ? { 'x-organization-id': actor.orgId } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
}

interface Tenant {
  org: TestOrganization;
  tag: string;
  contactIds: string[];
  dealIds: string[];
}

const suite = pgbouncerBinary || onCi ? describe : describe.skip;

suite('the per-request transaction through PgBouncer (transaction pooling)', () => {
  let bouncer: PgBouncer;
  let app: TestApp;
  let directUrl: string;
  let directDatabase: Database;
  let direct: AppServer;
  let directGraphql: string;
  let databaseName: string;
  let a: Tenant;
  let b: Tenant;

  beforeAll(async () => {
    if (!pgbouncerBinary) {
      throw new Error('pgbouncer is not installed but CI is set: install the Debian package `pgbouncer` (or set PGBOUNCER_BIN)');
    }
    bouncer = await startPgBouncer({ binary: pgbouncerBinary, defaultPoolSize: PGBOUNCER_POOL_SIZE });
    app = await startTestApp({
      poolSize: API_POOL_SIZE,
      appUrlFor: (directAppUrl) => {
        directUrl = directAppUrl;
        return bouncer.rewrite(directAppUrl);
      },
    });
    databaseName = new URL(directUrl).pathname.slice(1);
    // A second API server on the same database, connected directly: the reference answers.
    directDatabase = createDatabase(directUrl, { poolSize: 5 });
    const config = loadConfig({ NODE_ENV: 'test', AUTH_JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: directUrl, LOG_LEVEL: 'silent' });
    direct = await createServer({ config, database: directDatabase, logger: pino({ level: 'silent' }) });
    directGraphql = `http://127.0.0.1:${await direct.listen(0, '127.0.0.1')}/graphql`;

    const seed = async (name: string, contacts: number, deals: number): Promise<Tenant> => {
      const org = await createOrganization(app, name);
      const contactIds: string[] = [];
      for (let i = 0; i < contacts; i += 1) {
        const created = await org.member.query(CREATE_CONTACT, {
          input: { firstName: name, lastName: `Contact ${i}`, email: `c${i}@${name.toLowerCase()}.test` },
        });
        expect(created.errors).toBeUndefined();
        contactIds.push(created.data.createContact.contact.id);
      }
      const dealIds: string[] = [];
      for (let i = 0; i < deals; i += 1) {
        const created = await org.member.query(CREATE_DEAL, { input: { contactId: contactIds[i], deal: { name: `${name} deal ${i}` } } });
        expect(created.errors).toBeUndefined();
        dealIds.push(created.data.createDeal.deal.id);
      }
      return { org, tag: name, contactIds, dealIds };
    };
    [a, b] = await Promise.all([seed('Alpha', 6, 2), seed('Bravo', 3, 1)]);
  });

  afterAll(async () => {
    await direct?.stop();
    await directDatabase?.close();
    await app?.close();
    await bouncer?.stop();
  });

  it('connects the API to the database through PgBouncer, in transaction pooling mode', async () => {
    const admin = new pg.Client({ connectionString: bouncer.url('pgbouncer') });
    await admin.connect();
    try {
      const pools = (await admin.query('SHOW POOLS')).rows.filter((row) => row.database === databaseName);
      expect(pools).toEqual([expect.objectContaining({ user: 'clientflow_api', pool_mode: 'transaction' })]);
    } finally {
      await admin.end();
    }
  });

  it('serves 200 interleaved requests of two tenants with the same results and isolation as a direct connection', async () => {
    const other = (tenant: Tenant) => (tenant === a ? b : a);
    const failingVariables = (tenant: Tenant, i: number) => ({
      contact: { firstName: 'Ghost', lastName: `${tenant.tag} ${i}` },
      activity: { type: 'NOTE', subject: `${tenant.tag} ghost ${i}`, contactId: other(tenant).contactIds[0] },
    });
    const activityVariables = (tenant: Tenant, i: number) => ({
      input: { type: 'CALL', subject: `${tenant.tag} load ${i}`, contactId: tenant.contactIds[i % tenant.contactIds.length] },
    });

    // Reference answers from the direct server, for everything the load does not change.
    const expected = new Map<Tenant, Record<string, ReturnType<typeof outcome>>>();
    for (const tenant of [a, b]) {
      const contacts = outcome(await via(directGraphql, tenant.org.viewer)(CONTACTS));
      const nodes = outcome(
        await via(directGraphql, tenant.org.member)(NODES, { own: tenant.contactIds[0], foreign: other(tenant).contactIds[0] }),
      );
      const deals = outcome(await via(directGraphql, tenant.org.viewer)(DEALS));
      const failing = outcome(await via(directGraphql, tenant.org.member)(FAILING_MUTATION, failingVariables(tenant, -1)));
      const forbidden = outcome(await via(directGraphql, other(tenant).org.owner.inOrg(tenant.org.id))(CONTACTS));
      // The references themselves are right: only the tenant's own rows, the failing request refused.
      expect(contacts.data.contacts.totalCount).toBe(tenant.contactIds.length);
      expect(contacts.data.contacts.edges.map((edge: any) => edge.node.id).sort()).toEqual([...tenant.contactIds].sort());
      expect(nodes.data).toEqual({ own: { id: tenant.contactIds[0], fullName: `${tenant.tag} Contact 0` }, foreign: null });
      expect(deals.data.organization).toEqual({ name: tenant.tag });
      expect(deals.data.deals.edges.map((edge: any) => edge.node.id).sort()).toEqual([...tenant.dealIds].sort());
      expect(failing.data).toBeNull();
      expect(failing.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', path: ['createActivity'] })]);
      expect(forbidden.errors.map((error) => error.code)).toEqual(['FORBIDDEN']);
      expect(forbidden.data).toBeNull();
      expected.set(tenant, { contacts, nodes, deals, failing, forbidden });
    }

    const createdActivities = new Map<Tenant, string[]>([
      [a, []],
      [b, []],
    ]);
    // Both tenants alternate request by request; each pair of requests is of the next kind.
    const plan = Array.from({ length: REQUESTS }, (_, i) => ({ tenant: i % 2 === 0 ? a : b, kind: Math.floor(i / 2) % 6 }));
    const failures: string[] = [];
    let maxApiConnections = 0;
    const run = async (i: number) => {
      const { tenant, kind } = plan[i]!;
      const want = expected.get(tenant)!;
      const check = (label: string, actual: unknown, wanted: unknown) => {
        if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
          failures.push(`#${i} ${tenant.tag} ${label}: got ${JSON.stringify(actual)}, want ${JSON.stringify(wanted)}`);
        }
      };
      switch (kind) {
        case 0:
          check('contacts', outcome(await tenant.org.viewer.query(CONTACTS)), want.contacts);
          break;
        case 1:
          check(
            'nodes',
            outcome(await tenant.org.member.query(NODES, { own: tenant.contactIds[0], foreign: other(tenant).contactIds[0] })),
            want.nodes,
          );
          break;
        case 2: {
          const response = await tenant.org.member.query(CREATE_ACTIVITY, activityVariables(tenant, i));
          const activity = response.data?.createActivity?.activity;
          check(
            'createActivity',
            { errors: codes(response), subject: activity?.subject, contact: activity?.contact?.id },
            {
              errors: [],
              subject: `${tenant.tag} load ${i}`,
              contact: tenant.contactIds[i % tenant.contactIds.length],
            },
          );
          if (activity) createdActivities.get(tenant)!.push(activity.id);
          break;
        }
        case 3:
          check('failing mutation', outcome(await tenant.org.member.query(FAILING_MUTATION, failingVariables(tenant, i))), want.failing);
          break;
        case 4:
          check('foreign organization', outcome(await other(tenant).org.owner.inOrg(tenant.org.id).query(CONTACTS)), want.forbidden);
          break;
        default:
          check('deals', outcome(await tenant.org.viewer.query(DEALS)), want.deals);
      }
      maxApiConnections = Math.max(maxApiConnections, app.database.pool.totalCount);
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) await run(next++);
      }),
    );

    expect(failures).toEqual([]);
    // The API really held more connections than PgBouncer had server connections.
    expect(maxApiConnections).toBeGreaterThan(PGBOUNCER_POOL_SIZE);

    // The database agrees: every write landed in its own organization; failed requests left nothing.
    for (const tenant of [a, b]) {
      const sql = await app.owner.query<{ contacts: number; loaded: number; foreign_loaded: number; ghosts: number; activities: number }>(
        `SELECT (SELECT count(*)::int FROM contacts WHERE org_id = $1) AS contacts,
                (SELECT count(*)::int FROM activities WHERE org_id = $1 AND subject LIKE $2 || ' load %') AS loaded,
                (SELECT count(*)::int FROM activities WHERE org_id <> $1 AND subject LIKE $2 || ' load %') AS foreign_loaded,
                (SELECT count(*)::int FROM contacts WHERE first_name = 'Ghost' OR last_name LIKE $2 || ' %') +
                (SELECT count(*)::int FROM activities WHERE subject LIKE $2 || ' ghost %') AS ghosts,
                (SELECT count(*)::int FROM activities WHERE org_id = $1) AS activities`,
        [tenant.org.id, tenant.tag],
      );
      const counts = sql.rows[0]!;
      expect(createdActivities.get(tenant)).toHaveLength(plan.filter((step) => step.tenant === tenant && step.kind === 2).length);
      expect(counts).toEqual({
        contacts: tenant.contactIds.length,
        loaded: createdActivities.get(tenant)!.length,
        foreign_loaded: 0,
        ghosts: 0,
        activities: counts.activities,
      });

      // And both servers answer the same, with totalCount equal to the SQL count.
      const bounced = outcome(await tenant.org.viewer.query(ACTIVITIES));
      const reference = outcome(await via(directGraphql, tenant.org.viewer)(ACTIVITIES));
      expect(bounced).toEqual(reference);
      expect(bounced.data.activities.totalCount).toBe(counts.activities);
      const listed = bounced.data.activities.edges.map((edge: any) => edge.node);
      expect(
        listed
          .filter((node: any) => node.subject.startsWith(`${tenant.tag} load `))
          .map((node: any) => node.id)
          .sort(),
      ).toEqual([...createdActivities.get(tenant)!].sort());
      for (const node of listed) {
        if (node.contact) expect(tenant.contactIds).toContain(node.contact.id);
        expect(node.subject.startsWith(`${other(tenant).tag} `)).toBe(false);
      }
    }
  });

  it('leaves no tenant setting on the pooled server connections', async () => {
    const admin = new pg.Client({ connectionString: bouncer.url('pgbouncer') });
    await admin.connect();
    const clients: pg.Client[] = [];
    try {
      const servers = (await admin.query('SHOW SERVERS')).rows.filter((row) => row.database === databaseName);
      const serverPids = new Set(servers.map((row) => Number(row.remote_pid)));
      // Transaction pooling shared a few server connections between the API's connections.
      expect(serverPids.size).toBeGreaterThanOrEqual(1);
      expect(serverPids.size).toBeLessThanOrEqual(PGBOUNCER_POOL_SIZE);

      // Occupy every server connection of the pool at once, each in an open transaction, and
      // look at what a fresh client of the API's role sees on it: no organization, no user, no rows.
      for (let i = 0; i < PGBOUNCER_POOL_SIZE; i += 1) {
        const client = new pg.Client({ connectionString: bouncer.url(databaseName) });
        await client.connect();
        clients.push(client);
      }
      const states = await Promise.all(
        clients.map(async (client) => {
          await client.query('BEGIN');
          return (await client.query(TENANT_STATE)).rows[0];
        }),
      );
      const seenPids = new Set(states.map((state) => Number(state.pid)));
      expect(seenPids.size).toBe(PGBOUNCER_POOL_SIZE);
      for (const pid of serverPids) expect(seenPids).toContain(pid);
      for (const state of states) {
        expect([null, '']).toContain(state.org);
        expect([null, '']).toContain(state.usr);
        expect(state).toMatchObject({ contacts: 0, activities: 0, memberships: 0 });
      }
      await Promise.all(clients.map((client) => client.query('COMMIT')));

      // Outside any transaction (each statement its own transaction, on whichever server).
      for (let i = 0; i < 2 * PGBOUNCER_POOL_SIZE; i += 1) {
        const state = (await clients[i % clients.length]!.query(TENANT_STATE)).rows[0];
        expect([null, '']).toContain(state.org);
        expect([null, '']).toContain(state.usr);
        expect(state).toMatchObject({ contacts: 0, activities: 0, memberships: 0 });
      }
      // The rows are there: the owner sees them.
      const all = await app.owner.query('SELECT count(*)::int AS n FROM contacts');
      expect(all.rows[0].n).toBe(a.contactIds.length + b.contactIds.length);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
      await admin.end();
    }
  });
});
