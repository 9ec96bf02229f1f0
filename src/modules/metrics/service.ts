import { Prisma, type PrismaClient } from '../../generated/prisma/client.js';
import type { TransactionClient } from '../../db/request-transaction.js';
import { badInput } from '../../schema/errors.js';

/** The longest range `metrics` and `refreshMetrics` accept, in days (a leap year). */
export const MAX_METRIC_DAYS = 366;
/** `metrics` without `from`: this many days ending with `to`. */
export const DEFAULT_METRIC_DAYS = 30;

const DAY_MS = 86_400_000;

/** An inclusive range of UTC calendar days; both ends are UTC midnights. */
export interface DayRange {
  from: Date;
  to: Date;
}

/** Today as a UTC calendar day (metrics days are UTC days). */
export function todayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export const addDays = (day: Date, days: number) => new Date(day.getTime() + days * DAY_MS);
export const isoDay = (day: Date) => day.toISOString().slice(0, 10);
export const daysIn = (range: DayRange) => Math.round((range.to.getTime() - range.from.getTime()) / DAY_MS) + 1;

/** Checks an inclusive day range: from <= to, at most MAX_METRIC_DAYS days. */
export function checkDayRange(range: DayRange): DayRange {
  if (range.from.getTime() > range.to.getTime()) throw badInput('from must be on or before to', 'from');
  if (daysIn(range) > MAX_METRIC_DAYS) throw badInput(`The range may cover at most ${MAX_METRIC_DAYS} days`, 'to');
  return range;
}

type Db = TransactionClient | PrismaClient;

/**
 * Recomputes the daily metrics of one organization for every day of `range` from the source
 * tables, in one statement: each source is aggregated once per UTC day over the range, joined
 * to the generated days (a day without anything gets zeros) and upserted on (org_id, day), so
 * running it again rewrites the same rows. Soft-deleted records do not count.
 *
 * Runs as the caller under RLS: `db` must be in a transaction whose app.current_org_id is
 * `orgId` (the API request's, or the cron script's). Returns the number of days written.
 */
export function refreshDailyMetrics(db: Db, orgId: string, range: DayRange): Promise<number> {
  const from = isoDay(range.from);
  const to = isoDay(range.to);
  // Half-open instants of the range, so each source's (org_id, <time>) index serves the scan.
  const starts = Prisma.sql`(${from}::date::timestamp AT TIME ZONE 'UTC')`;
  const ends = Prisma.sql`((${to}::date + 1)::timestamp AT TIME ZONE 'UTC')`;
  // Table and column names are the constants below, never input.
  const perDay = (table: string, column: string) => Prisma.sql`
    SELECT (${Prisma.raw(column)} AT TIME ZONE 'UTC')::date AS day, count(*)::int AS n
      FROM ${Prisma.raw(table)}
     WHERE org_id = ${orgId}::uuid AND deleted_at IS NULL
       AND ${Prisma.raw(column)} >= ${starts} AND ${Prisma.raw(column)} < ${ends}
     GROUP BY 1`;
  return db.$executeRaw`
    INSERT INTO daily_metrics (org_id, day, leads_created, deals_created, deals_won, deals_lost, revenue_won,
                               activities_logged, appointments_booked, messages_logged, computed_at)
    SELECT ${orgId}::uuid, days.day,
           coalesce(leads.n, 0), coalesce(deals.n, 0), coalesce(closed.won, 0), coalesce(closed.lost, 0),
           coalesce(closed.revenue, 0), coalesce(activities.n, 0), coalesce(appointments.n, 0), coalesce(messages.n, 0),
           now()
      FROM (SELECT generate_series(${from}::date, ${to}::date, interval '1 day')::date AS day) days
      LEFT JOIN (${perDay('leads', 'created_at')}) leads ON leads.day = days.day
      LEFT JOIN (${perDay('deals', 'created_at')}) deals ON deals.day = days.day
      LEFT JOIN (
        SELECT (closed_at AT TIME ZONE 'UTC')::date AS day,
               count(*) FILTER (WHERE status = 'WON')::int AS won,
               count(*) FILTER (WHERE status = 'LOST')::int AS lost,
               sum(value) FILTER (WHERE status = 'WON') AS revenue
          FROM deals
         WHERE org_id = ${orgId}::uuid AND deleted_at IS NULL AND status IN ('WON', 'LOST')
           AND closed_at >= ${starts} AND closed_at < ${ends}
         GROUP BY 1
      ) closed ON closed.day = days.day
      LEFT JOIN (${perDay('activities', 'occurred_at')}) activities ON activities.day = days.day
      LEFT JOIN (${perDay('appointments', 'created_at')}) appointments ON appointments.day = days.day
      LEFT JOIN (${perDay('messages', 'sent_at')}) messages ON messages.day = days.day
    ON CONFLICT (org_id, day) DO UPDATE SET
      leads_created = EXCLUDED.leads_created,
      deals_created = EXCLUDED.deals_created,
      deals_won = EXCLUDED.deals_won,
      deals_lost = EXCLUDED.deals_lost,
      revenue_won = EXCLUDED.revenue_won,
      activities_logged = EXCLUDED.activities_logged,
      appointments_booked = EXCLUDED.appointments_booked,
      messages_logged = EXCLUDED.messages_logged,
      computed_at = EXCLUDED.computed_at`;
}
