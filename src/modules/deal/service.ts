import { tenantOf, type Context } from '../../context/index.js';
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import { Prisma } from '../../generated/prisma/client.js';
import { badInput, notFound } from '../../schema/errors.js';
import type { DealFields, updateDealSchema } from './inputs.js';
import type { z } from 'zod';
import { lockRowForUpdate } from '../../db/row-locks.js';
import { tenantKey } from '../../context/tenant-key.js';
import { assertCustomFieldValues } from '../custom-field/service.js';

type StageKind = 'OPEN' | 'WON' | 'LOST';

/** A deal's status follows its stage: WON/LOST stages close it, OPEN stages reopen it. */
export function statusForStage(kind: StageKind, previousClosedAt: Date | null = null) {
  return kind === 'OPEN' ? { status: 'OPEN' as const, closedAt: null } : { status: kind, closedAt: previousClosedAt ?? new Date() };
}

/** The stage a deal is placed in: what createDeal reads of it. */
interface PlacedStage {
  id: string;
  pipelineId: string;
  kind: StageKind;
}

/**
 * Reads the stage a deal is about to enter FOR SHARE (bounded by lock_timeout like
 * lockRowForUpdate), so the deal's status follows the kind the stage has when the deal lands:
 * an updatePipelineStage changing that kind holds the row FOR UPDATE until it commits, and the
 * locked read then returns its committed kind; one that starts later waits for this request and
 * then updates the new deal with the stage's other deals. Without the lock, a deal read the OPEN
 * kind of a stage that had just become WON and stayed OPEN in it.
 */
async function lockStageForShare(ctx: Context, stageId: string): Promise<PlacedStage | undefined> {
  const [stage] = await ctx.prisma.$queryRaw<PlacedStage[]>(
    Prisma.sql`SELECT id::text, pipeline_id::text AS "pipelineId", kind::text AS kind FROM pipeline_stages
                WHERE org_id = ${tenantOf(ctx).orgId}::uuid AND id = ${stageId}::uuid FOR SHARE`,
  );
  return stage;
}

/** Resolves pipeline and stage (uuids): explicit stage wins, else the pipeline's (or default pipeline's) first stage. */
export async function resolveStage(ctx: Context, pipelineId?: string | null, stageId?: string | null): Promise<PlacedStage> {
  if (stageId != null) {
    const stage = await lockStageForShare(ctx, stageId);
    if (!stage) throw badInput('stageId does not reference a PipelineStage of this organization', 'stageId');
    if (pipelineId != null && pipelineId !== stage.pipelineId) throw badInput('stageId is not a stage of pipelineId', 'stageId');
    return stage;
  }
  const pipeline = await ctx.prisma.pipeline.findFirst({
    where: pipelineId != null ? { id: pipelineId } : { isDefault: true, deletedAt: null },
    select: { stages: { orderBy: { position: 'asc' }, take: 1, select: { id: true } } },
  });
  if (!pipeline)
    throw pipelineId != null
      ? badInput('pipelineId does not reference a Pipeline of this organization', 'pipelineId')
      : notFound('Default pipeline');
  const first = pipeline.stages[0];
  // A stage deleted since it was found (deletePipelineStage) is answered like an empty pipeline.
  const stage = first && (await lockStageForShare(ctx, first.id));
  if (!stage) throw badInput('The pipeline has no stages', 'pipelineId');
  return stage;
}

/** Opens a deal from validated fields (inputs.ts, dealFieldsSchema) with its links (uuids). */
export async function createDeal(
  ctx: Context,
  input: DealFields,
  links: { contactId?: string | null; companyId?: string | null; leadId?: string | null; listingId?: string | null },
) {
  const { pipelineId, stageId, ...fields } = input;
  await assertCustomFieldValues(ctx, 'DEAL', fields.customFields ?? {});
  const stage = await resolveStage(ctx, pipelineId, stageId);
  return ctx.prisma.deal.create({
    data: {
      ...fields,
      ...links,
      orgId: tenantOf(ctx).orgId,
      pipelineId: stage.pipelineId,
      stageId: stage.id,
      ...statusForStage(stage.kind),
    },
  });
}

/**
 * updateDeal. A status change (OPEN <-> ON_HOLD) locks the deal first and checks it is not closed:
 * a concurrent moveDealStage to a WON stage then either ran before (the deal is WON: refused) or
 * waits for this one and closes the paused deal.
 */
export async function updateDeal(ctx: Context, id: string, data: Omit<z.output<typeof updateDealSchema>, 'id'>) {
  if (data.status !== undefined) {
    await lockRowForUpdate(ctx, 'deals', id);
    const current = await ctx.prisma.deal.findUnique({ where: tenantKey(ctx, id), select: { status: true, deletedAt: true } });
    if (!current || current.deletedAt) throw notFound('Deal');
    if (current.status === 'WON' || current.status === 'LOST')
      throw badInput(`A ${current.status} deal cannot be set to ${data.status}; move it to an OPEN stage first`, 'status');
  }
  return ctx.prisma.deal.update({ where: tenantKey(ctx, id), data });
}

/** What the move statement answers: whether it found the deal and the stage, and the activity it recorded. */
interface StageMove {
  deal_found: boolean;
  target_found: boolean;
  activity_id: string | null;
}

/**
 * Moves a deal to another stage (of any pipeline), updates its status and records the move, then
 * reads back what the payload selects. Two statements: the move (lock, read, update, activity) and
 * the read of the deal with its activity; with BEGIN, the request's begin statement and COMMIT,
 * five per request (issue 12; it was nine: lock, deal, stage, update, insert, and a re-read of the
 * stage for the payload, each its own statement).
 */
export async function moveDealStage(ctx: Context, info: GraphQLResolveInfo, dealId: string, stageId: string) {
  const { orgId } = tenantOf(ctx);
  const [move] = await ctx.prisma.$queryRaw<StageMove[]>(moveStatement(orgId, dealId, stageId, ctx.viewer!.userId));
  if (!move?.deal_found) throw notFound('Deal');
  if (!move.target_found) throw badInput('stageId does not reference a PipelineStage of this organization', 'stageId');
  const dealQuery = queryFromInfo({ context: ctx, info, typeName: 'Deal', path: ['deal'] });
  if (!move.activity_id)
    return { deal: await ctx.prisma.deal.findUniqueOrThrow({ ...dealQuery, where: tenantKey(ctx, dealId) }), activity: null };
  const activityQuery = queryFromInfo({ context: ctx, info, typeName: 'Activity', path: ['activity'] });
  // Activity is a select-mode type: its query is a select of what the client asked for.
  const select = activityQuery.select ?? {};
  if ('deal' in select) {
    // The client also selects activity.deal: that relation cannot carry the payload's own deal selection too.
    const [deal, activity] = await Promise.all([
      ctx.prisma.deal.findUniqueOrThrow({ ...dealQuery, where: tenantKey(ctx, dealId) }),
      ctx.prisma.activity.findUniqueOrThrow({ ...activityQuery, where: tenantKey(ctx, move.activity_id) }),
    ]);
    return { deal, activity };
  }
  const { deal, ...activity } = await ctx.prisma.activity.findUniqueOrThrow({
    where: tenantKey(ctx, move.activity_id),
    select: { ...select, deal: dealQuery },
  });
  if (!deal) throw notFound('Deal');
  return { deal, activity };
}

/**
 * The move as one statement. It locks the deal first (FOR UPDATE in a materialized CTE, bounded by
 * lock_timeout like lockRowForUpdate): concurrent moves of one deal then run one after the other,
 * and the locked row is the latest committed version, so each move records "from" the stage the
 * previous one left. Then the target stage FOR SHARE, as createDeal does (lockStageForShare), so
 * the status follows the stage's committed kind; only when the deal is not already there: a deal
 * locked here and its own stage locked by updatePipelineStage, which then updates that stage's
 * deals, would wait for each other (a deadlock). No update and no activity when the deal is
 * deleted, the stage is missing (RLS: or another organization's) or the deal is already there.
 * Status and closedAt follow the stage as statusForStage says; subject and body are the ones createActivity's STAGE_CHANGE rows
 * always had. The audit and notification triggers fire as for any UPDATE and INSERT.
 */
function moveStatement(orgId: string, dealId: string, stageId: string, ownerId: string) {
  return Prisma.sql`
    WITH locked AS MATERIALIZED (
      SELECT id, stage_id, closed_at, contact_id, company_id, deleted_at FROM deals WHERE org_id = ${orgId}::uuid AND id = ${dealId}::uuid FOR UPDATE
    ), target AS MATERIALIZED (
      SELECT s.id, s.pipeline_id, s.kind, s.name FROM pipeline_stages s, locked l
       WHERE s.org_id = ${orgId}::uuid AND s.id = ${stageId}::uuid AND s.id <> l.stage_id
         FOR SHARE OF s
    ), moved AS (
      UPDATE deals d
         SET pipeline_id = t.pipeline_id, stage_id = t.id, updated_at = now(),
             status = t.kind::text::deal_status,
             closed_at = CASE WHEN t.kind = 'OPEN' THEN NULL ELSE coalesce(l.closed_at, now()) END
        FROM locked l, target t
       WHERE d.org_id = ${orgId}::uuid AND d.id = l.id AND l.deleted_at IS NULL
      RETURNING d.id
    ), recorded AS (
      INSERT INTO activities (org_id, type, subject, body, deal_id, contact_id, company_id, owner_id)
      SELECT ${orgId}::uuid, 'STAGE_CHANGE', 'Stage changed: ' || f.name || ' → ' || t.name,
             format('{"fromStageId":"%s","toStageId":"%s"}', l.stage_id, t.id), l.id, l.contact_id, l.company_id, ${ownerId}::uuid
        FROM moved m JOIN locked l ON l.id = m.id CROSS JOIN target t JOIN pipeline_stages f ON f.org_id = ${orgId}::uuid AND f.id = l.stage_id
      RETURNING id
    )
    SELECT EXISTS (SELECT FROM locked WHERE deleted_at IS NULL) AS deal_found,
           EXISTS (SELECT FROM pipeline_stages WHERE org_id = ${orgId}::uuid AND id = ${stageId}::uuid) AS target_found,
           (SELECT id::text FROM recorded) AS activity_id`;
}
