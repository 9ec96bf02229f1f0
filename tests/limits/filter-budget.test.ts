import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FILTER_LIMIT_DEFAULTS } from '../../src/limits/filter-budget.js';
import { startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { createOrganization } from '../helpers/organizations.js';
import { largestAllowedDealFilter } from '../../bench/largest-filter.js';

// The default budget (FILTER_LIMIT_DEFAULTS): 50 conditions, 5 contains/startsWith, 500 list values
// and 2 relation filters per request; 2 relation hops, 100 values per list, 200 characters per
// string, 5 levels of nesting.
const LIMITS = FILTER_LIMIT_DEFAULTS;
const MAX = LIMITS.conditions;
const DEALS = /* GraphQL */ `
  query ($filter: DealFilter) {
    deals(first: 5, filter: $filter) {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }
`;
const DEALS_AND_CONTACTS = /* GraphQL */ `
  query ($deals: DealFilter, $contacts: ContactFilter) {
    deals(first: 1, filter: $deals) {
      totalCount
    }
    contacts(first: 1, filter: $contacts) {
      totalCount
    }
  }
`;
const REUSED = /* GraphQL */ `
  query ($f: DealFilter!) {
    deals(first: 1, filter: { OR: [$f, $f, $f] }) {
      totalCount
    }
  }
`;

/** n conditions: equals on the name, each its own AND item. */
const conditions = (n: number) => ({ AND: Array.from({ length: n }, (_, i) => ({ name: { equals: `deal ${i}` } })) });
/** n conditions in lists of at most 100: { OR: [{ AND: [...] }, …] }. */
const manyConditions = (n: number) => ({
  OR: Array.from({ length: Math.ceil(n / 50) }, (_, i) => conditions(Math.min(50, n - i * 50))),
});

function expectOverBudget(response: GraphQLResponse, limit: string, maximum: number, found: number) {
  expect(response.status).toBe(400);
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit, maximum, found });
}

describe('filter budget (counted before execution, after variables are substituted)', () => {
  let app: TestApp;
  let member: Actor;
  let work: (send: () => Promise<GraphQLResponse>) => Promise<{ response: GraphQLResponse; statements: string[] }>;

  beforeAll(async () => {
    app = await startTestApp();
    member = (await createOrganization(app, 'Budget')).member;
    const company = await member.query(`mutation { createCompany(input: { name: "Acme" }) { company { id } } }`);
    const contact = await member.query(
      `mutation ($c: ID) { createContact(input: { firstName: "Ada", lastName: "L", companyId: $c }) { contact { id } } }`,
      { c: company.data.createCompany.company.id },
    );
    for (const [name, contactId] of [
      ['deal 7', contact.data.createContact.contact.id],
      ['other', null],
    ]) {
      const deal = await member.query(
        `mutation ($name: String!, $c: ID) { createDeal(input: { deal: { name: $name }, contactId: $c }) { deal { id } } }`,
        { name, c: contactId },
      );
      if (deal.errors) throw new Error(JSON.stringify(deal.errors));
    }
    work = async (send) => {
      app.database.statements.recordText = true;
      app.database.statements.reset();
      const response = await send();
      app.database.statements.recordText = false;
      // Every statement, the transaction's own included: refused before execution, nothing opens one.
      return { response, statements: [...app.database.statements.statements] };
    };
  });
  afterAll(async () => {
    await app.close();
  });

  it(`${MAX} conditions pass`, async () => {
    const allowed = await member.query(DEALS, { filter: manyConditions(MAX) });
    expect(allowed.errors).toBeUndefined();
  });

  it(`${MAX + 1} conditions are BAD_USER_INPUT naming filterConditions, its maximum and the count`, async () => {
    expectOverBudget(await member.query(DEALS, { filter: manyConditions(MAX + 1) }), 'filterConditions', MAX, MAX + 1);
  });

  it('the budget is per request: conditions of every filter argument add up', async () => {
    expect(
      (await member.query(DEALS_AND_CONTACTS, { deals: manyConditions(MAX - 1), contacts: { lastName: { equals: 'L' } } })).errors,
    ).toBeUndefined();
    const contacts = { AND: [{ lastName: { equals: 'L' } }, { firstName: { equals: 'A' } }] };
    expectOverBudget(
      await member.query(DEALS_AND_CONTACTS, { deals: manyConditions(MAX - 1), contacts }),
      'filterConditions',
      MAX,
      MAX + 1,
    );
  });

  it('a reused variable counts each time it is used', async () => {
    // 17 conditions, used three times: 51.
    expect((await member.query(DEALS, { filter: conditions(17) })).errors).toBeUndefined();
    expectOverBudget(await member.query(REUSED, { f: conditions(17) }), 'filterConditions', MAX, 51);
  });

  it('relation filters count their conditions too', async () => {
    const viaContact = { contact: { lastName: { equals: 'L' } } };
    const response = await member.query(DEALS, { filter: { AND: [conditions(MAX - 1), viaContact] } });
    expect(response.errors).toBeUndefined();
    expectOverBudget(
      await member.query(DEALS, { filter: { AND: [conditions(MAX - 1), viaContact, viaContact] } }),
      'filterConditions',
      MAX,
      MAX + 1,
    );
  });

  it(`at most ${LIMITS.relations} relation filters per request (each joins a table): deal → contact → company is 2`, async () => {
    const viaCompany = { contact: { company: { name: { equals: 'Acme' } } } };
    expect((await member.query(DEALS, { filter: viaCompany })).errors).toBeUndefined();
    expectOverBudget(
      await member.query(DEALS, { filter: { OR: [viaCompany, { company: { name: { equals: 'Acme' } } }] } }),
      'filterRelations',
      LIMITS.relations,
      3,
    );
  });

  it(`at most ${LIMITS.patterns} contains/startsWith per request (each an ILIKE on every row)`, async () => {
    const patterns = (n: number) => ({ OR: Array.from({ length: n }, (_, i) => ({ name: { contains: `p${i}` } })) });
    expect((await member.query(DEALS, { filter: patterns(LIMITS.patterns) })).errors).toBeUndefined();
    expectOverBudget(
      await member.query(DEALS, { filter: patterns(LIMITS.patterns + 1) }),
      'filterPatterns',
      LIMITS.patterns,
      LIMITS.patterns + 1,
    );
  });

  it(`at most ${LIMITS.values} list values per request, over all lists`, async () => {
    const lists = (n: number) => ({
      OR: Array.from({ length: n }, (_, i) => ({ name: { in: Array.from({ length: 100 }, (_, j) => `v${i}-${j}`) } })),
    });
    expect((await member.query(DEALS, { filter: lists(LIMITS.values / 100) })).errors).toBeUndefined();
    expectOverBudget(
      await member.query(DEALS, { filter: lists(LIMITS.values / 100 + 1) }),
      'filterValues',
      LIMITS.values,
      LIMITS.values + 100,
    );
  });

  it('in/hasAny lists hold at most 100 values, AND/OR lists too', async () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `deal ${i}`);
    expect(LIMITS.listValues).toBe(100);
    const allowed = await member.query(DEALS, { filter: { name: { in: names(100) } } });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data.deals.totalCount).toBe(1);
    expectOverBudget(await member.query(DEALS, { filter: { name: { in: names(101) } } }), 'filterListValues', 100, 101);
    expectOverBudget(await member.query(DEALS, { filter: { OR: Array.from({ length: 101 }, () => ({})) } }), 'filterListValues', 100, 101);
  });

  it('a string value has at most 200 characters', async () => {
    expect((await member.query(DEALS, { filter: { name: { contains: 'x'.repeat(200) } } })).errors).toBeUndefined();
    expectOverBudget(await member.query(DEALS, { filter: { name: { contains: 'x'.repeat(201) } } }), 'filterStringLength', 200, 201);
    // Inside a list, and inside a relation filter.
    expectOverBudget(
      await member.query(DEALS, { filter: { contact: { lastName: { in: ['x'.repeat(201)] } } } }),
      'filterStringLength',
      200,
      201,
    );
  });

  it('filters nest at most 5 levels', async () => {
    const nested = (levels: number): Record<string, unknown> => (levels === 0 ? { name: { equals: 'x' } } : { NOT: nested(levels - 1) });
    expect((await member.query(DEALS, { filter: nested(5) })).errors).toBeUndefined();
    expectOverBudget(await member.query(DEALS, { filter: nested(6) }), 'filterDepth', 5, 6);
  });

  it('empty filters inside AND/OR count as conditions (each is a term of the SQL)', async () => {
    expectOverBudget(
      await member.query(DEALS, { filter: { OR: [{ AND: Array.from({ length: MAX }, () => ({})) }, {}] } }),
      'filterConditions',
      MAX,
      MAX + 1,
    );
  });

  it('an over-budget filter sends not a single SQL statement', async () => {
    const { response, statements } = await work(() => member.query(REUSED, { f: conditions(17) }));
    expect(response.errors![0]!.extensions?.limit).toBe('filterConditions');
    expect(statements).toEqual([]);
  });

  it('the largest allowed filter (bench/largest-filter.ts) is accepted and finds the deal of the company it names', async () => {
    const response = await member.query(DEALS, { filter: largestAllowedDealFilter({ matching: 'Acme' }) });
    expect(response.errors).toBeUndefined();
    expect(response.data.deals.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['deal 7']);
  });
});

describe('relation hops (LIMIT_MAX_FILTER_RELATION_HOPS=1)', () => {
  let app: TestApp;
  let member: Actor;

  beforeAll(async () => {
    app = await startTestApp({ env: { LIMIT_MAX_FILTER_RELATION_HOPS: '1' } });
    member = (await createOrganization(app, 'Hops')).member;
  });
  afterAll(async () => {
    await app.close();
  });

  it('deal → contact passes; deal → contact → company is over one hop', async () => {
    expect((await member.query(DEALS, { filter: { contact: { lastName: { equals: 'L' } } } })).errors).toBeUndefined();
    expectOverBudget(
      await member.query(DEALS, { filter: { contact: { company: { name: { equals: 'Acme' } } } } }),
      'filterRelationHops',
      1,
      2,
    );
  });
});
