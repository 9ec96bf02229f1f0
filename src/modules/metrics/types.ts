import { builder } from '../../schema/builder.js';
import { tenantOf, type Context } from '../../context/index.js';
import { addDays, checkDayRange, DEFAULT_METRIC_DAYS, MAX_METRIC_DAYS, todayUtc, type DayRange } from './service.js';

export const DailyMetricType = builder.prismaNode('DailyMetric', {
  id: { field: 'id' },
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  description:
    "One organization's numbers for one UTC day, computed from the records by refreshMetrics (or the metrics:refresh " +
    'cron script); never edited by hand. Soft-deleted records do not count.',
  fields: (t) => ({
    day: t.expose('day', { type: 'Date', description: 'The UTC calendar day.' }),
    leadsCreated: t.exposeInt('leadsCreated'),
    dealsCreated: t.exposeInt('dealsCreated'),
    dealsWon: t.exposeInt('dealsWon', { description: 'Deals closed as WON that day (by closedAt).' }),
    dealsLost: t.exposeInt('dealsLost', { description: 'Deals closed as LOST that day (by closedAt).' }),
    revenueWon: t.expose('revenueWon', {
      type: 'Decimal',
      description: 'The sum of the values of the deals won that day, added as stored whatever their currency.',
    }),
    activitiesLogged: t.exposeInt('activitiesLogged', { description: 'Activities by occurredAt.' }),
    appointmentsBooked: t.exposeInt('appointmentsBooked', { description: 'Appointments created (booked) that day.' }),
    messagesLogged: t.exposeInt('messagesLogged', { description: 'Messages by sentAt.' }),
    computedAt: t.expose('computedAt', { type: 'DateTime', description: 'When this day was last recomputed.' }),
  }),
});

/** The range `metrics` reads: `to` defaults to today (UTC), `from` to the 30 days ending with `to`. */
function metricsRange(args: { from?: Date | null; to?: Date | null }): DayRange {
  const to = args.to ?? todayUtc();
  const from = args.from ?? addDays(to, -(DEFAULT_METRIC_DAYS - 1));
  return checkDayRange({ from, to });
}

const metricsWhere = (ctx: Context, range: DayRange) => ({ orgId: tenantOf(ctx).orgId, day: { gte: range.from, lte: range.to } });

builder.queryField('metrics', (t) =>
  t.prismaConnection({
    type: 'DailyMetric',
    cursor: 'id',
    description:
      `The stored daily metrics of the days from \`from\` to \`to\` (both included, at most ${MAX_METRIC_DAYS} days), oldest ` +
      `first. Without arguments: the last ${DEFAULT_METRIC_DAYS} days up to today (UTC). A day that was never refreshed ` +
      'has no row yet: refreshMetrics computes it (a cron runs `npm run metrics:refresh` daily).',
    args: {
      from: t.arg({ type: 'Date', description: `First day; defaults to ${DEFAULT_METRIC_DAYS - 1} days before \`to\`.` }),
      to: t.arg({ type: 'Date', description: 'Last day; defaults to today (UTC).' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.dailyMetric.findMany({ ...query, where: metricsWhere(ctx, metricsRange(args)), orderBy: [{ day: 'asc' }, { id: 'asc' }] }),
    totalCount: (_connection, args, ctx) => ctx.prisma.dailyMetric.count({ where: metricsWhere(ctx, metricsRange(args)) }),
  }),
);
