import { builder } from '../../schema/builder.js';
import { badInput } from '../../schema/errors.js';
import { RefreshMetricsInput } from './inputs.js';
import { DailyMetricType } from './types.js';
import { checkDayRange, isoDay, MAX_METRIC_DAYS, refreshDailyMetrics, todayUtc, type DayRange } from './service.js';
import { tenantOf } from '../../context/index.js';

interface RefreshResult {
  range: DayRange;
  refreshedDays: number;
}

const RefreshMetricsPayload = builder.objectRef<RefreshResult>('RefreshMetricsPayload').implement({
  fields: (t) => ({
    refreshedDays: t.exposeInt('refreshedDays', { description: 'How many days were recomputed (every day of the range).' }),
    metrics: t.prismaField({
      type: [DailyMetricType],
      description: 'The recomputed days, oldest first.',
      resolve: (query, result, _args, ctx) =>
        ctx.prisma.dailyMetric.findMany({
          ...query,
          where: { orgId: tenantOf(ctx).orgId, day: { gte: result.range.from, lte: result.range.to } },
          orderBy: [{ day: 'asc' }, { id: 'asc' }],
        }),
    }),
  }),
});

builder.mutationField('refreshMetrics', (t) =>
  t.field({
    type: RefreshMetricsPayload,
    description:
      `Recomputes the daily metrics of every day from \`from\` to \`to\` (at most ${MAX_METRIC_DAYS} days) from the records, ` +
      'in one statement. Idempotent: running it again rewrites the same rows (same ids); days without activity get zeros.',
    args: { input: t.arg({ type: RefreshMetricsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const range = checkDayRange({ from: input.from, to: input.to });
      // A future day has nothing to count yet; a row of zeros for it would only go stale.
      if (range.to.getTime() > todayUtc().getTime()) throw badInput(`to must be today (${isoDay(todayUtc())}) or earlier`, 'to');
      return { range, refreshedDays: await refreshDailyMetrics(ctx.prisma, tenantOf(ctx).orgId, range) };
    },
  }),
);
