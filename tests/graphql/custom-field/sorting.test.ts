/**
 * Sorting the CRM lists by a custom field and MONEY ranges: the lists' SQL path
 * (src/schema/sql-list.ts, src/schema/sql-where.ts). Against the demo organization, every list
 * filter is run through Prisma and through the SQL path and must find the same records, so a
 * filter shape the SQL path reads differently fails here.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signAccessToken } from '../../../src/auth/jwt.js';
import { withDatabase } from '../../../src/db/local-database.js';
import { DEMO_OWNER, seedDemoOrganization } from '../../../src/seed/demo.js';
import { TEST_JWT_SECRET, startTestApp, type GraphQLResponse, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';

type Variables = Record<string, unknown>;
const LISTS = { contacts: 'Contact', companies: 'Company', leads: 'Lead', deals: 'Deal', activities: 'Activity' } as const;
type List = keyof typeof LISTS;
const ENTITY: Record<List, string> = { contacts: 'CONTACT', companies: 'COMPANY', leads: 'LEAD', deals: 'DEAL', activities: 'ACTIVITY' };
const TABLE: Record<List, string> = {
  contacts: 'contacts',
  companies: 'companies',
  leads: 'leads',
  deals: 'deals',
  activities: 'activities',
};

const page = (list: List) => /* GraphQL */ `
  query ($filter: ${LISTS[list]}Filter, $orderBy: [${LISTS[list]}Order!], $first: Int, $after: String, $last: Int, $before: String) {
    ${list}(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id customFields } }
    }
  }
`;
const CREATE_FIELD = /* GraphQL */ `
  mutation ($input: CreateCustomFieldDefinitionInput!) {
    createCustomFieldDefinition(input: $input) {
      customFieldDefinition {
        id
      }
    }
  }
`;
const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);

describe('sorting lists by custom fields and MONEY ranges', () => {
  let app: TestApp;
  let orgId: string;
  let token: string;
  let other: TestOrganization;

  const ask = async (query: string, variables: Variables = {}) =>
    app.post({ query, variables }, { authorization: `Bearer ${token}`, 'x-organization-id': orgId });
  const ok = async (query: string, variables: Variables = {}) => {
    const response = await ask(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data;
  };

  /** Every record of a list in its order, paging forwards with `first` and `after`. */
  const walk = async (list: List, filter: Variables | null, orderBy: Variables[] | null, size = 7) => {
    const ids: string[] = [];
    const customFields: Record<string, unknown>[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (let pages = 0; pages < 200; pages++) {
      const data = await ok(page(list), { filter, orderBy, first: size, after });
      const connection = data[list];
      totalCount = connection.totalCount;
      for (const edge of connection.edges) {
        ids.push(edge.node.id);
        customFields.push(edge.node.customFields ?? {});
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    return { ids, customFields, totalCount };
  };

  beforeAll(async () => {
    app = await startTestApp();
    const ownerUrl = withDatabase(process.env.TEST_ADMIN_DATABASE_URL!, app.owner.database!);
    ({ orgId } = await seedDemoOrganization(app.database.prisma, { ownerUrl }));
    token = await signAccessToken(TEST_JWT_SECRET, DEMO_OWNER);
    // On every entity: rank (NUMBER, ties and gaps), budget (MONEY), due (DATE), label (TEXT),
    // flag (BOOLEAN), tags (MULTI_SELECT). Values are written by the owner, as an import would.
    for (const list of Object.keys(LISTS) as List[]) {
      for (const [key, type] of [
        ['rank', 'NUMBER'],
        ['budget', 'MONEY'],
        ['due', 'DATE'],
        ['label', 'TEXT'],
        ['flag', 'BOOLEAN'],
        ['picks', 'MULTI_SELECT'],
      ] as const) {
        await ok(CREATE_FIELD, {
          input: { entity: ENTITY[list], key, label: key, type, ...(type === 'MULTI_SELECT' ? { options: ['a', 'b'] } : {}) },
        });
      }
      // ~1 in 5 rows has no rank; ranks repeat (ties broken by id); budgets span 1 to 6 digits.
      await app.owner.query(
        `WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM ${TABLE[list]} WHERE org_id = $1)
         UPDATE ${TABLE[list]} t SET custom_fields = coalesce(t.custom_fields, '{}'::jsonb) || jsonb_strip_nulls(jsonb_build_object(
           'rank', CASE WHEN n % 5 = 0 THEN NULL ELSE (n * 7) % 11 END,
           'budget', CASE WHEN n % 4 = 0 THEN NULL ELSE to_char((n * 7919) % 250000 / 100.0, 'FM999990.00') END,
           'due', CASE WHEN n % 3 = 0 THEN NULL ELSE to_char(date '2026-01-01' + ((n * 37) % 400)::int, 'YYYY-MM-DD') END,
           'label', CASE WHEN n % 6 = 0 THEN NULL ELSE (ARRAY['alpha', 'Beta', 'gamma', 'delta 50%'])[1 + n % 4] END,
           'flag', CASE WHEN n % 7 = 0 THEN NULL ELSE n % 2 = 0 END,
           'picks', CASE WHEN n % 2 = 0 THEN '["a"]'::jsonb ELSE '["a","b"]'::jsonb END))
         FROM numbered WHERE t.org_id = $1 AND t.id = numbered.id`,
        [orgId],
      );
    }
    // A value of the wrong type under a key (written before the field was defined): sorts as unset.
    await app.owner.query(
      `UPDATE contacts SET custom_fields = custom_fields || '{"rank": "12", "budget": 99}'::jsonb
       WHERE id = (SELECT id FROM contacts WHERE org_id = $1 ORDER BY id LIMIT 1)`,
      [orgId],
    );
    other = await createOrganization(app, 'SortOther');
    await other.admin.query(CREATE_FIELD, { input: { entity: 'CONTACT', key: 'rank', label: 'Rank', type: 'NUMBER' } });
    const created = await other.member.query(`mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }`, {
      input: { firstName: 'O', lastName: 'Other', customFields: { rank: 1 } },
    });
    expect(created.errors).toBeUndefined();
  }, 120_000);
  afterAll(async () => app?.close());

  /** The order sorting by rank must give, computed here from the values. */
  const expectedOrder = (ids: string[], values: Record<string, unknown>[], key: string, descending: boolean) => {
    // Ties go by the record's uuid (the id inside the global id).
    const rows = ids.map((global, index) => ({
      global,
      id: Buffer.from(global, 'base64').toString().split(':')[1]!,
      value: values[index]![key],
    }));
    const number = (value: unknown) => (typeof value === 'number' ? value : null);
    rows.sort((a, b) => {
      const [x, y] = [number(a.value), number(b.value)];
      if (x === null || y === null) return x === y ? (a.id < b.id ? -1 : 1) * (descending ? -1 : 1) : x === null ? 1 : -1;
      if (x !== y) return (x - y) * (descending ? -1 : 1);
      return (a.id < b.id ? -1 : 1) * (descending ? -1 : 1);
    });
    return rows.map((row) => row.global);
  };

  it.each(Object.keys(LISTS) as List[])('sorts %s by a NUMBER field, unset last both ways, paging exactly', async (list) => {
    for (const direction of ['ASC', 'DESC']) {
      const sorted = await walk(list, null, [{ field: 'CUSTOM_FIELD', customFieldKey: 'rank', direction }]);
      const everything = await walk(list, null, null, 100);
      expect(sorted.ids).toHaveLength(everything.ids.length);
      expect(new Set(sorted.ids)).toEqual(new Set(everything.ids));
      expect(sorted.ids).toEqual(expectedOrder(sorted.ids, sorted.customFields, 'rank', direction === 'DESC'));
      expect(sorted.totalCount).toBe(everything.totalCount);
    }
  });

  it('pages backwards with last/before to the same records', async () => {
    const orderBy = [{ field: 'CUSTOM_FIELD', customFieldKey: 'budget', direction: 'DESC' }];
    const forwards = await walk('deals', null, orderBy, 100);
    const backwards: string[] = [];
    let before: string | null = null;
    for (;;) {
      const data = await ok(page('deals'), { orderBy, last: 6, before });
      backwards.unshift(...data.deals.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!data.deals.pageInfo.hasPreviousPage) break;
      before = data.deals.pageInfo.startCursor;
    }
    expect(backwards).toEqual(forwards.ids);
  });

  it('sorts MONEY as amounts, DATE as dates, TEXT and BOOLEAN; a second key breaks ties', async () => {
    const amounts = (await walk('deals', null, [{ field: 'CUSTOM_FIELD', customFieldKey: 'budget' }], 100)).customFields.map(
      (values) => values.budget,
    );
    const set = amounts.filter((value): value is string => typeof value === 'string');
    expect(set.length).toBeGreaterThan(10);
    expect(set).toEqual([...set].sort((a, b) => Number(a) - Number(b)));
    expect(amounts.slice(set.length).every((value) => value === undefined)).toBe(true);

    const dates = (await walk('leads', null, [{ field: 'CUSTOM_FIELD', customFieldKey: 'due', direction: 'DESC' }], 100)).customFields
      .map((values) => values.due)
      .filter((value) => value !== undefined);
    expect(dates).toEqual([...dates].sort().reverse());

    const labels = await walk(
      'contacts',
      null,
      [
        { field: 'CUSTOM_FIELD', customFieldKey: 'label' },
        { field: 'NAME', direction: 'DESC' },
      ],
      100,
    );
    const distinct = [...new Set(labels.customFields.map((values) => values.label ?? null))];
    expect(distinct.at(-1)).toBeNull();
    expect(distinct).toHaveLength(5);

    const flags = (
      await walk('activities', null, [{ field: 'CUSTOM_FIELD', customFieldKey: 'flag', direction: 'DESC' }], 100)
    ).customFields.map((values) => values.flag ?? null);
    expect(flags.indexOf(false)).toBeGreaterThan(flags.lastIndexOf(true));
    expect(flags.indexOf(null)).toBeGreaterThan(flags.lastIndexOf(false));
  });

  it('compares MONEY ranges as amounts, counts them, and combines them with NOT, OR and relations', async () => {
    const all = await walk('deals', null, null, 100);
    const budgetOf = (values: Record<string, unknown>) => (typeof values.budget === 'string' ? Number(values.budget) : null);
    const over = all.ids.filter((_, index) => (budgetOf(all.customFields[index]!) ?? -1) > 1000);
    expect(over.length).toBeGreaterThan(3);
    expect(over.length).toBeLessThan(all.ids.length);
    const filtered = await walk('deals', { customFields: [{ key: 'budget', gt: '1000.00' }] }, null);
    expect(new Set(filtered.ids)).toEqual(new Set(over));
    expect(filtered.totalCount).toBe(over.length);

    const between = await walk('deals', { customFields: [{ key: 'budget', gte: '100.00', lte: '1000.00' }] }, null);
    const expected = all.ids.filter((_, index) => {
      const budget = budgetOf(all.customFields[index]!);
      return budget !== null && budget >= 100 && budget <= 1000;
    });
    expect(new Set(between.ids)).toEqual(new Set(expected));

    // NOT keeps out records without a MONEY value, as NOT does for NUMBER ranges.
    const not = await walk('deals', { NOT: { customFields: [{ key: 'budget', gt: '1000.00' }] } }, null);
    expect(not.ids.every((id) => !over.includes(id))).toBe(true);
    expect(not.ids.every((id) => budgetOf(all.customFields[all.ids.indexOf(id)]!) !== null)).toBe(true);

    // Through a relation: deals whose contact has a budget over 1,000.00.
    const contacts = await walk('contacts', { customFields: [{ key: 'budget', gt: '1000.00' }] }, null, 100);
    const viaContact = await walk('deals', { contact: { customFields: [{ key: 'budget', gt: '1000.00' }] } }, null, 100);
    const contactOf = await ok(
      `query ($ids: [ID!]) { deals(first: 100, filter: { id: { in: $ids } }) { edges { node { id contact { id } } } } }`,
      { ids: viaContact.ids },
    );
    expect(contactOf.deals.edges.every((edge: { node: { contact: { id: string } } }) => contacts.ids.includes(edge.node.contact.id))).toBe(
      true,
    );
    expect(viaContact.ids.length).toBeGreaterThan(0);
  });

  it('exports the rows a MONEY range finds', async () => {
    const filter = JSON.stringify({ customFields: [{ key: 'budget', gt: '1000.00' }] });
    const response = await fetch(`${app.url.replace(/\/graphql$/, '')}/export/deals.csv?filter=${encodeURIComponent(filter)}`, {
      headers: { authorization: `Bearer ${token}`, 'x-organization-id': orgId },
    });
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split('\n');
    const expected = await walk('deals', { customFields: [{ key: 'budget', gt: '1000.00' }] }, null, 100);
    expect(lines).toHaveLength(expected.ids.length + 1);
  });

  it("never sees another organization's records, whichever path reads them", async () => {
    const response = await other.viewer.query(page('contacts'), {
      orderBy: [{ field: 'CUSTOM_FIELD', customFieldKey: 'rank' }],
      first: 50,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.contacts.edges).toHaveLength(1);
    const mine = await walk(
      'contacts',
      { customFields: [{ key: 'budget', gt: '0.00' }] },
      [{ field: 'CUSTOM_FIELD', customFieldKey: 'rank' }],
      100,
    );
    expect(mine.ids.length).toBeGreaterThan(0);
    const theirs = await other.viewer.query(page('contacts'), { filter: { customFields: [{ key: 'rank', gt: '0' }] }, first: 50 });
    expect(mine.ids).not.toContain(theirs.data.contacts.edges[0].node.id);
  });

  it.each([
    ['CUSTOM_FIELD without a key', [{ field: 'CUSTOM_FIELD' }], 'needs the key'],
    ['a key without CUSTOM_FIELD', [{ field: 'NAME', customFieldKey: 'rank' }], 'goes with field CUSTOM_FIELD'],
    ['an unknown key', [{ field: 'CUSTOM_FIELD', customFieldKey: 'nope' }], 'has no custom field nope'],
    ['a MULTI_SELECT field', [{ field: 'CUSTOM_FIELD', customFieldKey: 'picks' }], 'MULTI_SELECT'],
  ])('refuses %s with BAD_USER_INPUT naming orderBy', async (_case, orderBy, message) => {
    const response = await ask(page('contacts'), { orderBy, first: 5 });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toContain(message);
    expect(response.errors![0]!.extensions?.field).toBe('orderBy[0].customFieldKey');
  });

  it("the demo operation LeadsByBudget runs on the demo's typed budget_usd field", async () => {
    const document = readFileSync(new URL('../../../src/operations/leads-by-budget.graphql', import.meta.url), 'utf8');
    const data = await ok(document, { minimum: '1000000.00', first: 100 });
    const budgets = data.leads.edges.map((edge: { node: { customFieldValues: { key: string; value: string | null }[] } }) =>
      Number(edge.node.customFieldValues.find((field) => field.key === 'budget_usd')!.value),
    );
    expect(budgets.length).toBeGreaterThan(0);
    expect(data.leads.totalCount).toBe(budgets.length);
    expect(budgets.every((budget: number) => budget >= 1_000_000)).toBe(true);
    expect(budgets).toEqual([...budgets].sort((a, b) => b - a));
  });

  it('refuses a MONEY operand that is not an amount', async () => {
    const response = await ask(page('deals'), { filter: { customFields: [{ key: 'budget', gt: '10' }] }, first: 5 });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toContain('is not a MONEY value');
  });

  /**
   * Every kind of condition of the five lists, run by Prisma (default order) and by the SQL path
   * (sorted by a custom field): the same records must come back.
   */
  const FILTERS: [List, Variables][] = [
    ['contacts', {}],
    ['contacts', { lastName: { startsWith: 'Ga' } }],
    ['contacts', { firstName: { startsWith: 'a' }, lastName: { contains: 'E' } }],
    ['contacts', { email: { contains: 'example' }, phone: { isNull: false } }],
    ['contacts', { title: { isNull: true } }],
    ['contacts', { NOT: { title: { equals: 'Owner' } } }],
    ['contacts', { type: { in: ['CLIENT', 'PROSPECT'] }, status: { equals: 'ACTIVE' } }],
    ['contacts', { tags: { hasAny: ['buyer', 'seller'] } }],
    ['contacts', { tags: { hasAll: ['buyer'] } }],
    ['contacts', { company: { name: { contains: 'a' } } }],
    ['contacts', { companyId: { isNull: false } }],
    ['contacts', { createdAt: { lt: '2100-01-01T00:00:00Z' }, updatedAt: { gte: '2000-01-01T00:00:00Z' } }],
    ['contacts', { OR: [{ type: { equals: 'CLIENT' } }, { NOT: { email: { contains: 'a' } } }] }],
    ['contacts', { AND: [{ customFields: [{ key: 'rank', gt: '3' }] }, { customFields: [{ key: 'label', contains: '50%' }] }] }],
    [
      'contacts',
      {
        customFields: [
          { key: 'due', lt: '2026-06-01' },
          { key: 'flag', equals: 'true' },
        ],
      },
    ],
    ['contacts', { NOT: { customFields: [{ key: 'rank', lte: '5' }] } }],
    [
      'contacts',
      {
        customFields: [
          { key: 'picks', contains: 'b' },
          { key: 'label', isSet: true },
        ],
      },
    ],
    [
      'contacts',
      {
        customFields: [
          { key: 'picks', in: ['b'] },
          { key: 'rank', isSet: false },
        ],
      },
    ],
    [
      'contacts',
      {
        customFields: [
          { key: 'label', in: ['alpha', 'gamma'] },
          { key: 'budget', equals: '19.00' },
        ],
      },
    ],
    ['companies', { industry: { contains: 'e' } }],
    ['companies', { domain: { isNull: true } }],
    ['companies', { name: { in: ['x', 'y'] } }],
    ['leads', { score: { gte: 50 } }],
    ['leads', { status: { in: ['NEW', 'LOST'] }, source: { equals: 'REFERRAL' } }],
    ['leads', { rating: { in: ['HOT', 'WARM'] }, companyName: { isNull: false } }],
    ['leads', { NOT: { score: { lt: 30 } } }],
    ['deals', { value: { gt: '100000' } }],
    ['deals', { expectedCloseDate: { gte: '2026-06-01' } }],
    ['deals', { status: { in: ['OPEN', 'ON_HOLD'] }, probability: { lte: 50 } }],
    ['deals', { closedAt: { isNull: true }, currency: { equals: 'USD' } }],
    ['deals', { contact: { company: { name: { contains: 'a' } } } }],
    ['deals', { contact: { type: { equals: 'CLIENT' } }, NOT: { company: { industry: { isNull: true } } } }],
    ['activities', { type: { in: ['CALL', 'SHOWING'] } }],
    ['activities', { dueAt: { isNull: false }, completedAt: { isNull: true } }],
    ['activities', { subject: { contains: 'call' } }],
    ['activities', { occurredAt: { lt: '2100-01-01T00:00:00Z' }, dealId: { isNull: false } }],
  ];

  it('finds the same records through Prisma and through the SQL path, for every kind of condition', async () => {
    let nonEmpty = 0;
    for (const [list, filter] of FILTERS) {
      const prisma = await walk(list, filter, null, 100);
      const sql = await walk(list, filter, [{ field: 'CUSTOM_FIELD', customFieldKey: 'rank' }], 100);
      expect({ list, filter, ids: [...sql.ids].sort() }).toEqual({ list, filter, ids: [...prisma.ids].sort() });
      expect(sql.totalCount).toBe(prisma.ids.length);
      if (prisma.ids.length > 0) nonEmpty++;
    }
    // The conditions are only compared when they find something: most of them must.
    expect(nonEmpty).toBeGreaterThan(FILTERS.length * 0.7);
  });
});
