import type { Context } from '../../context/index.js';
import { lockRowForUpdate } from '../../db/row-locks.js';
import { badInput, notFound } from '../../schema/errors.js';
import { parseGlobalId, parseOptionalGlobalId } from '../../schema/global-ids.js';
import { defined, intInRange, jsonObject, text } from '../../schema/validation-legacy.js';
import type { DealFields } from './inputs.js';

type StageKind = 'OPEN' | 'WON' | 'LOST';

/** A deal's status follows its stage: WON/LOST stages close it, OPEN stages reopen it. */
export function statusForStage(kind: StageKind, previousClosedAt: Date | null = null) {
  return kind === 'OPEN' ? { status: 'OPEN' as const, closedAt: null } : { status: kind, closedAt: previousClosedAt ?? new Date() };
}

export function currency(value: string | null | undefined) {
  if (value === undefined || value === null) return undefined;
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw badInput('currency must be a 3-letter ISO 4217 code', 'currency');
  return code;
}


/** Resolves pipeline and stage: explicit stage wins, else the pipeline's (or default pipeline's) first stage. */
export async function resolveStage(ctx: Context, pipelineGlobalId?: string | number | null, stageGlobalId?: string | number | null) {
  if (stageGlobalId != null) {
    const stageId = parseGlobalId(String(stageGlobalId), 'PipelineStage', 'stageId');
    const stage = await ctx.prisma.pipelineStage.findUnique({ where: { id: stageId } });
    if (!stage) throw badInput('stageId does not reference a PipelineStage of this organization', 'stageId');
    if (pipelineGlobalId != null && parseGlobalId(String(pipelineGlobalId), 'Pipeline', 'pipelineId') !== stage.pipelineId) {
      throw badInput('stageId is not a stage of pipelineId', 'stageId');
    }
    return stage;
  }
  const pipelineWhere = pipelineGlobalId != null
    ? { id: parseGlobalId(String(pipelineGlobalId), 'Pipeline', 'pipelineId') }
    : { isDefault: true, deletedAt: null };
  const pipeline = await ctx.prisma.pipeline.findFirst({
    where: pipelineWhere,
    include: { stages: { orderBy: { position: 'asc' }, take: 1 } },
  });
  if (!pipeline) throw pipelineGlobalId != null ? badInput('pipelineId does not reference a Pipeline of this organization', 'pipelineId') : notFound('Default pipeline');
  if (!pipeline.stages[0]) throw badInput('The pipeline has no stages', 'pipelineId');
  return pipeline.stages[0];
}

export function dealScalars(input: Partial<DealFields>) {
  return defined({
    name: text(input.name, 'name', { min: 1, max: 200 }),
    value: input.value === null ? '0' : input.value,
    currency: currency(input.currency),
    probability: intInRange(input.probability, 'probability', 0, 100, true),
    expectedCloseDate: input.expectedCloseDate,
    ownerId: parseOptionalGlobalId(input.ownerId, 'User', 'ownerId'),
    customFields: jsonObject(input.customFields, 'customFields'),
  });
}

export async function createDeal(
  ctx: Context,
  input: DealFields,
  links: { contactId?: string | null; companyId?: string | null; leadId?: string | null; listingId?: string | null },
) {
  const stage = await resolveStage(ctx, input.pipelineId, input.stageId);
  return ctx.prisma.deal.create({
    data: {
      ...dealScalars(input),
      ...links,
      orgId: ctx.orgId!,
      pipelineId: stage.pipelineId,
      stageId: stage.id,
      ...statusForStage(stage.kind),
    } as never,
  });
}

/** Moves a deal to another stage (of any pipeline), updates its status and records the move. */
export async function moveDealStage(ctx: Context, dealId: string, stageGlobalId: string) {
  // Two moves at once would both record "from" the stage they read.
  await lockRowForUpdate(ctx, 'deals', dealId);
  const deal = await ctx.prisma.deal.findUnique({ where: { id: dealId }, include: { stage: true } });
  if (!deal || deal.deletedAt) throw notFound('Deal');
  const target = await resolveStage(ctx, undefined, stageGlobalId);
  if (target.id === deal.stageId) return { deal, activity: null };
  const updated = await ctx.prisma.deal.update({
    where: { id: dealId },
    data: { pipelineId: target.pipelineId, stageId: target.id, ...statusForStage(target.kind, deal.closedAt) },
  });
  const activity = await ctx.prisma.activity.create({
    data: {
      orgId: ctx.orgId!,
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
