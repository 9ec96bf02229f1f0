import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getIntrospectionQuery } from 'graphql';
import { startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { createOrganization } from '../helpers/organizations.js';
import { FULL_INTROSPECTION_QUERY } from '../helpers/operation-samples.js';

// Limits are lowered for this app where a realistic over-limit document would be long to write;
// each test says which.
const ENV = { LIMIT_MAX_DEPTH: '8', LIMIT_MAX_ALIASES: '3', LIMIT_MAX_DIRECTIVES: '2', LIMIT_MAX_TOKENS: '300', LIMIT_MAX_COST: '1000' };

const DEAL_BOARD = /* GraphQL */ `
  query DealBoard {
    deals(first: 5) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          name
          stage {
            name
          }
          contact {
            fullName
          }
          activities(first: 3) {
            edges {
              node {
                id
              }
            }
          }
        }
      }
    }
  }
`;
// deals(first: 100) × each contact's deals(first: 100): 1 + 1 (totalCount) + 100 × (edge, node, contact, 1 + 100 × 2) = 20,402 objects.
const FAN_OUT = /* GraphQL */ `
  {
    deals(first: 100) {
      totalCount
      edges {
        node {
          contact {
            deals(first: 100) {
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`;
// Depth 9 (over 8): deals > edges > node > contact > company > contacts > edges > node > id.
const DEEP = /* GraphQL */ `
  {
    deals(first: 1) {
      edges {
        node {
          contact {
            company {
              contacts(first: 1) {
                edges {
                  node {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;
const ALIASES = /* GraphQL */ `
  {
    a: me {
      id
    }
    b: me {
      id
    }
    c: me {
      id
    }
    d: me {
      id
    }
  }
`;
const DIRECTIVES = /* GraphQL */ `
  query ($y: Boolean = true) {
    me {
      id @include(if: $y)
      name @include(if: $y)
      email @skip(if: false)
    }
  }
`;
const TOKENS = `{ me { ${'id '.repeat(400)}} }`;

const limitOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

function expectOverLimit(response: GraphQLResponse, limit: string, maximum: number, found?: number) {
  expect(response.status).toBe(400);
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(limitOf(response)).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit, maximum, ...(found === undefined ? {} : { found }) });
  expect(response.errors![0]!.message).toContain(String(maximum));
}

describe('operation limits (before execution)', () => {
  let app: TestApp;
  let member: Actor;
  /** Every statement a request sent to PostgreSQL. */
  let sqlOf: (send: () => Promise<GraphQLResponse>) => Promise<{ response: GraphQLResponse; work: string[] }>;

  beforeAll(async () => {
    app = await startTestApp({ env: ENV });
    const org = await createOrganization(app, 'Limits');
    member = org.member;
    await member.query(`mutation { createContact(input: { firstName: "Ada", lastName: "L" }) { contact { id } } }`);
    sqlOf = async (send) => {
      app.database.statements.recordText = true;
      app.database.statements.reset();
      const response = await send();
      app.database.statements.recordText = false;
      // Every statement, the transaction's own included: refused before execution, nothing opens one.
      const work = [...app.database.statements.statements];
      return { response, work };
    };
  });
  afterAll(async () => {
    await app.close();
  });

  it('depth: OPERATION_LIMIT_EXCEEDED naming the limit, its maximum and the depth found', async () => {
    expectOverLimit(await member.query(DEEP), 'depth', 8, 9);
  });

  it('aliases: 4 aliased fields over a limit of 3', async () => {
    expectOverLimit(await member.query(ALIASES), 'aliases', 3, 4);
  });

  it('directives: 3 directives over a limit of 2', async () => {
    expectOverLimit(await member.query(DIRECTIVES), 'directives', 2, 3);
  });

  it('tokens: parsing stops at the first token over the limit', async () => {
    const response = await member.query(TOKENS);
    expectOverLimit(response, 'tokens', 300);
    expect(limitOf(response)?.found).toBeUndefined();
  });

  it('a plain syntax error is still GRAPHQL_PARSE_FAILED (400), not a limit', async () => {
    const response = await member.query('{ me { id ');
    expect(response.status).toBe(400);
    expect(limitOf(response)?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('cost: a nested fan-out is refused with the worst-case object count it would have', async () => {
    expectOverLimit(await member.query(FAN_OUT), 'cost', 1000, 20_402);
  });

  it('cost counts page sizes given through variables, and the default page size when none is given', async () => {
    const query = `query ($n: Int) { deals(first: $n) { edges { node { activities { edges { node { id } } } } } } }`;
    // 1 + 30 × (2 + 1 + 20 × 2) = 1,291 with the default page size (20) for activities.
    expectOverLimit(await member.query(query, { n: 30 }), 'cost', 1000, 1291);
    // 1 + 20 × 43 = 861: accepted.
    expect((await member.query(query, { n: 20 })).errors).toBeUndefined();
  });

  it('an accepted operation reports extensions.cost { requestedQueryCost, actualQueryCost }', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}`, 'x-organization-id': member.orgId! },
      body: JSON.stringify({
        query: `{ contacts(first: 10) { totalCount pageInfo { hasNextPage } edges { node { id company { id } } } } }`,
      }),
    });
    const body = (await response.json()) as { extensions?: { cost?: unknown } };
    // Requested: 1 + pageInfo 1 + totalCount 1 + 10 × (edge + node + company) = 33. Actual: the
    // connection, its pageInfo, one edge and its node (Ada has no company) = 4.
    // With the user's rate-limit bucket (README "Rate limits"), its state after the refund.
    expect(body.extensions?.cost).toEqual({
      requestedQueryCost: 33,
      actualQueryCost: 4,
      throttleStatus: { maximumAvailable: 50_000, currentlyAvailable: expect.any(Number), restoreRate: 2_500 },
    });
  });

  it('a refused operation, from a signed-in member, sends not a single SQL statement', async () => {
    for (const query of [FAN_OUT, DEEP, ALIASES, TOKENS]) {
      const { response, work } = await sqlOf(() => member.query(query));
      expect(limitOf(response)?.code).toBe('OPERATION_LIMIT_EXCEEDED');
      expect(work).toEqual([]);
    }
    // The control: an accepted operation does send its SELECT.
    const { work } = await sqlOf(() => member.query('{ contacts(first: 1) { edges { node { id } } } }'));
    expect(work.length).toBeGreaterThan(0);
  });

  it('variables nested 10,000 levels deep (80 KB) → OPERATION_LIMIT_EXCEEDED (variablesDepth), not a stack overflow', async () => {
    // Written by hand: JSON.stringify itself overflows on it.
    const filter = `${'{"NOT":'.repeat(10_000)}{"name":{"equals":"x"}}${'}'.repeat(10_000)}`;
    const body = `{"query":"query ($f: DealFilter) { deals(filter: $f) { totalCount } }","variables":{"f":${filter}}}`;
    app.database.statements.reset();
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}`, 'x-organization-id': member.orgId! },
      body,
    });
    const result = (await response.json()) as GraphQLResponse;
    expect(response.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'variablesDepth', maximum: 32 });
    expect(app.database.statements.count).toBe(0);
  });

  it('page size is still checked per connection (BAD_USER_INPUT, HTTP 400), in the same pass', async () => {
    const response = await member.query('{ deals(first: 1) { edges { node { activities(first: 101) { totalCount } } } } }');
    expect(response.status).toBe(400);
    expect(limitOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(response.errors![0]!.message).toMatch(/activities\(first: 101\).*100/);
  });

  it('a batch of operations is refused with OPERATION_LIMIT_EXCEEDED (batch size 1)', async () => {
    const response = await app.post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }], {
      authorization: `Bearer ${member.token}`,
    });
    expect(response.status).toBe(400);
    expect(limitOf(response)).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'batch', maximum: 1 });
    expect(response.errors![0]!.message).toMatch(/one operation per request/);
  });

  it('the deal board passes', async () => {
    const response = await member.query(DEAL_BOARD);
    expect(response.errors).toBeUndefined();
  });
});

describe('limits with the default configuration, and in production', () => {
  let development: TestApp;
  let production: TestApp;
  let developer: Actor;
  let producer: Actor;
  const UNKNOWN_FIELD = '{ dealz(first: 1) { totalCount } }';
  const UNKNOWN_ARGUMENT = '{ deals(frist: 1) { totalCount } }';
  const ENUM_LITERAL = '{ deals(filter: { status: { equals: OPN } }) { totalCount } }';
  const ENUM_VARIABLE = 'query ($s: DealStatus) { deals(filter: { status: { equals: $s } }) { totalCount } }';

  beforeAll(async () => {
    development = await startTestApp();
    production = await startTestApp({
      env: {
        NODE_ENV: 'production',
        AUTH_ISSUER: 'https://issuer.example.test/',
        AUTH_AUDIENCE: 'clientflow-limits-test',
        SMTP_URL: 'smtp://127.0.0.1:2525',
        LIMIT_MAX_BODY_BYTES: '2048',
      },
    });
    developer = (await createOrganization(development, 'Dev')).member;
    producer = (await createOrganization(production, 'Prod')).member;
  });
  afterAll(async () => {
    await development.close();
    await production.close();
  });

  it('introspection works in development: graphql-js getIntrospectionQuery, default and with every option (Sandbox builds its query with it)', async () => {
    for (const query of [getIntrospectionQuery(), FULL_INTROSPECTION_QUERY]) {
      const response = await developer.query(query);
      expect(response.errors).toBeUndefined();
      expect(response.data.__schema.queryType.name).toBe('Query');
    }
    // Anonymous too: Sandbox introspects before the headers are pasted.
    const anonymous = await development.post({ query: FULL_INTROSPECTION_QUERY });
    expect(anonymous.errors).toBeUndefined();
  });

  it('development keeps "Did you mean …" suggestions (the control for the production test)', async () => {
    expect((await developer.query(UNKNOWN_FIELD)).errors![0]!.message).toMatch(/Did you mean "deals"/);
    expect((await developer.query(ENUM_LITERAL)).errors![0]!.message).toMatch(/Did you mean/);
  });

  it('production hides "Did you mean …" in every message form: field, argument, enum literal and enum variable', async () => {
    for (const [query, variables] of [[UNKNOWN_FIELD], [UNKNOWN_ARGUMENT], [ENUM_LITERAL], [ENUM_VARIABLE, { s: 'OPN' }]] as const) {
      const response = await producer.query(query, variables);
      expect(response.errors?.length).toBeGreaterThan(0);
      for (const error of response.errors!) {
        expect(error.message).not.toMatch(/Did you mean|"deals"|"first"|OPEN/);
      }
    }
  });

  it('a body over LIMIT_MAX_BODY_BYTES is refused with HTTP 413 before GraphQL sees it', async () => {
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${producer.token}`, 'x-organization-id': producer.orgId! },
      body: JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(3000)}` }),
    });
    expect(response.status).toBe(413);
    const small = await producer.query('{ me { id } }');
    expect(small.errors).toBeUndefined();
  });

  it('the default limits accept the deal board', async () => {
    const response = await developer.query(DEAL_BOARD);
    expect(response.errors).toBeUndefined();
  });
});
