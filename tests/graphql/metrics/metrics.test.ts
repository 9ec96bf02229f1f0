import { execFile } from 'node:child_process';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { withDatabase } from '../../../src/db/local-database.js';
import type { Actor } from '../../helpers/app.js';
import { useTenants } from '../../helpers/actors.js';
import { build, userIdOf } from '../../helpers/builders.js';
import {
  MetricsCreateAppointmentDocument,
  MetricsCreateMessageDocument,
  MetricsCreatePipelineDocument,
  MetricsDashboardActivityDocument,
  MetricsDashboardCostDocument,
  MetricsDashboardFunnelDocument,
  MetricsDashboardPipelineDocument,
  MetricsDashboardWinRateDocument,
  MetricsDeleteActivityDocument,
  MetricsDeleteDealDocument,
  MetricsDeleteLeadDocument,
  MetricsListDocument,
  MetricsNodeDocument,
  MetricsPipelinesDocument,
  MetricsRefreshDocument,
  type ActivityType,
  type MetricsDashboardCostQueryVariables,
  type MetricsRefreshMutation,
  type RefreshMetricsInput,
} from '../../generated/operations/graphql.js';
import { codes, uuidOf } from '../../helpers/responses.js';
import { run as must } from '../../helpers/tenant-kit.js';

const zeros = {
  leadsCreated: 0,
  dealsCreated: 0,
  dealsWon: 0,
  dealsLost: 0,
  revenueWon: '0.00',
  activitiesLogged: 0,
  appointmentsBooked: 0,
  messagesLogged: 0,
};

describe('daily metrics', () => {
  const { app, org, other } = useTenants('Metrics', { otherTenant: true });
  let wonStage: string;
  let lostStage: string;

  /** Sets a timestamp column the API sets itself (created_at, closed_at) to a known instant. */
  const setTime = (table: string, column: string, globalId: string, at: string) =>
    app.owner.query(`UPDATE ${table} SET ${column} = $2 WHERE id = $1`, [uuidOf(globalId), at]);
  const metricRows = async (orgId: string) =>
    (await app.owner.query('SELECT id::text, day::text FROM daily_metrics WHERE org_id = $1 ORDER BY day', [orgId])).rows;

  async function lead(actor: Actor, createdAt: string) {
    const id = await build.lead(actor, { lastName: 'Metric' });
    await setTime('leads', 'created_at', id, createdAt);
    return id;
  }
  async function deal(value: string, createdAt: string, stageId?: string, closedAt?: string) {
    const id = await build.deal(org.member, { deal: { name: `Deal ${value}`, value, stageId } });
    await setTime('deals', 'created_at', id, createdAt);
    if (closedAt) await setTime('deals', 'closed_at', id, closedAt);
    return id;
  }
  const activity = (occurredAt: string) => build.activity(org.member, { type: 'CALL', subject: 'Metric call', occurredAt });

  beforeAll(async () => {
    const pipeline = (await must(org.owner, MetricsPipelinesDocument)).pipelines.edges[0]!.node;
    wonStage = pipeline.stages.find((stage: { name: string }) => stage.name === 'Won')!.id;
    lostStage = pipeline.stages.find((stage: { name: string }) => stage.name === 'Lost')!.id;

    // Day 1 (2026-10-01): 2 leads (one at each edge of the UTC day), 2 deals created, 2 activities.
    // Day 2: 1 lead, 2 deals created, 2 deals won (3500.50), 1 appointment booked.
    // Day 3: nothing. Day 4: 1 deal lost, 1 activity, 1 message.
    await lead(org.member, '2026-10-01T00:00:00.000Z');
    await lead(org.member, '2026-10-01T23:59:59.999Z');
    await lead(org.member, '2026-10-02T00:00:00.000Z');
    await lead(org.member, '2026-09-30T23:59:59.999Z'); // the day before the range
    await must(org.admin, MetricsDeleteLeadDocument, { id: await lead(org.member, '2026-10-01T12:00:00.000Z') });
    await deal('1000.00', '2026-10-01T08:00:00.000Z', wonStage, '2026-10-02T10:00:00.000Z');
    await deal('2500.50', '2026-10-01T09:00:00.000Z', wonStage, '2026-10-02T11:00:00.000Z');
    await deal('300.00', '2026-10-02T09:00:00.000Z', lostStage, '2026-10-04T09:00:00.000Z');
    await deal('700.00', '2026-10-02T10:00:00.000Z');
    await must(org.admin, MetricsDeleteDealDocument, {
      id: await deal('999.00', '2026-10-01T10:00:00.000Z', wonStage, '2026-10-02T12:00:00.000Z'),
    });
    await activity('2026-10-01T10:00:00.000Z');
    await activity('2026-10-01T12:00:00.000Z');
    await activity('2026-10-04T09:00:00.000Z');
    await must(org.admin, MetricsDeleteActivityDocument, { id: await activity('2026-10-01T13:00:00.000Z') });
    const appointment = await must(org.member, MetricsCreateAppointmentDocument, {
      input: { title: 'Viewing', startsAt: '2026-12-01T10:00:00.000Z', endsAt: '2026-12-01T11:00:00.000Z' },
    });
    await setTime('appointments', 'created_at', appointment.createAppointment.appointment.id, '2026-10-02T15:00:00.000Z');
    await must(org.member, MetricsCreateMessageDocument, {
      input: {
        channel: 'EMAIL',
        direction: 'INBOUND',
        from: 'client@example.test',
        to: ['agent@example.test'],
        body: 'Hello',
        sentAt: '2026-10-04T08:00:00.000Z',
      },
    });
    // The other organization's records on the same days never count for this one.
    await lead(other.member, '2026-10-01T10:00:00.000Z');
    await build.activity(other.member, { type: 'NOTE', subject: 'Other', occurredAt: '2026-10-01T10:00:00.000Z' });
  }, 60_000);

  const EXPECTED = [
    { day: '2026-10-01', ...zeros, leadsCreated: 2, dealsCreated: 2, activitiesLogged: 2 },
    { day: '2026-10-02', ...zeros, leadsCreated: 1, dealsCreated: 2, dealsWon: 2, revenueWon: '3500.50', appointmentsBooked: 1 },
    { day: '2026-10-03', ...zeros },
    { day: '2026-10-04', ...zeros, dealsLost: 1, activitiesLogged: 1, messagesLogged: 1 },
  ];
  const RANGE = { from: '2026-10-01', to: '2026-10-04' };

  it('refreshMetrics recomputes every day of the range from the records (UTC days, deleted records excluded, empty days zero)', async () => {
    const data = await must(org.admin, MetricsRefreshDocument, { input: RANGE });
    expect(data.refreshMetrics.refreshedDays).toBe(4);
    expect(data.refreshMetrics.metrics).toEqual(
      EXPECTED.map((day) => ({ ...day, id: expect.any(String), computedAt: expect.any(String) })),
    );
    expect((await metricRows(org.id)).map((row) => row.day)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
  });

  it('is idempotent: a second run rewrites the same rows (same ids, same numbers)', async () => {
    const first = await must(org.admin, MetricsRefreshDocument, { input: RANGE });
    const rowsBefore = await metricRows(org.id);
    const second = await must(org.owner, MetricsRefreshDocument, { input: RANGE });
    expect(await metricRows(org.id)).toEqual(rowsBefore);
    const strip = (metrics: MetricsRefreshMutation['refreshMetrics']['metrics']) =>
      metrics.map(({ computedAt: _computedAt, ...rest }) => rest);
    expect(strip(second.refreshMetrics.metrics)).toEqual(strip(first.refreshMetrics.metrics));
    for (const [i, metric] of second.refreshMetrics.metrics.entries()) {
      expect(Date.parse(metric.computedAt)).toBeGreaterThanOrEqual(Date.parse(first.refreshMetrics.metrics[i]!.computedAt));
    }
  });

  it('a refresh picks up later changes in place (same row, new numbers)', async () => {
    const before = (await must(org.viewer, MetricsListDocument, RANGE)).metrics.edges.map((edge) => edge.node);
    const extra = await lead(org.member, '2026-10-03T06:00:00.000Z');
    const refreshed = await must(org.admin, MetricsRefreshDocument, { input: { from: '2026-10-03', to: '2026-10-03' } });
    expect(refreshed.refreshMetrics).toMatchObject({
      refreshedDays: 1,
      metrics: [{ id: before[2]!.id, day: '2026-10-03', leadsCreated: 1 }],
    });
    await must(org.admin, MetricsDeleteLeadDocument, { id: extra });
    const again = await must(org.admin, MetricsRefreshDocument, { input: { from: '2026-10-03', to: '2026-10-03' } });
    expect(again.refreshMetrics.metrics).toEqual([{ ...before[2], computedAt: expect.any(String) }]);
  });

  it('metrics lists the stored days of a range oldest first, with totalCount and cursor pagination', async () => {
    const page1 = (await must(org.viewer, MetricsListDocument, { ...RANGE, first: 2 })).metrics;
    expect(page1.totalCount).toBe(4);
    expect(page1.edges.map((edge) => edge.node.day)).toEqual(['2026-10-01', '2026-10-02']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await must(org.viewer, MetricsListDocument, { ...RANGE, first: 2, after: page1.pageInfo.endCursor })).metrics;
    expect(page2.edges.map((edge) => edge.node)).toEqual(
      EXPECTED.slice(2).map((day) => ({ ...day, id: expect.any(String), computedAt: expect.any(String) })),
    );
    expect(page2.pageInfo.hasNextPage).toBe(false);
    // Days never refreshed have no row.
    const unrefreshed = (await must(org.viewer, MetricsListDocument, { from: '2026-09-01', to: '2026-09-30' })).metrics;
    expect(unrefreshed).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('metrics without arguments reads the last 30 days up to today (UTC)', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const refreshed = await must(org.admin, MetricsRefreshDocument, { input: { from: today, to: today } });
    expect(refreshed.refreshMetrics.metrics).toHaveLength(1);
    const all = (await must(org.viewer, MetricsListDocument)).metrics;
    // The October days are older than 30 days (today is late November).
    expect(all.edges.map((edge) => edge.node.day)).toEqual([today]);
    expect(all.totalCount).toBe(1);
    const monthAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
    const explicit = (await must(org.viewer, MetricsListDocument, { from: monthAgo, to: today })).metrics;
    expect(explicit.edges).toEqual(all.edges);
    const onlyTo = (await must(org.viewer, MetricsListDocument, { to: '2026-10-04' })).metrics;
    expect(onlyTo.edges.map((edge) => edge.node.day)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
  });

  it('refuses a bad range with BAD_USER_INPUT and writes nothing', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const cases: [RefreshMetricsInput, string][] = [
      [{ from: '2026-10-05', to: '2026-10-04' }, 'from'],
      [{ from: '2025-01-01', to: '2026-01-02' }, 'to'], // 367 days
      [{ from: '2026-10-01', to: tomorrow }, 'to'],
    ];
    const before = await app.owner.query("SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS h FROM daily_metrics t");
    for (const [input, field] of cases) {
      const response = await org.admin.query(MetricsRefreshDocument, { input });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.extensions!.field).toBe(field);
      expect(response.data).toBeNull();
    }
    expect((await app.owner.query("SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS h FROM daily_metrics t")).rows).toEqual(
      before.rows,
    );
    // 366 days is the limit and is accepted.
    expect((await org.admin.query(MetricsListDocument, { from: '2025-01-01', to: '2026-01-01' })).errors).toBeUndefined();
    for (const [variables, field] of [
      [{ from: '2026-10-05', to: '2026-10-04' }, 'from'],
      [{ from: '2025-01-01', to: '2026-01-02' }, 'to'],
    ] as const) {
      const response = await org.viewer.query(MetricsListDocument, variables);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.extensions!.field).toBe(field);
    }
    expect(codes(await org.admin.query(MetricsRefreshDocument, { input: { from: '2026-02-30', to: '2026-03-01' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('VIEWER and MEMBER read metrics', async () => {
    for (const actor of [org.viewer, org.member]) {
      expect((await actor.query(MetricsListDocument, RANGE)).errors).toBeUndefined();
    }
  });

  it('VIEWER and MEMBER cannot refresh metrics (FORBIDDEN, nothing written)', async () => {
    const before = await metricRows(org.id);
    for (const actor of [org.viewer, org.member]) {
      const response = await actor.query(MetricsRefreshDocument, { input: RANGE });
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.data).toBeNull();
    }
    expect(await metricRows(org.id)).toEqual(before);
  });

  it("another organization's rows and records never count: each refresh and list sees its own", async () => {
    const theirs = await must(other.admin, MetricsRefreshDocument, { input: RANGE });
    expect(theirs.refreshMetrics.metrics.map((m) => [m.day, m.leadsCreated, m.activitiesLogged])).toEqual([
      ['2026-10-01', 1, 1],
      ['2026-10-02', 0, 0],
      ['2026-10-03', 0, 0],
      ['2026-10-04', 0, 0],
    ]);
    const ours = (await must(org.viewer, MetricsListDocument, RANGE)).metrics;
    expect(ours.totalCount).toBe(4);
    expect(ours.edges.map((edge) => edge.node)).toEqual(
      EXPECTED.map((day) => ({ ...day, id: expect.any(String), computedAt: expect.any(String) })),
    );
    const ourIds = new Set((await metricRows(org.id)).map((row) => row.id));
    for (const metric of theirs.refreshMetrics.metrics) expect(ourIds.has(uuidOf(metric.id))).toBe(false);
    const foreign = await org.owner.query(MetricsNodeDocument, { id: theirs.refreshMetrics.metrics[0]!.id });
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data!.node).toBeNull();
  });

  describe('npm run metrics:refresh (the cron script)', () => {
    /** Runs src/scripts/refresh-metrics.ts against this test database; resolves even when it fails. */
    const runScript = (args: string[], env: Record<string, string | undefined>) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        const childEnv = { ...process.env, NODE_OPTIONS: '', DATABASE_URL: undefined, DATABASE_ADMIN_URL: undefined, ...env };
        execFile(
          'node_modules/.bin/tsx',
          ['src/scripts/refresh-metrics.ts', ...args],
          { env: childEnv as NodeJS.ProcessEnv },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
    const urls = () => {
      const appUrl = app.database.pool.options.connectionString!;
      const database = new URL(appUrl).pathname.slice(1);
      return { appUrl, adminUrl: withDatabase(process.env.TEST_ADMIN_DATABASE_URL!, database) };
    };
    const day = async (orgId: string, date: string) =>
      (
        await app.owner.query('SELECT id::text, leads_created, activities_logged FROM daily_metrics WHERE org_id = $1 AND day = $2', [
          orgId,
          date,
        ])
      ).rows[0];

    it('refreshes every organization (listed with DATABASE_ADMIN_URL, written through the RLS-bound DATABASE_URL)', async () => {
      const { appUrl, adminUrl } = urls();
      const result = await runScript(['--from', '2026-09-29', '--to', '2026-09-30'], {
        DATABASE_URL: appUrl,
        DATABASE_ADMIN_URL: adminUrl,
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`${org.id}: refreshed 2 day(s) 2026-09-29..2026-09-30`);
      expect(result.stdout).toContain(`${other.id}: refreshed 2 day(s) 2026-09-29..2026-09-30`);
      expect(await day(org.id, '2026-09-30')).toMatchObject({ leads_created: 1, activities_logged: 0 });
      expect(await day(org.id, '2026-09-29')).toMatchObject({ leads_created: 0 });
      expect(await day(other.id, '2026-09-30')).toMatchObject({ leads_created: 0 });
      // The same rows as the mutation writes: the API answers them.
      const listed = await must(org.viewer, MetricsListDocument, { from: '2026-09-29', to: '2026-09-30' });
      expect(listed.metrics.edges.map((edge) => [edge.node.day, edge.node.leadsCreated])).toEqual([
        ['2026-09-29', 0],
        ['2026-09-30', 1],
      ]);
    }, 30_000);

    it('--org refreshes only the organizations named (with DATABASE_URL alone)', async () => {
      const { appUrl } = urls();
      const before = await day(org.id, '2026-09-28');
      const result = await runScript(['--org', other.id, '--from', '2026-09-28', '--to', '2026-09-28'], { DATABASE_URL: appUrl });
      expect(result.code).toBe(0);
      expect(await day(other.id, '2026-09-28')).toMatchObject({ leads_created: 0 });
      expect(await day(org.id, '2026-09-28')).toEqual(before);
    }, 60_000);

    it('bad arguments exit with 2 and print the usage', async () => {
      const { appUrl } = urls();
      for (const args of [
        ['--from', '2026-10-05', '--to', '2026-10-04'],
        ['--org', 'not-a-uuid'],
      ]) {
        const bad = await runScript(args, { DATABASE_URL: appUrl });
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('usage: npm run metrics:refresh');
      }
    }, 60_000);

    it('without --org it needs DATABASE_ADMIN_URL (exit 2)', async () => {
      const { appUrl } = urls();
      const withoutAdmin = await runScript([], { DATABASE_URL: appUrl });
      expect(withoutAdmin.code).toBe(2);
      expect(withoutAdmin.stderr).toContain('DATABASE_ADMIN_URL');
    }, 60_000);
  });

  it('the app role cannot delete metric rows (computed, never removed by the API)', async () => {
    const client = await app.database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.current_org_id', $1, true)", [org.id]);
      await expect(client.query('DELETE FROM daily_metrics')).rejects.toThrow(/permission denied/);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});

describe('dashboard', () => {
  const { app, org, other } = useTenants('Dash', { otherTenant: true });
  let stages: { id: string; name: string }[];
  const stage = (name: string) => stages.find((s) => s.name === name)!.id;
  const setTime = (table: string, column: string, globalId: string, at: string) =>
    app.owner.query(`UPDATE ${table} SET ${column} = $2 WHERE id = $1`, [uuidOf(globalId), at]);

  const deal = (actor: Actor, fields: Record<string, unknown>) => build.deal(actor, { deal: { name: 'Dash deal', ...fields } });
  let ownerId: string;
  let memberId: string;
  let otherPipeline: { id: string; stages: { id: string; name: string }[] };

  beforeAll(async () => {
    stages = (await must(org.owner, MetricsPipelinesDocument)).pipelines.edges[0]!.node.stages;
    ownerId = await userIdOf(org.owner);
    memberId = await userIdOf(org.member);

    // Open deals of the default pipeline.
    await deal(org.member, { value: '1000.00', stageId: stage('Lead in') }); // 10% → 100.00
    await deal(org.member, { value: '500.00', probability: 30, stageId: stage('Lead in') }); // own 30% → 150.00
    await deal(org.member, { value: '333.33', stageId: stage('Qualified') }); // 25% → 83.3325 → 83.33
    await deal(org.member, { value: '2000.10', stageId: stage('Proposal') }); // 50% → 1000.05
    await must(org.admin, MetricsDeleteDealDocument, { id: await deal(org.member, { value: '999.99', stageId: stage('Proposal') }) });
    // Closed deals: in June 1 won, 1 lost (+1 deleted won); 1 won in July.
    await setTime('deals', 'closed_at', await deal(org.member, { value: '5000.00', stageId: stage('Won') }), '2026-06-10T12:00:00.000Z');
    await setTime('deals', 'closed_at', await deal(org.member, { value: '100.00', stageId: stage('Lost') }), '2026-06-20T12:00:00.000Z');
    await setTime('deals', 'closed_at', await deal(org.member, { value: '10.00', stageId: stage('Won') }), '2026-07-05T12:00:00.000Z');
    const deletedWon = await deal(org.member, { value: '10.00', stageId: stage('Won') });
    await setTime('deals', 'closed_at', deletedWon, '2026-06-11T12:00:00.000Z');
    await must(org.admin, MetricsDeleteDealDocument, { id: deletedWon });
    // A second pipeline.
    otherPipeline = (
      await must(org.admin, MetricsCreatePipelineDocument, {
        input: {
          name: 'Rentals',
          stages: [
            { name: 'Open', probability: 20 },
            { name: 'Signed', probability: 100, kind: 'WON' },
          ],
        },
      })
    ).createPipeline.pipeline;
    await deal(org.member, { value: '50.00', pipelineId: otherPipeline.id });

    // Activities on 2026-05-01: CALL ×2 (owner, member), EMAIL (member), NOTE (nobody); one deleted, one outside.
    const act = async (type: ActivityType, owner: string | null, occurredAt = '2026-05-01T10:00:00.000Z') =>
      await build.activity(org.owner, { type, subject: `${type} x`, ownerId: owner, occurredAt });
    await act('CALL', ownerId);
    await act('CALL', memberId);
    await act('EMAIL', memberId);
    await act('NOTE', null);
    await must(org.admin, MetricsDeleteActivityDocument, { id: await act('CALL', memberId) });
    await act('CALL', memberId, '2026-05-02T00:00:00.000Z');

    // Leads: NEW ×2, CONTACTED, QUALIFIED; one deleted NEW.
    for (const status of ['NEW', 'NEW', 'CONTACTED', 'QUALIFIED'] as const) await build.lead(org.member, { lastName: 'Funnel', status });
    const gone = await build.lead(org.member, { lastName: 'Gone' });
    await must(org.admin, MetricsDeleteLeadDocument, { id: gone });

    // The other organization has the same kinds of records; none of them may count here.
    const otherStages = (await must(other.owner, MetricsPipelinesDocument)).pipelines.edges[0]!.node.stages;
    await deal(other.member, { value: '777.00', stageId: otherStages[0]!.id });
    await setTime(
      'deals',
      'closed_at',
      await deal(other.member, { value: '1.00', stageId: otherStages.find((s) => s.name === 'Won')!.id }),
      '2026-06-15T00:00:00.000Z',
    );
    await build.activity(other.member, { type: 'CALL', subject: 'Other', occurredAt: '2026-05-01T10:00:00.000Z' });
    await build.lead(other.member, { lastName: 'Other', status: 'UNQUALIFIED' });
  }, 60_000);

  it('pipelineSummary: every stage of the default pipeline in order, open deals counted, summed and weighted exactly', async () => {
    const data = await must(org.viewer, MetricsDashboardPipelineDocument);
    expect(data.dashboard.pipelineSummary).toEqual([
      { stage: { id: stage('Lead in'), name: 'Lead in', position: 0 }, dealCount: 2, totalValue: '1500.00', weightedValue: '250.00' },
      { stage: { id: stage('Qualified'), name: 'Qualified', position: 1 }, dealCount: 1, totalValue: '333.33', weightedValue: '83.33' },
      { stage: { id: stage('Proposal'), name: 'Proposal', position: 2 }, dealCount: 1, totalValue: '2000.10', weightedValue: '1000.05' },
      { stage: { id: stage('Negotiation'), name: 'Negotiation', position: 3 }, dealCount: 0, totalValue: '0.00', weightedValue: '0.00' },
      { stage: { id: stage('Won'), name: 'Won', position: 4 }, dealCount: 0, totalValue: '0.00', weightedValue: '0.00' },
      { stage: { id: stage('Lost'), name: 'Lost', position: 5 }, dealCount: 0, totalValue: '0.00', weightedValue: '0.00' },
    ]);
  });

  it('pipelineSummary(pipelineId) summarizes that pipeline; a wrong id is BAD_USER_INPUT, another organization’s NOT_FOUND', async () => {
    const data = await must(org.viewer, MetricsDashboardPipelineDocument, { pipelineId: otherPipeline.id });
    expect(data.dashboard.pipelineSummary).toEqual([
      { stage: { id: otherPipeline.stages[0]!.id, name: 'Open', position: 0 }, dealCount: 1, totalValue: '50.00', weightedValue: '10.00' },
      { stage: { id: otherPipeline.stages[1]!.id, name: 'Signed', position: 1 }, dealCount: 0, totalValue: '0.00', weightedValue: '0.00' },
    ]);
    const wrongType = await org.viewer.query(MetricsDashboardPipelineDocument, { pipelineId: stage('Won') });
    expect(codes(wrongType)).toEqual(['BAD_USER_INPUT']);
    expect(wrongType.errors![0]!.extensions!.field).toBe('pipelineId');
    const theirs = (await must(other.owner, MetricsPipelinesDocument)).pipelines.edges[0]!.node.id;
    expect(codes(await org.viewer.query(MetricsDashboardPipelineDocument, { pipelineId: theirs }))).toEqual(['NOT_FOUND']);
  });

  it('winRate counts deals closed in [from, to) by closedAt; rate is null when none closed', async () => {
    const june = await must(org.viewer, MetricsDashboardWinRateDocument, { from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' });
    expect(june.dashboard.winRate).toEqual({ won: 1, lost: 1, rate: 0.5 });
    const summer = await must(org.viewer, MetricsDashboardWinRateDocument, {
      from: '2026-06-01T00:00:00Z',
      to: '2026-07-05T12:00:00.001Z',
    });
    expect(summer.dashboard.winRate).toEqual({ won: 2, lost: 1, rate: 2 / 3 });
    const edge = await must(org.viewer, MetricsDashboardWinRateDocument, { from: '2026-06-01T00:00:00Z', to: '2026-07-05T12:00:00.000Z' });
    expect(edge.dashboard.winRate).toEqual({ won: 1, lost: 1, rate: 0.5 });
    const empty = await must(org.viewer, MetricsDashboardWinRateDocument, { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' });
    expect(empty.dashboard.winRate).toEqual({ won: 0, lost: 0, rate: null });
    const backwards = await org.viewer.query(MetricsDashboardWinRateDocument, { from: '2026-07-01T00:00:00Z', to: '2026-06-01T00:00:00Z' });
    expect(codes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.errors![0]!.extensions!.field).toBe('from');
  });

  it('activityCounts: per type and per owner (null owner included), most first, deleted and out-of-period excluded', async () => {
    const data = await must(org.viewer, MetricsDashboardActivityDocument, { from: '2026-05-01T00:00:00Z', to: '2026-05-02T00:00:00Z' });
    const { byType, byOwner } = data.dashboard.activityCounts;
    expect(byType).toEqual([
      { type: 'CALL', count: 2 },
      { type: 'EMAIL', count: 1 },
      { type: 'NOTE', count: 1 },
    ]);
    expect(byOwner[0]).toEqual({ user: { id: memberId }, count: 2 });
    expect(byOwner.slice(1)).toEqual(
      expect.arrayContaining([
        { user: { id: ownerId }, count: 1 },
        { user: null, count: 1 },
      ]),
    );
    expect(byOwner).toHaveLength(3);
    const none = await must(org.viewer, MetricsDashboardActivityDocument, { from: '2020-01-01T00:00:00Z', to: '2020-01-02T00:00:00Z' });
    expect(none.dashboard.activityCounts).toEqual({ byType: [], byOwner: [] });
  });

  it('leadFunnel: every status in funnel order, zeros included, deleted leads excluded', async () => {
    const data = await must(org.viewer, MetricsDashboardFunnelDocument);
    expect(data.dashboard.leadFunnel).toEqual([
      { status: 'NEW', count: 2 },
      { status: 'CONTACTED', count: 1 },
      { status: 'QUALIFIED', count: 1 },
      { status: 'UNQUALIFIED', count: 0 },
      { status: 'CONVERTED', count: 0 },
      { status: 'LOST', count: 0 },
    ]);
  });

  it('the dashboard costs the same number of statements whatever the number of stages', async () => {
    const measure = async (variables: MetricsDashboardCostQueryVariables) => {
      app.database.statements.reset();
      expect((await org.viewer.query(MetricsDashboardCostDocument, variables)).errors).toBeUndefined();
      return app.database.statements.count;
    };
    const six = await measure({});
    const two = await measure({ pipelineId: otherPipeline.id });
    expect(six).toBe(two);
    // BEGIN + begin_request, the two aggregates, one batched load each for the stages and the users, COMMIT.
    expect(six).toBe(6);
  });
});
