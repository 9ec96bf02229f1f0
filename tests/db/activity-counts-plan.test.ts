import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { activityCountsSql } from '../../src/modules/metrics/activity-counts-sql.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createOrganization } from '../helpers/organizations.js';

/** One node of an EXPLAIN (ANALYZE, FORMAT JSON) plan, the fields read here. */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 0, 1);

// Dashboard.activityCounts (activityCountsSql) reads the whole UTC days of its period from
// activity_day_counters and only the partial days at its ends from activities. Here, for an
// organization with 200 activities a day over 60 days, a 30-day period that starts and ends
// mid-day must read no more activities than those of its two partial days, and no scan of
// the table.
describe('activity counts read the activities of the partial days only', () => {
  let app: TestApp;
  let orgId: string;

  beforeAll(async () => {
    app = await startTestApp();
    orgId = (await createOrganization(app, 'ManyActivities')).id;
    await app.owner.query(
      `INSERT INTO activities (org_id, type, subject, occurred_at, deleted_at, updated_at)
       SELECT $1, (enum_range(NULL::activity_type))[1 + n % 6], 'Activity ' || n,
              $2::timestamptz + n * interval '432 seconds', CASE WHEN n % 10 = 0 THEN now() END, now()
         FROM generate_series(0, 60 * 200 - 1) AS n`,
      [orgId, new Date(START).toISOString()],
    );
    await app.owner.query('VACUUM ANALYZE activities');
    await app.owner.query('VACUUM ANALYZE activity_day_counters');
  }, 120_000);
  afterAll(async () => app?.close());

  it('reads the counters for whole days and the rows of the partial days through the (org_id, occurred_at) index', async () => {
    const from = new Date(START + 10 * DAY_MS + 15 * 3_600_000); // 15:00 on day 10
    const to = new Date(START + 40 * DAY_MS + 6 * 3_600_000); // 06:00 on day 40
    const statement = activityCountsSql(orgId, from, to);
    await app.owner.query('BEGIN');
    let plan: PlanNode;
    try {
      await app.owner.query('SET LOCAL ROLE clientflow_api');
      await app.owner.query(`SELECT set_config('app.current_org_id', $1, true)`, [orgId]);
      const { rows } = await app.owner.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`,
        statement.values,
      );
      plan = rows[0]!['QUERY PLAN'][0]!.Plan;
    } finally {
      await app.owner.query('ROLLBACK');
    }
    const nodes: PlanNode[] = [];
    const walk = (node: PlanNode) => {
      nodes.push(node);
      (node.Plans ?? []).forEach(walk);
    };
    walk(plan);
    const onActivities = nodes.filter((node) => node['Relation Name'] === 'activities');
    const activitiesRead = onActivities.reduce(
      (sum, node) => sum + (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0)) * node['Actual Loops'],
      0,
    );
    const [partial] = (
      await app.owner.query<{ n: number; period: number }>(
        `SELECT count(*) FILTER (WHERE occurred_at < $2::timestamptz + interval '9 hours' OR occurred_at >= $3::timestamptz - interval '6 hours')::int AS n,
                count(*)::int AS period
           FROM activities WHERE org_id = $1 AND occurred_at >= $2 AND occurred_at < $3`,
        [orgId, from.toISOString(), to.toISOString()],
      )
    ).rows;
    expect(onActivities.map((node) => node['Node Type'])).not.toContain('Seq Scan');
    expect(nodes.some((node) => node['Relation Name'] === 'activity_day_counters')).toBe(true);
    expect(partial!.period).toBeGreaterThan(5000);
    expect(activitiesRead).toBeLessThanOrEqual(partial!.n);
    expect(activitiesRead).toBeGreaterThan(0);
  });
});
