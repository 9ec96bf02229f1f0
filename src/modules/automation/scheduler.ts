/**
 * SCHEDULE automations (README "Automations"). graphile-worker's cron runs `schedule_automations`
 * once a minute, once among all workers; it lists every organization's SCHEDULE automations and
 * records a PENDING run for each one due in that minute, in its own time zone. The run's unique
 * (automation, slot) key makes a second scheduler for the same minute (a retry, a backfill)
 * write nothing. It works as the job queue's role through two SECURITY DEFINER functions
 * (sql/84_job_queue.sql): it never reads a tenant table itself.
 */
import { CronExpressionParser } from 'cron-parser';
import type { PoolClient } from 'pg';
import { z } from 'zod';

const ScheduleCondition = z.object({
  type: z.literal('schedule'),
  cron: z.string().optional(),
  everyMinutes: z.number().int().positive().optional(),
  timezone: z.string().default('UTC'),
});

const SHORTHANDS: Record<string, string> = {
  '@hourly': '0 * * * *',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@weekly': '0 0 * * 0',
  '@monthly': '0 0 1 * *',
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
};

/**
 * Whether a schedule condition is due in the minute starting at `slot` (UTC, whole minute):
 * its cron expression in its time zone names that minute, or `everyMinutes` divides the minutes
 * since the Unix epoch (so every worker and every restart agree on the slots).
 */
export function isDue(conditions: unknown, slot: Date): boolean {
  if (!Array.isArray(conditions)) return false;
  const found = conditions.map((raw) => ScheduleCondition.safeParse(raw)).find((parsed) => parsed.success);
  if (!found?.success) return false;
  const schedule = found.data;
  if (schedule.everyMinutes !== undefined) return Math.floor(slot.getTime() / 60_000) % schedule.everyMinutes === 0;
  if (schedule.cron === undefined) return false;
  const expression = SHORTHANDS[schedule.cron.toLowerCase()] ?? schedule.cron;
  const next = CronExpressionParser.parse(expression, { currentDate: new Date(slot.getTime() - 1), tz: schedule.timezone }).next();
  return next.getTime() === slot.getTime();
}

/** Records the runs due in `slot`; returns how many were new. `client` is the queue's connection. */
export async function scheduleAutomations(client: PoolClient, slot: Date): Promise<number> {
  const { rows } = await client.query<{ org_id: string; id: string; conditions: unknown }>(
    'SELECT org_id, id, conditions FROM app.scheduled_automations()',
  );
  let recorded = 0;
  for (const automation of rows) {
    if (!isDue(automation.conditions, slot)) continue;
    const result = await client.query<{ recorded: boolean }>('SELECT app.record_scheduled_run($1, $2, $3) AS recorded', [
      automation.org_id,
      automation.id,
      slot,
    ]);
    if (result.rows[0]?.recorded) recorded++;
  }
  return recorded;
}
