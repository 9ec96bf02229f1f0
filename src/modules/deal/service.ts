import { tenantOf, type Context } from '../../context/index.js';
import { lockRowForUpdate } from '../../db/row-locks.js';
import { badInput, notFound } from '../../schema/errors.js';
import type { DealFields } from './inputs.js';
import { tenantKey } from '../../context/tenant-key.js';

type StageKind = 'OPEN' | 'WON' | 'LOST';

/** A deal's status follows its stage: WON/LOST stages close it, OPEN stages reopen it. */
export function statusForStage(kind: StageKind, previousClosedAt: Date | null = null) {
  return kind === 'OPEN' ? { status: 'OPEN' as const, closedAt: null } : { status: kind, closedAt: previousClosedAt ?? new Date() };
}

/** Resolves pipeline and stage (uuids): explicit stage wins, else the pipeline's (or default pipeline's) first stage. */
export async function resolveStage(ctx: Context, pipelineId?: string | null, stageId?: string | null) {
  if (stageId != null) {
    const stage = await ctx.prisma.pipelineStage.findUnique({ where: tenantKey(ctx, stageId) });
    if (!stage) throw badInput('stageId does not reference a PipelineStage of this organization', 'stageId');
    if (pipelineId != null && pipelineId !== stage.pipelineId) throw badInput('stageId is not a stage of pipelineId', 'stageId');
    return stage;
  }
  const pipeline = await ctx.prisma.pipeline.findFirst({
    where: pipelineId != null ? { id: pipelineId } : { isDefault: true, deletedAt: null },
    include: { stages: { orderBy: { position: 'asc' }, take: 1 } },
  });
  if (!pipeline)
    throw pipelineId != null
      ? badInput('pipelineId does not reference a Pipeline of this organization', 'pipelineId')
      : notFound('Default pipeline');
  if (!pipeline.stages[0]) throw badInput('The pipeline has no stages', 'pipelineId');
  return pipeline.stages[0];
}

/** Opens a deal from validated fields (inputs.ts, dealFieldsSchema) with its links (uuids). */
export async function createDeal(
  ctx: Context,
  input: DealFields,
  links: { contactId?: string | null; companyId?: string | null; leadId?: string | null; listingId?: string | null },
) {
  const { pipelineId, stageId, ...fields } = input;
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

/** Moves a deal to another stage (of any pipeline), updates its status and records the move. */
export async function moveDealStage(ctx: Context, dealId: string, stageId: string) {
  // Two moves at once would both record "from" the stage they read.
  await lockRowForUpdate(ctx, 'deals', dealId);
  const deal = await ctx.prisma.deal.findUnique({ where: tenantKey(ctx, dealId), include: { stage: true } });
  if (!deal || deal.deletedAt) throw notFound('Deal');
  const target = await resolveStage(ctx, undefined, stageId);
  if (target.id === deal.stageId) return { deal, activity: null };
  const updated = await ctx.prisma.deal.update({
    where: tenantKey(ctx, dealId),
    data: { pipelineId: target.pipelineId, stageId: target.id, ...statusForStage(target.kind, deal.closedAt) },
  });
  const activity = await ctx.prisma.activity.create({
    data: {
      orgId: tenantOf(ctx).orgId,
      type: 'STAGE_CHANGE',
      subject: `Stage changed: ${deal.stage.name} → ${target.name}`,
      body: JSON.stringify({ fromStageId: deal.stageId, toStageId: target.id }),
      dealId,
      contactId: deal.contactId,
      companyId: deal.companyId,
      ownerId: ctx.viewer!.userId,
    },
  });
  return { deal: updated, activity };
}
