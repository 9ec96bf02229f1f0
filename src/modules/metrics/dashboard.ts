import { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { tenantOf, type Context } from '../../context/index.js';
import { badInput, notFound } from '../../schema/errors.js';
import { parseInput } from '../../schema/validation.js';
import { activityCountsSql } from './activity-counts-sql.js';
import { pipelineSummaryArgs } from './inputs.js';
import { ActivityTypeEnum } from '../activity/types.js';
import { LeadStatusEnum } from '../lead/types.js';
import { UserType } from '../organization/types.js';
import { PipelineStageType } from '../pipeline/types.js';

/**
 * The dashboard: every field is one SQL statement run through the request's transaction, so RLS
 * applies as everywhere. The pipeline summary and the lead funnel read counters that triggers
 * keep current in every transaction that writes a deal or a lead (sql/70_dashboard_counters.sql):
 * their cost does not grow with the organization. The activity counts read per-day counters kept
 * the same way for the whole days of their period (activityCountsSql). The win rate aggregates the
 * records of its period. The nested stage and user objects are loaded by the Prisma plugin
 * as for any other field.
 */

type Decimalish = Prisma.Decimal | string;
/** The enum columns the raw queries read (cast ::text, so one of these values). */
type ActivityKind = typeof ActivityTypeEnum.$inferType;
type LeadStatus = typeof LeadStatusEnum.$inferType;

interface StageSummaryRow {
  stageId: string;
  dealCount: number;
  totalValue: Decimalish;
  weightedValue: Decimalish;
}

const PipelineStageSummary = builder.objectRef<StageSummaryRow>('PipelineStageSummary').implement({
  description: 'The deals in play (OPEN or ON_HOLD) of one stage. Amounts are added as stored, whatever their currency.',
  fields: (t) => ({
    stage: t.field({ type: PipelineStageType, resolve: (row) => ({ id: row.stageId }) }),
    dealCount: t.exposeInt('dealCount', { description: 'Deals OPEN or ON_HOLD in the stage (not deleted).' }),
    totalValue: t.expose('totalValue', { type: 'Decimal', description: 'The sum of their values.' }),
    weightedValue: t.expose('weightedValue', {
      type: 'Decimal',
      description: "The sum of value × probability / 100, each deal's own probability or else its stage's (rounded to cents).",
    }),
  }),
});

interface WinRateRow {
  won: number;
  lost: number;
  rate: number | null;
}

const WinRate = builder.objectRef<WinRateRow>('WinRate').implement({
  description: 'Deals closed in a period (by closedAt), not deleted.',
  fields: (t) => ({
    won: t.exposeInt('won'),
    lost: t.exposeInt('lost'),
    rate: t.exposeFloat('rate', { nullable: true, description: 'won / (won + lost), from 0 to 1; null when no deal closed.' }),
  }),
});

const ActivityTypeCount = builder.objectRef<{ type: ActivityKind; count: number }>('ActivityTypeCount').implement({
  fields: (t) => ({
    type: t.field({ type: ActivityTypeEnum, resolve: (row) => row.type }),
    count: t.exposeInt('count'),
  }),
});

const ActivityOwnerCount = builder.objectRef<{ ownerId: string | null; count: number }>('ActivityOwnerCount').implement({
  fields: (t) => ({
    user: t.field({
      type: UserType,
      nullable: true,
      description: 'The owner; null counts the activities without one.',
      resolve: (row) => (row.ownerId ? { id: row.ownerId } : null),
    }),
    count: t.exposeInt('count'),
  }),
});

interface ActivityCountsResult {
  byType: { type: ActivityKind; count: number }[];
  byOwner: { ownerId: string | null; count: number }[];
}

const ActivityCounts = builder.objectRef<ActivityCountsResult>('ActivityCounts').implement({
  description: 'Activities that occurred in a period (by occurredAt), not deleted. Only types and owners with activities appear.',
  fields: (t) => ({
    byType: t.field({ type: [ActivityTypeCount], description: 'Most frequent first.', resolve: (result) => result.byType }),
    byOwner: t.field({ type: [ActivityOwnerCount], description: 'Most active first.', resolve: (result) => result.byOwner }),
  }),
});

const LeadStatusCount = builder.objectRef<{ status: LeadStatus; count: number }>('LeadStatusCount').implement({
  fields: (t) => ({
    status: t.field({ type: LeadStatusEnum, resolve: (row) => row.status }),
    count: t.exposeInt('count'),
  }),
});

/** A half-open period [from, to) of instants. */
function period(args: { from: Date; to: Date }) {
  if (args.from.getTime() >= args.to.getTime()) throw badInput('from must be before to', 'from');
  return { from: args.from.toISOString(), to: args.to.toISOString() };
}

async function pipelineSummary(ctx: Context, pipelineId: string | null | undefined): Promise<StageSummaryRow[]> {
  const orgId = tenantOf(ctx).orgId;
  const pipeline = pipelineId ? Prisma.sql`p.id = ${pipelineId}::uuid` : Prisma.sql`p.is_default AND p.deleted_at IS NULL`;
  // Every stage of the pipeline, in board order, with its counters (zeros for a stage that never
  // had an open deal). A deal without its own probability is weighted by the stage's, applied
  // here so that editing a stage's probability needs no counter update:
  // sum(value × coalesce(own, stage)) = own_probability_value + stage_probability_value × stage.
  const rows = await ctx.prisma.$queryRaw<StageSummaryRow[]>`
    SELECT s.id AS "stageId",
           coalesce(c.deal_count, 0) AS "dealCount",
           coalesce(c.total_value, 0)::numeric(16, 2) AS "totalValue",
           coalesce(round((c.own_probability_value + c.stage_probability_value * s.probability) / 100, 2), 0)::numeric(16, 2) AS "weightedValue"
      FROM pipelines p
      JOIN pipeline_stages s ON s.org_id = p.org_id AND s.pipeline_id = p.id
      LEFT JOIN stage_deal_counters c ON c.org_id = s.org_id AND c.stage_id = s.id
     WHERE p.org_id = ${orgId}::uuid AND ${pipeline}
     ORDER BY s.position, s.id`;
  if (rows.length === 0) throw notFound('Pipeline');
  return rows;
}

export const Dashboard = builder.objectRef<Record<string, never>>('Dashboard').implement({
  description: "Aggregates over the current organization's records, each computed by the database in one statement.",
  fields: (t) => ({
    pipelineSummary: t.field({
      type: [PipelineStageSummary],
      description:
        'Per stage of a pipeline (the default pipeline when pipelineId is omitted), in board order: its deals in play (OPEN or ON_HOLD).',
      args: { pipelineId: t.arg.id() },
      resolve: (_dashboard, args, ctx) => pipelineSummary(ctx, parseInput(pipelineSummaryArgs, args).pipelineId),
    }),
    winRate: t.field({
      type: WinRate,
      description: 'Deals won and lost with closedAt in [from, to).',
      args: { from: t.arg({ type: 'DateTime', required: true }), to: t.arg({ type: 'DateTime', required: true }) },
      resolve: async (_dashboard, args, ctx) => {
        const { from, to } = period(args);
        const [row] = await ctx.prisma.$queryRaw<WinRateRow[]>`
          SELECT count(*) FILTER (WHERE status = 'WON')::int AS won,
                 count(*) FILTER (WHERE status = 'LOST')::int AS lost,
                 (count(*) FILTER (WHERE status = 'WON'))::float8 / NULLIF(count(*), 0) AS rate
            FROM deals
           WHERE org_id = ${tenantOf(ctx).orgId}::uuid AND deleted_at IS NULL AND status IN ('WON', 'LOST')
             AND closed_at >= ${from}::timestamptz AND closed_at < ${to}::timestamptz`;
        return row!;
      },
    }),
    activityCounts: t.field({
      type: ActivityCounts,
      description:
        'Activities with occurredAt in [from, to), counted per type and per owner. Any instants; the whole UTC days (by the UTC date of occurredAt) inside the period are read from per-day counters, the rest from the activities.',
      args: { from: t.arg({ type: 'DateTime', required: true }), to: t.arg({ type: 'DateTime', required: true }) },
      resolve: async (_dashboard, args, ctx) => {
        period(args); // from before to
        const rows = await ctx.prisma.$queryRaw<{ byOwner: boolean; type: ActivityKind | null; ownerId: string | null; count: number }[]>(
          activityCountsSql(tenantOf(ctx).orgId, args.from, args.to),
        );
        return {
          byType: rows.filter((row) => !row.byOwner).map((row) => ({ type: row.type!, count: row.count })),
          byOwner: rows.filter((row) => row.byOwner).map((row) => ({ ownerId: row.ownerId, count: row.count })),
        };
      },
    }),
    leadFunnel: t.field({
      type: [LeadStatusCount],
      description: 'Leads (not deleted) per status, every status in funnel order, zeros included.',
      resolve: (_dashboard, _args, ctx) =>
        ctx.prisma.$queryRaw<{ status: LeadStatus; count: number }[]>`
          SELECT s.status::text AS status, coalesce(c.lead_count, 0) AS count
            FROM unnest(enum_range(NULL::lead_status)) AS s(status)
            LEFT JOIN lead_status_counters c ON c.org_id = ${tenantOf(ctx).orgId}::uuid AND c.status = s.status
           ORDER BY s.status`,
    }),
  }),
});
