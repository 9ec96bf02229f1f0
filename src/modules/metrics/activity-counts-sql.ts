import { Prisma } from '../../generated/prisma/client.js';

const DAY_MS = 86_400_000;
const isoDay = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/**
 * Dashboard.activityCounts as one statement (also the bench floor and the plan test use it). The whole UTC days
 * inside [from, to) come from activity_day_counters (one row per day, type and owner), the
 * partial days at either end from the activities themselves (an index range on (org_id,
 * occurred_at)); both breakdowns in one pass: GROUPING SETS, told apart by GROUPING(type). The
 * answer is the same as aggregating the rows of [from, to) (tests/db/activity-day-counters.test.ts)
 * at a cost that grows with the days and owners of the period, not with its activities.
 */
export function activityCountsSql(orgId: string, from: Date, to: Date): Prisma.Sql {
  // Epoch milliseconds are UTC without leap seconds: multiples of a day are UTC midnights.
  const firstWholeDay = Math.ceil(from.getTime() / DAY_MS) * DAY_MS;
  const endOfWholeDays = Math.floor(to.getTime() / DAY_MS) * DAY_MS;
  const whole = firstWholeDay < endOfWholeDays;
  // Without a whole day, the rows of [from, to) and nothing else (empty ranges below).
  const headEnd = whole ? new Date(firstWholeDay) : to;
  const tailStart = whole ? new Date(endOfWholeDays) : to;
  const [dayFrom, dayTo] = whole ? [isoDay(firstWholeDay), isoDay(endOfWholeDays)] : [isoDay(to.getTime()), isoDay(to.getTime())];
  return Prisma.sql`
    WITH counted AS (
      SELECT type, owner_id, count(*) AS n
        FROM activities
       WHERE org_id = ${orgId}::uuid AND deleted_at IS NULL
         AND occurred_at >= ${from.toISOString()}::timestamptz AND occurred_at < ${headEnd.toISOString()}::timestamptz
       GROUP BY type, owner_id
      UNION ALL
      SELECT type, owner_id, count(*)
        FROM activities
       WHERE org_id = ${orgId}::uuid AND deleted_at IS NULL
         AND occurred_at >= ${tailStart.toISOString()}::timestamptz AND occurred_at < ${to.toISOString()}::timestamptz
       GROUP BY type, owner_id
      UNION ALL
      SELECT type, NULLIF(owner_key, '00000000-0000-0000-0000-000000000000'), sum(activity_count)
        FROM activity_day_counters
       WHERE org_id = ${orgId}::uuid AND day >= ${dayFrom}::date AND day < ${dayTo}::date
       GROUP BY type, owner_key
    )
    SELECT GROUPING(type) = 1 AS "byOwner", type::text AS type, owner_id AS "ownerId", sum(n)::int AS count
      FROM counted
     GROUP BY GROUPING SETS ((type), (owner_id))
    -- A counter row stays (at zero) when its activities move away: only groups with activities appear.
    HAVING sum(n) > 0
     ORDER BY count DESC, type, owner_id`;
}
