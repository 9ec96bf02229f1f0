import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { measureStatements } from '../helpers/statements.js';

// Custom field filters (src/schema/custom-field-filters.ts) on 100k companies of one organization:
// correct counts, and what they cost. Prisma writes them as jsonb path conditions
// (custom_fields #> '{key}' ...); under RLS PostgreSQL runs them after the tenant policy, on the
// organization's rows read through its (org_id, ...) index (jsonb operators are not LEAKPROOF, so
// no jsonb index could serve them ahead of the policy). CUSTOM_FIELD_TIMINGS=1 prints the median
// of 5 requests per filter (README "Custom fields" has the numbers); CUSTOM_FIELD_PLAN_ROWS sets the size.

const ROWS = Number(process.env.CUSTOM_FIELD_PLAN_ROWS ?? 100_000);
const COMPANIES = /* GraphQL */ `
  query ($filter: CompanyFilter, $orderBy: [CompanyOrder!], $after: String) {
    companies(first: 50, filter: $filter, orderBy: $orderBy, after: $after) {
      totalCount
      pageInfo {
        endCursor
      }
      edges {
        node {
          id
          name
        }
      }
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

describe(`custom field filters on ${ROWS} companies`, () => {
  let app: TestApp;
  let org: TestOrganization;
  const timings: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'FieldPlan');
    for (const input of [
      { key: 'seats', type: 'NUMBER' },
      { key: 'region', type: 'SINGLE_SELECT', options: ['EMEA', 'APAC', 'AMER'] },
      { key: 'products', type: 'MULTI_SELECT', options: ['crm', 'mail', 'phone'] },
      { key: 'renewal', type: 'DATE' },
      { key: 'budget', type: 'MONEY' },
    ]) {
      const created = await org.admin.query(CREATE_FIELD, { input: { entity: 'COMPANY', label: input.key, ...input } });
      expect(created.errors).toBeUndefined();
    }
    // Bulk rows as the owner; replica mode skips the audit and event triggers, which this test is not about.
    await app.owner.query('SET session_replication_role = replica');
    await app.owner.query(
      `INSERT INTO companies (org_id, name, custom_fields, updated_at)
       SELECT $1, 'Company ' || g,
              CASE WHEN g % 10 = 0 THEN '{}'::jsonb ELSE jsonb_build_object(
                'seats', g % 1000,
                'region', (ARRAY['EMEA', 'APAC', 'AMER'])[1 + g % 3],
                'products', CASE WHEN g % 7 = 0 THEN '["crm", "phone"]'::jsonb ELSE '["mail"]'::jsonb END,
                'renewal', to_char(date '2026-01-01' + (g % 365), 'YYYY-MM-DD'),
                'budget', to_char((g * 7919) % 1000000 / 100.0, 'FM999990.00')) END,
              now()
         FROM generate_series(1, $2::int) AS g`,
      [org.id, ROWS],
    );
    await app.owner.query('SET session_replication_role = DEFAULT');
    await app.owner.query('VACUUM ANALYZE companies');
  }, 600_000);
  afterAll(async () => {
    if (process.env.CUSTOM_FIELD_TIMINGS) console.log(`custom field filters on ${ROWS} companies (median of 5):\n${timings.join('\n')}`);
    await app?.close();
  });

  const count = async (where: string) =>
    (await app.owner.query(`SELECT count(*)::int AS n FROM companies WHERE org_id = $1 AND deleted_at IS NULL AND ${where}`, [org.id]))
      .rows[0].n as number;

  const cases: [string, Record<string, unknown>[] | null, string][] = [
    ['no filter (baseline)', null, 'true'],
    [
      'NUMBER seats gte 990',
      [{ key: 'seats', gte: '990' }],
      "jsonb_typeof(custom_fields->'seats') = 'number' AND (custom_fields->>'seats')::int >= 990",
    ],
    ['SINGLE_SELECT region equals APAC', [{ key: 'region', equals: 'APAC' }], "custom_fields->>'region' = 'APAC'"],
    ['MULTI_SELECT products contains phone', [{ key: 'products', contains: 'phone' }], `custom_fields->'products' @> '["phone"]'`],
    ['DATE renewal in January', [{ key: 'renewal', gte: '2026-01-01', lt: '2026-02-01' }], "custom_fields->>'renewal' < '2026-02-01'"],
    ['isSet false', [{ key: 'seats', isSet: false }], "NOT custom_fields ? 'seats'"],
    // MONEY ranges run through the lists' SQL path (src/schema/sql-list.ts), the count too.
    ['MONEY budget gt 9900.00', [{ key: 'budget', gt: '9900.00' }], "(custom_fields->>'budget')::numeric > 9900"],
  ];

  it.each(cases)('%s: the count is right', async (name, customFields, where) => {
    const filter = customFields ? { customFields } : null;
    const durations: number[] = [];
    let companies = { totalCount: -1, edges: [] as unknown[] };
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      const response = await org.viewer.query(COMPANIES, { filter });
      expect(response.errors).toBeUndefined();
      companies = response.data.companies;
      durations.push(performance.now() - started);
    }
    expect(companies.totalCount).toBe(await count(where));
    expect(companies.edges.length).toBe(Math.min(50, companies.totalCount));
    durations.sort((a, b) => a - b);
    timings.push(`  ${name}: ${durations[2]!.toFixed(1)} ms (${companies.totalCount} matches)`);
  });

  // Sorting by a custom field reads every row of the organization (no index can hold a per-tenant
  // JSON key ahead of the policy): a top-N sort of 100k rows, then the next page by keyset.
  const sorts: [string, string, string][] = [
    ['sort by NUMBER seats DESC', 'seats', "(custom_fields->'seats')::numeric DESC NULLS LAST"],
    ['sort by MONEY budget ASC', 'budget', "(custom_fields->>'budget')::numeric ASC NULLS LAST"],
  ];
  it.each(sorts)('%s: the first two pages are in order', async (name, key, orderSql) => {
    const orderBy = [{ field: 'CUSTOM_FIELD', customFieldKey: key, direction: orderSql.includes('DESC') ? 'DESC' : 'ASC' }];
    const durations: number[] = [];
    let first = { totalCount: -1, pageInfo: { endCursor: '' }, edges: [] as { node: { name: string } }[] };
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      const response = await org.viewer.query(COMPANIES, { orderBy });
      expect(response.errors).toBeUndefined();
      first = response.data.companies;
      durations.push(performance.now() - started);
    }
    const second = await org.viewer.query(COMPANIES, { orderBy, after: first.pageInfo.endCursor });
    expect(second.errors).toBeUndefined();
    const { rows } = await app.owner.query(
      `SELECT name FROM companies WHERE org_id = $1 AND deleted_at IS NULL ORDER BY ${orderSql}, id ${orderSql.includes('DESC') ? 'DESC' : 'ASC'} LIMIT 100`,
      [org.id],
    );
    const names = [...first.edges, ...second.data.companies.edges].map((edge: { node: { name: string } }) => edge.node.name);
    expect(names).toEqual(rows.map((row: { name: string }) => row.name));
    durations.sort((a, b) => a - b);
    timings.push(`  ${name}: ${durations[2]!.toFixed(1)} ms per page of 50 (of ${first.totalCount})`);
  });

  it('one statement reads the definitions, once per request, only when customFields is filtered', async () => {
    const plain = await measureStatements(app, org.viewer, COMPANIES, { filter: null });
    const filtered = await measureStatements(app, org.viewer, COMPANIES, { filter: { customFields: [{ key: 'seats', gt: '1' }] } });
    expect(filtered.count).toBe(plain.count + 1);
    expect(filtered.statements.filter((statement) => statement.includes('custom_field_definitions'))).toHaveLength(1);
  });

  // Last: it changes the data. The purge is one UPDATE in the request's transaction; the audit
  // and event triggers fire for every changed row.
  it('purgeCustomFieldValues removes a key from 90% of the rows, 5,000 per call', async () => {
    const { rows } = await app.owner.query("SELECT id FROM custom_field_definitions WHERE org_id = $1 AND key = 'region'", [org.id]);
    const id = Buffer.from(`CustomFieldDefinition:${rows[0].id}`).toString('base64');
    const deleted = await org.admin.query(
      'mutation ($id: ID!) { deleteCustomFieldDefinition(input: { id: $id }) { customFieldDefinition { id } } }',
      { id },
    );
    expect(deleted.errors).toBeUndefined();
    let total = 0;
    let calls = 0;
    let slowest = 0;
    for (let remaining = true; remaining; calls += 1) {
      const started = performance.now();
      const purged = await org.admin.query('mutation ($id: ID!) { purgeCustomFieldValues(input: { id: $id }) { purgedCount remaining } }', {
        id,
      });
      slowest = Math.max(slowest, performance.now() - started);
      expect(purged.errors).toBeUndefined();
      total += purged.data.purgeCustomFieldValues.purgedCount;
      remaining = purged.data.purgeCustomFieldValues.remaining;
    }
    timings.push(`  purgeCustomFieldValues of region on ${total} rows: ${calls} calls, the slowest ${slowest.toFixed(0)} ms`);
    expect(total).toBe(ROWS - ROWS / 10);
    expect(calls).toBe(Math.ceil(total / 5_000));
    expect(await count("custom_fields ? 'region'")).toBe(0);
  });

  it('jsonb operators are not LEAKPROOF: under RLS no jsonb index can run ahead of the policy', async () => {
    const { rows } = await app.owner.query(
      `SELECT proname, proleakproof FROM pg_proc WHERE proname IN ('jsonb_contains', 'jsonb_exists', 'jsonb_eq', 'jsonb_gt') ORDER BY proname`,
    );
    expect(rows.every((row: { proleakproof: boolean }) => row.proleakproof === false)).toBe(true);
    expect(rows).toHaveLength(4);
  });
});
