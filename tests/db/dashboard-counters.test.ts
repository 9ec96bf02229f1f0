/**
 * The dashboard's pipeline summary and lead funnel come from counters that triggers keep current
 * (sql/70_dashboard_counters.sql). Here they are compared with the aggregates they replace (the
 * slow path, kept below as the oracle) after random writes in several organizations: creates,
 * value, currency and probability changes, stage moves, status changes, soft deletes, restores,
 * hard deletes and multi-row updates, some through the API (RLS, the API role, the SECURITY
 * DEFINER triggers), some in SQL; then under concurrent writers; and after a rebuild.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { LOCAL_APP_PASSWORD, LOCAL_APP_ROLE } from '../../src/db/local-database.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { randomSource, type Random } from '../helpers/random.js';
import { encodeGlobalId, run } from '../helpers/tenant-kit.js';

// The slow path: what Dashboard.pipelineSummary and Dashboard.leadFunnel computed from the
// records before the counters (src/modules/metrics/dashboard.ts), for every pipeline.
const SLOW_PIPELINE_SUMMARY = `
  SELECT s.id AS "stageId", count(d.id)::int AS "dealCount",
         coalesce(sum(d.value), 0)::numeric(16, 2)::text AS "totalValue",
         coalesce(round(sum(d.value * coalesce(d.probability, s.probability)) / 100, 2), 0)::numeric(16, 2)::text AS "weightedValue"
    FROM pipeline_stages s
    LEFT JOIN deals d ON d.org_id = s.org_id AND d.stage_id = s.id AND d.status NOT IN ('WON', 'LOST') AND d.deleted_at IS NULL
   WHERE s.org_id = $1 AND s.pipeline_id = $2
   GROUP BY s.id, s.position ORDER BY s.position, s.id`;
const SLOW_LEAD_FUNNEL = `
  SELECT s.status::text AS status, count(l.id)::int AS count
    FROM unnest(enum_range(NULL::lead_status)) AS s(status)
    LEFT JOIN leads l ON l.org_id = $1 AND l.status = s.status AND l.deleted_at IS NULL
   GROUP BY s.status ORDER BY s.status`;

const DASHBOARD = /* GraphQL */ `
  query CountersDashboard($pipelineId: ID) {
    dashboard {
      pipelineSummary(pipelineId: $pipelineId) {
        stage {
          id
        }
        dealCount
        totalValue
        weightedValue
      }
      leadFunnel {
        status
        count
      }
    }
  }
`;
const CREATE_DEAL = `mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`;
const UPDATE_DEAL = `mutation ($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id } } }`;
const MOVE_DEAL = `mutation ($input: MoveDealStageInput!) { moveDealStage(input: $input) { deal { id } } }`;
const DELETE_DEAL = `mutation ($input: IdInput!) { deleteDeal(input: $input) { __typename } }`;
const RESTORE_DEAL = `mutation ($input: IdInput!) { restoreDeal(input: $input) { __typename } }`;
const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }`;
const UPDATE_LEAD = `mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { lead { id } } }`;
const DELETE_LEAD = `mutation ($input: IdInput!) { deleteLead(input: $input) { __typename } }`;
const RESTORE_LEAD = `mutation ($input: IdInput!) { restoreLead(input: $input) { __typename } }`;

const LEAD_STATUSES = ['NEW', 'CONTACTED', 'QUALIFIED', 'UNQUALIFIED', 'CONVERTED'] as const;
const CURRENCIES = ['USD', 'EUR', 'JPY'] as const;

interface World {
  org: TestOrganization;
  /** Each pipeline's stage ids (the default pipeline first). */
  pipelines: { id: string; stages: string[] }[];
  deals: string[];
  leads: string[];
}

describe('dashboard counters equal the aggregates they replace', () => {
  let app: TestApp;
  const worlds: World[] = [];

  const sql = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => (await app.owner.query<T>(text, values)).rows;

  async function slowPath(world: World) {
    const pipelines = [];
    for (const pipeline of world.pipelines) pipelines.push(await sql(SLOW_PIPELINE_SUMMARY, [world.org.id, pipeline.id]));
    return { pipelines, funnel: await sql(SLOW_LEAD_FUNNEL, [world.org.id]) };
  }

  /** The API's answer (the counters), in the slow path's shape. */
  async function fastPath(world: World) {
    const pipelines = [];
    let funnel: unknown;
    for (const pipeline of world.pipelines) {
      const data = await run(world.org.viewer, DASHBOARD, { pipelineId: encodeGlobalId('Pipeline', pipeline.id) });
      pipelines.push(
        data.dashboard.pipelineSummary.map(
          (row: { stage: { id: string }; dealCount: number; totalValue: string; weightedValue: string }) => ({
            stageId: Buffer.from(row.stage.id, 'base64').toString('utf8').split(':')[1],
            dealCount: row.dealCount,
            totalValue: row.totalValue,
            weightedValue: row.weightedValue,
          }),
        ),
      );
      funnel = data.dashboard.leadFunnel;
    }
    return { pipelines, funnel };
  }

  const money = (random: Random) => (random.int(10_000_000) / 100).toFixed(2);
  const probability = (random: Random) => (random.next() < 0.4 ? null : random.int(101));

  /** One random write to a deal or a lead of `world`, through the API or in SQL. */
  async function randomWrite(world: World, random: Random) {
    const actor = world.org.owner;
    const pipeline = random.pick(world.pipelines);
    const deal = world.deals.length > 0 ? random.pick(world.deals) : null;
    const lead = world.leads.length > 0 ? random.pick(world.leads) : null;
    const dealGid = deal && encodeGlobalId('Deal', deal);
    const leadGid = lead && encodeGlobalId('Lead', lead);
    const ignoreRefusal = (promise: Promise<unknown>) => promise.catch(() => undefined); // e.g. restoring a live deal
    // Creates are drawn twice as often as other writes, so the organizations fill up.
    const kinds = [0, 1, 10, 11, ...Array.from({ length: 16 }, (_, kind) => kind)];
    switch (random.pick(kinds)) {
      case 0: {
        const data = await run(actor, CREATE_DEAL, {
          input: {
            deal: {
              name: 'Random',
              value: money(random),
              currency: random.pick(CURRENCIES),
              probability: probability(random),
              pipelineId: encodeGlobalId('Pipeline', pipeline.id),
              stageId: encodeGlobalId('PipelineStage', random.pick(pipeline.stages)),
            },
          },
        });
        world.deals.push(Buffer.from(data.createDeal.deal.id, 'base64').toString('utf8').split(':')[1]!);
        return;
      }
      case 1: {
        const rows = await sql<{ id: string }>(
          `INSERT INTO deals (org_id, pipeline_id, stage_id, name, value, currency, probability, status, deleted_at, updated_at)
           VALUES ($1, $2, $3, 'SQL deal', $4, $5, $6, $7, $8, now()) RETURNING id`,
          [
            world.org.id,
            pipeline.id,
            random.pick(pipeline.stages),
            money(random),
            random.pick(CURRENCIES),
            probability(random),
            random.pick(['OPEN', 'OPEN', 'ON_HOLD', 'WON', 'LOST']),
            random.next() < 0.2 ? new Date() : null,
          ],
        );
        world.deals.push(rows[0]!.id);
        return;
      }
      case 2:
        if (dealGid)
          await ignoreRefusal(run(actor, UPDATE_DEAL, { input: { id: dealGid, value: money(random), currency: random.pick(CURRENCIES) } }));
        return;
      case 3:
        // Probability, sometimes with a pause or a resume (refused for a closed deal).
        if (dealGid)
          await ignoreRefusal(
            run(actor, UPDATE_DEAL, {
              input: {
                id: dealGid,
                probability: probability(random),
                ...(random.next() < 0.3 ? { status: random.pick(['OPEN', 'ON_HOLD']) } : {}),
              },
            }),
          );
        return;
      case 4: {
        if (!deal) return;
        const [row] = await sql<{ pipeline_id: string }>('SELECT pipeline_id FROM deals WHERE id = $1', [deal]);
        const stages = world.pipelines.find((candidate) => candidate.id === row!.pipeline_id)!.stages;
        await ignoreRefusal(
          run(actor, MOVE_DEAL, { input: { dealId: dealGid, stageId: encodeGlobalId('PipelineStage', random.pick(stages)) } }),
        );
        return;
      }
      case 5:
        if (dealGid) await ignoreRefusal(run(actor, DELETE_DEAL, { input: { id: dealGid } }));
        return;
      case 6:
        if (dealGid) await ignoreRefusal(run(actor, RESTORE_DEAL, { input: { id: dealGid } }));
        return;
      case 7:
        // Status and value together, in SQL (WON/LOST the API sets only through stage moves).
        if (deal)
          await sql(`UPDATE deals SET status = $2, value = $3, updated_at = now() WHERE id = $1`, [
            deal,
            random.pick(['OPEN', 'ON_HOLD', 'WON', 'LOST']),
            money(random),
          ]);
        return;
      case 8:
        if (deal) {
          await sql('DELETE FROM activities WHERE deal_id = $1', [deal]);
          await sql('DELETE FROM deals WHERE id = $1', [deal]);
          world.deals.splice(world.deals.indexOf(deal), 1);
        }
        return;
      case 9: {
        // Many rows in one statement: every deal of one stage to another stage of its pipeline.
        const [from, to] = [random.pick(pipeline.stages), random.pick(pipeline.stages)];
        await sql('UPDATE deals SET stage_id = $2, updated_at = now() WHERE org_id = $3 AND stage_id = $1', [from, to, world.org.id]);
        return;
      }
      case 10: {
        const data = await run(actor, CREATE_LEAD, { input: { lastName: 'Random', status: random.pick(LEAD_STATUSES.slice(0, 4)) } });
        world.leads.push(Buffer.from(data.createLead.lead.id, 'base64').toString('utf8').split(':')[1]!);
        return;
      }
      case 11: {
        const rows = await sql<{ id: string }>(
          `INSERT INTO leads (org_id, last_name, status, deleted_at, updated_at) VALUES ($1, 'SQL lead', $2, $3, now()) RETURNING id`,
          [world.org.id, random.pick(LEAD_STATUSES), random.next() < 0.2 ? new Date() : null],
        );
        world.leads.push(rows[0]!.id);
        return;
      }
      case 12:
        if (leadGid)
          await ignoreRefusal(run(actor, UPDATE_LEAD, { input: { id: leadGid, status: random.pick(LEAD_STATUSES.slice(0, 4)) } }));
        return;
      case 13:
        if (leadGid) await ignoreRefusal(run(actor, random.next() < 0.5 ? DELETE_LEAD : RESTORE_LEAD, { input: { id: leadGid } }));
        return;
      case 14:
        if (lead) {
          await sql('UPDATE deals SET lead_id = NULL WHERE lead_id = $1', [lead]);
          await sql('DELETE FROM activities WHERE lead_id = $1', [lead]);
          await sql('DELETE FROM leads WHERE id = $1', [lead]);
          world.leads.splice(world.leads.indexOf(lead), 1);
        }
        return;
      default:
        // Soft delete or restore of several leads at once.
        await sql(`UPDATE leads SET deleted_at = CASE WHEN deleted_at IS NULL THEN now() END WHERE org_id = $1 AND status = $2`, [
          world.org.id,
          random.pick(LEAD_STATUSES),
        ]);
    }
  }

  beforeAll(async () => {
    app = await startTestApp();
    for (const name of ['CountersA', 'CountersB', 'CountersC']) {
      const org = await createOrganization(app, name);
      // A second pipeline with its own stages: the summary is per pipeline.
      const [second] = await app.owner
        .query<{ id: string }>(`INSERT INTO pipelines (org_id, name, updated_at) VALUES ($1, 'Second', now()) RETURNING id`, [org.id])
        .then((result) => result.rows);
      await app.owner.query(
        `INSERT INTO pipeline_stages (org_id, pipeline_id, name, position, probability, updated_at)
         SELECT $1, $2, 'Step ' || n, n, n * 30, now() FROM generate_series(0, 2) AS n`,
        [org.id, second!.id],
      );
      const pipelines = await sql<{ id: string; stages: string[] }>(
        `SELECT p.id, array_agg(s.id ORDER BY s.position) AS stages FROM pipelines p JOIN pipeline_stages s ON s.pipeline_id = p.id
          WHERE p.org_id = $1 GROUP BY p.id, p.is_default ORDER BY p.is_default DESC`,
        [org.id],
      );
      worlds.push({ org, pipelines, deals: [], leads: [] });
    }
  }, 120_000);
  afterAll(async () => app?.close());

  it('the API role may read the counters and nothing more', async () => {
    const rows = await sql<{ privileges: string }>(
      `SELECT string_agg(privilege_type, ',' ORDER BY privilege_type) AS privileges FROM information_schema.role_table_grants
        WHERE grantee = 'clientflow_app' AND table_name = ANY('{stage_deal_counters,lead_status_counters}') GROUP BY table_name`,
    );
    expect(rows).toEqual([{ privileges: 'SELECT' }, { privileges: 'SELECT' }]);
  });

  it('after 600 random writes in three organizations, every number is the slow path’s', async () => {
    const random = randomSource(20261206);
    for (let step = 0; step < 600; step++) await randomWrite(worlds[step % worlds.length]!, random);
    for (const world of worlds) {
      const slow = await slowPath(world);
      expect(slow.pipelines.flat().some((row) => Number(row.dealCount) > 0)).toBe(true); // the comparison is not of zeros
      expect(await fastPath(world)).toEqual(slow);
    }
    // Changing a stage's probability reweights its deals without a counter write.
    const world = worlds[0]!;
    await sql('UPDATE pipeline_stages SET probability = 77 WHERE pipeline_id = $1', [world.pipelines[0]!.id]);
    expect(await fastPath(world)).toEqual(await slowPath(world));
  }, 300_000);

  it('concurrent writers of one organization lose no count and do not deadlock', async () => {
    const world = worlds[1]!;
    const [stageA, stageB] = world.pipelines[0]!.stages;
    const apiUrl = new URL(app.ownerUrl);
    apiUrl.username = LOCAL_APP_ROLE;
    apiUrl.password = LOCAL_APP_PASSWORD;
    const clients = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const client = new pg.Client({ connectionString: apiUrl.href });
        await client.connect();
        return client;
      }),
    );
    try {
      // Each writer, as the API role in its organization: creates deals in A and B and moves
      // deals in both directions (A → B on even writers, B → A on odd ones), 20 transactions each.
      await Promise.all(
        clients.map(async (client, writer) => {
          for (let round = 0; round < 20; round++) {
            await client.query('BEGIN');
            await client.query(`SELECT set_config('app.current_org_id', $1, true)`, [world.org.id]);
            await client.query(
              `INSERT INTO deals (org_id, pipeline_id, stage_id, name, value, updated_at)
               VALUES ($1, $2, $3, 'Concurrent', 10.5, now()), ($1, $2, $4, 'Concurrent', 2.25, now())`,
              [world.org.id, world.pipelines[0]!.id, stageA, stageB],
            );
            const [from, to] = writer % 2 === 0 ? [stageA, stageB] : [stageB, stageA];
            await client.query(
              `UPDATE deals SET stage_id = $2 WHERE id = (SELECT id FROM deals WHERE org_id = $3 AND stage_id = $1 AND name = 'Concurrent' LIMIT 1)`,
              [from, to, world.org.id],
            );
            await client.query('COMMIT');
          }
        }),
      );
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
    expect(await fastPath(world)).toEqual(await slowPath(world));
  }, 120_000);

  it('app.rebuild_dashboard_counters recomputes the same counters from the records', async () => {
    const world = worlds[2]!;
    const counters = () => sql('SELECT * FROM stage_deal_counters WHERE org_id = $1 AND deal_count > 0 ORDER BY stage_id', [world.org.id]);
    const leadCounters = () =>
      sql('SELECT * FROM lead_status_counters WHERE org_id = $1 AND lead_count > 0 ORDER BY status', [world.org.id]);
    const before = [await counters(), await leadCounters()];
    await sql('DELETE FROM stage_deal_counters WHERE org_id = $1', [world.org.id]);
    await sql('DELETE FROM lead_status_counters WHERE org_id = $1', [world.org.id]);
    expect(await fastPath(world)).not.toEqual(await slowPath(world));
    await sql('SELECT app.rebuild_dashboard_counters($1)', [world.org.id]);
    expect([await counters(), await leadCounters()]).toEqual(before);
    expect(await fastPath(world)).toEqual(await slowPath(world));
  });
});
