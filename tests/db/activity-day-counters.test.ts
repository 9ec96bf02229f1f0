/**
 * Dashboard.activityCounts reads per-day counters that triggers keep current
 * (sql/70_dashboard_counters.sql) for the whole UTC days of its period and the activities for
 * the partial days at its ends. Here its statement (activityCountsSql) and the API's answer are
 * compared with the GROUPING SETS aggregate it replaced (the slow path, kept below as the oracle)
 * on random [from, to) windows, after random writes in several organizations: creates, moves of
 * occurredAt across days, type and owner changes, soft deletes, restores, hard deletes, multi-row
 * updates and the removal of a member (which clears the owner of their activities); then under
 * concurrent writers; and after a rebuild.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { LOCAL_APP_PASSWORD, LOCAL_APP_ROLE } from '../../src/db/local-database.js';
import { activityCountsSql } from '../../src/modules/metrics/activity-counts-sql.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { randomSource, type Random } from '../helpers/random.js';
import { encodeGlobalId, run } from '../helpers/tenant-kit.js';

// The slow path: what Dashboard.activityCounts computed from the rows before the counters.
const SLOW_ACTIVITY_COUNTS = `
  SELECT GROUPING(type) = 1 AS "byOwner", type::text AS type, owner_id AS "ownerId", count(*)::int AS count
    FROM activities
   WHERE org_id = $1::uuid AND deleted_at IS NULL
     AND occurred_at >= $2::timestamptz AND occurred_at < $3::timestamptz
   GROUP BY GROUPING SETS ((type), (owner_id))
   ORDER BY count DESC, type, owner_id`;

const ACTIVITY_COUNTS = /* GraphQL */ `
  query ActivityCountsOfPeriod($from: DateTime!, $to: DateTime!) {
    dashboard {
      activityCounts(from: $from, to: $to) {
        byType {
          type
          count
        }
        byOwner {
          user {
            id
          }
          count
        }
      }
    }
  }
`;
const CREATE_ACTIVITY = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }`;
const UPDATE_ACTIVITY = `mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { activity { id } } }`;
const DELETE_ACTIVITY = `mutation ($input: IdInput!) { deleteActivity(input: $input) { __typename } }`;
const RESTORE_ACTIVITY = `mutation ($input: IdInput!) { restoreActivity(input: $input) { __typename } }`;
const REMOVE_MEMBER = `mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { removedMembershipId } }`;

const TYPES = ['CALL', 'EMAIL', 'MEETING', 'NOTE', 'TASK', 'STAGE_CHANGE'] as const;
/** STAGE_CHANGE activities are written by moveDealStage only (here in SQL). */
const API_TYPES = TYPES.slice(0, 5);
const DAY_MS = 86_400_000;
/** The activities fall in the 8 UTC days from this midnight. */
const BASE = Date.UTC(2026, 2, 1);
const SPAN_DAYS = 8;

interface World {
  org: TestOrganization;
  activities: string[];
}

interface CountRow {
  byOwner: boolean;
  type: string | null;
  ownerId: string | null;
  count: number;
}

/** An instant in the span: one in five exactly at a midnight, one in ten a millisecond either side. */
function instant(random: Random): Date {
  const midnight = BASE + random.int(SPAN_DAYS + 1) * DAY_MS;
  const draw = random.next();
  if (draw < 0.2) return new Date(midnight);
  if (draw < 0.3) return new Date(midnight + random.pick([-1, 1]));
  return new Date(BASE - DAY_MS + random.int((SPAN_DAYS + 2) * DAY_MS));
}

/** A random window [from, to): within one day, across a midnight, or across several days. */
function window(random: Random): { from: Date; to: Date } {
  for (;;) {
    const from = instant(random);
    const length = random.pick([1, 3_600_000, DAY_MS / 2, DAY_MS, 2 * DAY_MS, 5 * DAY_MS]) * random.next() + random.int(2) * DAY_MS;
    const to = random.next() < 0.5 ? instant(random) : new Date(from.getTime() + Math.max(1, Math.round(length)));
    if (from.getTime() < to.getTime()) return { from, to };
  }
}

describe('activity day counters give the activity counts of the rows', () => {
  let app: TestApp;
  const worlds: World[] = [];

  const sql = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => (await app.owner.query<T>(text, values)).rows;

  const slowPath = (world: World, from: Date, to: Date) =>
    sql<CountRow>(SLOW_ACTIVITY_COUNTS, [world.org.id, from.toISOString(), to.toISOString()]);
  /** The API's statement, run directly (many windows cost little). */
  const fastStatement = (world: World, from: Date, to: Date) => {
    const statement = activityCountsSql(world.org.id, from, to);
    return sql<CountRow>(statement.text, statement.values);
  };
  /** The API's answer, in the slow path's shape. */
  async function fastApi(world: World, from: Date, to: Date): Promise<CountRow[]> {
    const data = await run(world.org.viewer, ACTIVITY_COUNTS, { from: from.toISOString(), to: to.toISOString() });
    const counts: {
      byType: { type: string; count: number }[];
      byOwner: { user: { id: string } | null; count: number }[];
    } = data.dashboard.activityCounts;
    return [
      ...counts.byType.map((row) => ({ byOwner: false, type: row.type, ownerId: null, count: row.count })),
      ...counts.byOwner.map((row) => ({
        byOwner: true,
        type: null,
        ownerId: row.user ? Buffer.from(row.user.id, 'base64').toString('utf8').split(':')[1]! : null,
        count: row.count,
      })),
    ];
  }
  /** The slow path's rows split the way the API answers (byType, then byOwner). */
  const split = (rows: CountRow[]) => [...rows.filter((row) => !row.byOwner), ...rows.filter((row) => row.byOwner)];

  const owners = async (world: World) =>
    (await sql<{ user_id: string }>('SELECT user_id FROM memberships WHERE org_id = $1 ORDER BY user_id', [world.org.id])).map(
      (row) => row.user_id,
    );

  /** One random write to an activity of `world`, through the API or in SQL. */
  async function randomWrite(world: World, random: Random) {
    const actor = world.org.owner;
    const users = await owners(world);
    const activity = world.activities.length > 0 ? random.pick(world.activities) : null;
    const gid = activity && encodeGlobalId('Activity', activity);
    const ignoreRefusal = (promise: Promise<unknown>) => promise.catch(() => undefined); // e.g. restoring a live activity
    // Creates are drawn three times as often as other writes, so the organizations fill up.
    switch (random.pick([0, 0, 1, 1, ...Array.from({ length: 10 }, (_, kind) => kind)])) {
      case 0: {
        const data = await run(actor, CREATE_ACTIVITY, {
          input: {
            type: random.pick(API_TYPES),
            subject: 'Random',
            occurredAt: instant(random).toISOString(),
            ownerId: random.next() < 0.2 ? null : encodeGlobalId('User', random.pick(users)),
          },
        });
        world.activities.push(Buffer.from(data.createActivity.activity.id, 'base64').toString('utf8').split(':')[1]!);
        return;
      }
      case 1: {
        const rows = await sql<{ id: string }>(
          `INSERT INTO activities (org_id, type, subject, occurred_at, owner_id, deleted_at, updated_at)
           VALUES ($1, $2, 'SQL activity', $3, $4, $5, now()) RETURNING id`,
          [
            world.org.id,
            random.pick(TYPES),
            instant(random),
            random.next() < 0.3 ? null : random.pick(users),
            random.next() < 0.2 ? new Date() : null,
          ],
        );
        world.activities.push(rows[0]!.id);
        return;
      }
      case 2:
        if (gid) await ignoreRefusal(run(actor, UPDATE_ACTIVITY, { input: { id: gid, occurredAt: instant(random).toISOString() } }));
        return;
      case 3:
        if (gid) await ignoreRefusal(run(actor, UPDATE_ACTIVITY, { input: { id: gid, type: random.pick(API_TYPES) } }));
        return;
      case 4: {
        const ownerId = random.next() < 0.3 ? null : encodeGlobalId('User', random.pick(users));
        if (gid) await ignoreRefusal(run(actor, UPDATE_ACTIVITY, { input: { id: gid, ownerId } }));
        return;
      }
      case 5:
        if (gid) await ignoreRefusal(run(actor, DELETE_ACTIVITY, { input: { id: gid } }));
        return;
      case 6:
        if (gid) await ignoreRefusal(run(actor, RESTORE_ACTIVITY, { input: { id: gid } }));
        return;
      case 7:
        if (activity) {
          await sql('DELETE FROM activities WHERE id = $1', [activity]);
          world.activities.splice(world.activities.indexOf(activity), 1);
        }
        return;
      case 8:
        // Many rows in one statement: every activity of one type moved by some hours, another type and owner.
        await sql(
          `UPDATE activities SET occurred_at = occurred_at + $3 * interval '1 hour', type = $4, owner_id = $5, updated_at = now()
            WHERE org_id = $1 AND type = $2`,
          [world.org.id, random.pick(TYPES), random.int(61) - 30, random.pick(TYPES), random.next() < 0.3 ? null : random.pick(users)],
        );
        return;
      default:
        // Soft delete or restore of several activities at once, in SQL.
        await sql(`UPDATE activities SET deleted_at = CASE WHEN deleted_at IS NULL THEN now() END WHERE org_id = $1 AND type = $2`, [
          world.org.id,
          random.pick(TYPES),
        ]);
    }
  }

  beforeAll(async () => {
    app = await startTestApp();
    for (const name of ['ActivitiesA', 'ActivitiesB', 'ActivitiesC'])
      worlds.push({ org: await createOrganization(app, name), activities: [] });
  }, 120_000);
  afterAll(async () => app?.close());

  it('the API role may read the counters and nothing more', async () => {
    const rows = await sql<{ privileges: string }>(
      `SELECT string_agg(privilege_type, ',' ORDER BY privilege_type) AS privileges FROM information_schema.role_table_grants
        WHERE grantee = 'clientflow_app' AND table_name = 'activity_day_counters'`,
    );
    expect(rows).toEqual([{ privileges: 'SELECT' }]);
  });

  it('after 600 random writes and a member removal, every window gives the slow path’s counts', async () => {
    const random = randomSource(20261207);
    for (let step = 0; step < 600; step++) {
      await randomWrite(worlds[step % worlds.length]!, random);
      if (step === 400) {
        // The removed member's activities lose their owner (removeMember clears owner_id).
        for (const world of worlds) {
          const [membership] = await sql<{ id: string }>(`SELECT m.id FROM memberships m WHERE m.org_id = $1 AND m.role = 'MEMBER'`, [
            world.org.id,
          ]);
          await run(world.org.owner, REMOVE_MEMBER, { input: { membershipId: encodeGlobalId('Membership', membership!.id) } });
        }
      }
    }
    let compared = 0;
    for (const world of worlds) {
      const everything = await slowPath(world, new Date(BASE - 2 * DAY_MS), new Date(BASE + (SPAN_DAYS + 2) * DAY_MS));
      expect(everything.some((row) => row.byOwner && row.ownerId === null)).toBe(true); // unowned activities are counted
      expect(everything.filter((row) => row.byOwner).length).toBeGreaterThan(2);
      for (let n = 0; n < 150; n++) {
        const { from, to } = window(random);
        const slow = await slowPath(world, from, to);
        expect({ from, to, rows: await fastStatement(world, from, to) }).toEqual({ from, to, rows: slow });
        if (n % 15 === 0) expect({ from, to, rows: await fastApi(world, from, to) }).toEqual({ from, to, rows: split(slow) });
        if (slow.length > 0) compared++;
      }
    }
    expect(compared).toBeGreaterThan(300); // the comparisons are not of empty answers
  }, 300_000);

  it('concurrent writers of one organization lose no count and do not deadlock', async () => {
    const world = worlds[1]!;
    const [userA, userB] = await owners(world);
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
    const dayOne = new Date(BASE + 3 * DAY_MS + 3_600_000);
    const dayTwo = new Date(BASE + 4 * DAY_MS + 3_600_000);
    try {
      // Each writer, as the API role in its organization: two activities on the same hot counter
      // rows, then one activity moved between the two days, types and owners, in opposite
      // directions on even and odd writers; 20 transactions each.
      await Promise.all(
        clients.map(async (client, writer) => {
          for (let round = 0; round < 20; round++) {
            await client.query('BEGIN');
            await client.query(`SELECT set_config('app.current_org_id', $1, true)`, [world.org.id]);
            await client.query(
              `INSERT INTO activities (org_id, type, subject, occurred_at, owner_id, updated_at)
               VALUES ($1, 'CALL', 'Concurrent', $2, $4, now()), ($1, 'EMAIL', 'Concurrent', $3, $5, now())`,
              [world.org.id, dayOne, dayTwo, userA, userB],
            );
            const [from, to] =
              writer % 2 === 0
                ? [[dayOne, 'CALL', userA] as const, [dayTwo, 'EMAIL', userB] as const]
                : [[dayTwo, 'EMAIL', userB] as const, [dayOne, 'CALL', userA] as const];
            await client.query(
              `UPDATE activities SET occurred_at = $4, type = $5, owner_id = $6
                WHERE org_id = $7 AND id = (SELECT id FROM activities WHERE org_id = $7 AND occurred_at = $1 AND type = $2 AND owner_id = $3
                                             AND subject = 'Concurrent' LIMIT 1)`,
              [...from, ...to, world.org.id],
            );
            await client.query('COMMIT');
          }
        }),
      );
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
    const [from, to] = [new Date(BASE), new Date(BASE + SPAN_DAYS * DAY_MS)];
    const slow = await slowPath(world, from, to);
    expect(slow.filter((row) => !row.byOwner).reduce((sum, row) => sum + row.count, 0)).toBeGreaterThanOrEqual(240);
    expect(await fastStatement(world, from, to)).toEqual(slow);
    // The six writers' counts of the hot key are spread over several slots (the point of them).
    const [slots] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM activity_day_counters WHERE org_id = $1 AND day = $2::date AND type = 'CALL' AND owner_key = $3`,
      [world.org.id, dayOne.toISOString().slice(0, 10), userA],
    );
    expect(slots!.n).toBeGreaterThan(1);
  }, 120_000);

  it('app.rebuild_dashboard_counters recomputes the same counters from the activities', async () => {
    const world = worlds[2]!;
    // The rebuild puts each key's count in slot 0; the sums over the slots are what must not change.
    const counters = () =>
      sql(
        `SELECT day, type, owner_key, sum(activity_count)::int AS n FROM activity_day_counters WHERE org_id = $1
          GROUP BY day, type, owner_key HAVING sum(activity_count) <> 0 ORDER BY day, type, owner_key`,
        [world.org.id],
      );
    const [from, to] = [new Date(BASE), new Date(BASE + SPAN_DAYS * DAY_MS)];
    const before = await counters();
    expect(before.length).toBeGreaterThan(10);
    await sql('DELETE FROM activity_day_counters WHERE org_id = $1', [world.org.id]);
    expect(await fastStatement(world, from, to)).not.toEqual(await slowPath(world, from, to));
    await sql('SELECT app.rebuild_dashboard_counters($1)', [world.org.id]);
    expect(await counters()).toEqual(before);
    expect(await fastStatement(world, from, to)).toEqual(await slowPath(world, from, to));
  });
});
