import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createOrganization } from '../helpers/organizations.js';

// The dashboard's org-wide aggregates (src/modules/metrics/dashboard.ts) read every lead / open
// deal of the organization. The benchmark's large organization is 98 % of those tables, where a
// sequential scan is the cheapest plan (bench/operations.ts allows it for that operation only).
// Here the premise of that allowance is checked: for an organization that is a small part of the
// table, the API role's plans use the (org_id, …) indexes and never scan the table.
const LEAD_FUNNEL = `
  SELECT s.status::text AS status, count(l.id)::int AS count
    FROM unnest(enum_range(NULL::lead_status)) AS s(status)
    LEFT JOIN leads l ON l.org_id = $1::uuid AND l.status = s.status AND l.deleted_at IS NULL
   GROUP BY s.status ORDER BY s.status`;

const PIPELINE_SUMMARY = `
  SELECT s.id, count(d.id)::int, coalesce(sum(d.value), 0)::numeric(16, 2),
         coalesce(round(sum(d.value * coalesce(d.probability, s.probability)) / 100, 2), 0)::numeric(16, 2)
    FROM pipelines p
    JOIN pipeline_stages s ON s.org_id = p.org_id AND s.pipeline_id = p.id
    LEFT JOIN deals d ON d.org_id = s.org_id AND d.stage_id = s.id AND d.status = 'OPEN' AND d.deleted_at IS NULL
   WHERE p.org_id = $1::uuid AND p.is_default AND p.deleted_at IS NULL
   GROUP BY s.id, s.position ORDER BY s.position, s.id`;

describe('dashboard aggregates use the tenant indexes for an organization that is a small part of the table', () => {
  let app: TestApp;
  let smallOrg: string;

  beforeAll(async () => {
    app = await startTestApp();
    const [big, small] = await Promise.all([createOrganization(app, 'BigTenant'), createOrganization(app, 'SmallTenant')]);
    smallOrg = small.id;
    for (const [org, rows] of [
      [big.id, 20000],
      [small.id, 200],
    ] as const) {
      await app.owner.query(
        `INSERT INTO leads (org_id, last_name, status, updated_at)
         SELECT $1, 'Lead ' || n, (enum_range(NULL::lead_status))[1 + n % 5], now() FROM generate_series(1, $2::int) AS n`,
        [org, rows],
      );
      await app.owner.query(
        `INSERT INTO deals (org_id, pipeline_id, stage_id, name, value, updated_at)
         SELECT $1, s.pipeline_id, s.id, 'Deal ' || n, n, now()
           FROM generate_series(1, $2::int) AS n
           JOIN LATERAL (SELECT st.id, st.pipeline_id FROM pipeline_stages st JOIN pipelines p ON p.id = st.pipeline_id
                          WHERE p.org_id = $1 AND p.is_default ORDER BY st.position OFFSET n % 4 LIMIT 1) s ON true`,
        [org, rows],
      );
    }
    await app.owner.query('VACUUM ANALYZE leads');
    await app.owner.query('VACUUM ANALYZE deals');
  }, 120_000);
  afterAll(async () => app?.close());

  /** The plan's nodes, flattened: [node type, relation, index]. */
  const planFor = async (sql: string, orgId: string) => {
    await app.owner.query('BEGIN');
    try {
      await app.owner.query('SET LOCAL ROLE clientflow_api');
      await app.owner.query(`SELECT set_config('app.current_org_id', $1, true)`, [orgId]);
      const { rows } = await app.owner.query(`EXPLAIN (FORMAT JSON) ${sql}`, [orgId]);
      const nodes: { type: string; relation?: string; index?: string }[] = [];
      const walk = (node: any) => {
        nodes.push({ type: node['Node Type'], relation: node['Relation Name'], index: node['Index Name'] });
        (node.Plans ?? []).forEach(walk);
      };
      walk(rows[0]['QUERY PLAN'][0].Plan);
      return nodes;
    } finally {
      await app.owner.query('ROLLBACK');
    }
  };
  const seqScanned = (nodes: { type: string; relation?: string }[]) =>
    nodes.filter((node) => node.type === 'Seq Scan').map((node) => node.relation);

  it('the lead funnel reads the small organization through an index', async () => {
    const nodes = await planFor(LEAD_FUNNEL, smallOrg);
    expect(seqScanned(nodes)).not.toContain('leads');
    expect(nodes.some((node) => node.index?.startsWith('leads_org_id_'))).toBe(true);
  });

  it('the pipeline summary reads the small organization through an index', async () => {
    const nodes = await planFor(PIPELINE_SUMMARY, smallOrg);
    expect(seqScanned(nodes)).not.toContain('deals');
    expect(nodes.some((node) => node.index?.startsWith('deals_org_id_'))).toBe(true);
  });

  it('(the premise of the bench allowance) for the organization that is most of the table, a scan is the cheaper plan', async () => {
    const [big] = (await app.owner.query(`SELECT id FROM organizations WHERE name = 'BigTenant'`)).rows;
    expect(seqScanned(await planFor(LEAD_FUNNEL, big.id))).toContain('leads');
  });
});
