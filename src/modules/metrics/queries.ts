import { Dashboard } from './dashboard.js';
import { builder } from '../../schema/builder.js';
import { tenantOf, type Context } from '../../context/index.js';
import { addDays, checkDayRange, DEFAULT_METRIC_DAYS, MAX_METRIC_DAYS, todayUtc, type DayRange } from './service.js';

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
    cursor: 'orgId_id',
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

builder.queryField('dashboard', (t) =>
  t.field({
    type: Dashboard,
    description: 'Dashboard aggregates of the current organization; ask only for the parts you show.',
    resolve: () => ({}),
  }),
);
