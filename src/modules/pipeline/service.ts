import { tenantOf, type Context } from '../../context/index.js';
import type { TransactionClient } from '../../db/request-transaction.js';
import type { PrismaClient } from '../../generated/prisma/client.js';
import { tenantKey } from '../../context/tenant-key.js';

export const DEFAULT_STAGES = [
  { name: 'Lead in', probability: 10, kind: 'OPEN' },
  { name: 'Qualified', probability: 25, kind: 'OPEN' },
  { name: 'Proposal', probability: 50, kind: 'OPEN' },
  { name: 'Negotiation', probability: 75, kind: 'OPEN' },
  { name: 'Won', probability: 100, kind: 'WON' },
  { name: 'Lost', probability: 0, kind: 'LOST' },
] as const;

export interface StageInput {
  name: string;
  probability: number;
  kind?: 'OPEN' | 'WON' | 'LOST' | null;
}

export async function createPipelineWithStages(
  prisma: TransactionClient | PrismaClient,
  orgId: string,
  name: string,
  stages: readonly StageInput[],
  isDefault = false,
) {
  const pipeline = await prisma.pipeline.create({ data: { orgId, name, isDefault } });
  // Stages are written unchecked: org_id belongs to both of their composite keys.
  await prisma.pipelineStage.createMany({
    data: stages.map((stage, position) => ({
      orgId,
      pipelineId: pipeline.id,
      name: stage.name,
      probability: stage.probability,
      kind: stage.kind ?? 'OPEN',
      position,
    })),
  });
  return pipeline;
}

export function createDefaultPipeline(prisma: TransactionClient | PrismaClient, orgId: string) {
  return createPipelineWithStages(prisma, orgId, 'Sales', DEFAULT_STAGES, true);
}

/** Makes `pipelineId` the organization's only default pipeline. */
export async function makeDefault(ctx: Context, pipelineId: string) {
  await ctx.prisma.pipeline.updateMany({
    where: { orgId: tenantOf(ctx).orgId, isDefault: true, id: { not: pipelineId } },
    data: { isDefault: false },
  });
  await ctx.prisma.pipeline.update({ where: tenantKey(ctx, pipelineId), data: { isDefault: true } });
}
