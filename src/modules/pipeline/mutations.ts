import { queryFromInfo } from '@pothos/plugin-prisma';
import { lockRowForUpdate } from '../../db/row-locks.js';
import { builder } from '../../schema/builder.js';
import { badInput, notFound } from '../../schema/errors.js';
import { defineSoftDeleteMutations, IdInput, payloadType } from '../../schema/resource.js';
import { idInputSchema, parseInput } from '../../schema/validation.js';
import {
  CreatePipelineInput,
  CreatePipelineStageInput,
  UpdatePipelineInput,
  UpdatePipelineStageInput,
  createPipelineSchema,
  createStageSchema,
  updatePipelineSchema,
  updateStageSchema,
} from './inputs.js';
import { createPipelineWithStages, makeDefault } from './service.js';
import { PipelineStageType, PipelineType } from './types.js';
import { tenantOf } from '../../context/index.js';
import { tenantKey } from '../../context/tenant-key.js';

const PipelinePayload = payloadType('PipelinePayload', PipelineType, 'pipeline');
const PipelineStagePayload = payloadType('PipelineStagePayload', PipelineStageType, 'stage');

builder.mutationField('createPipeline', (t) =>
  t.field({
    type: PipelinePayload,
    args: { input: t.arg({ required: true, type: CreatePipelineInput }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(createPipelineSchema, args.input);
      const pipeline = await createPipelineWithStages(ctx.prisma, tenantOf(ctx).orgId, input.name, input.stages);
      if (input.isDefault) await makeDefault(ctx, pipeline.id);
      return { pipeline: await ctx.prisma.pipeline.findUniqueOrThrow({ where: tenantKey(ctx, pipeline.id) }) };
    },
  }),
);

builder.mutationField('updatePipeline', (t) =>
  t.field({
    type: PipelinePayload,
    args: { input: t.arg({ required: true, type: UpdatePipelineInput }) },
    resolve: async (_root, args, ctx) => {
      const { id, ...input } = parseInput(updatePipelineSchema, args.input);
      // Runs one at a time with deletePipeline (which locks too): a pipeline deleted meanwhile is
      // seen deleted here, a pipeline made default meanwhile is seen default there.
      await lockRowForUpdate(ctx, 'pipelines', id);
      const existing = await ctx.prisma.pipeline.findUnique({ where: tenantKey(ctx, id) });
      if (!existing) throw notFound('Pipeline');
      // createDeal without a pipeline takes the live default: a deleted one would leave it none.
      if (input.isDefault === true && existing.deletedAt) throw badInput('Restore this pipeline before making it the default', 'isDefault');
      if (input.name) await ctx.prisma.pipeline.update({ where: tenantKey(ctx, id), data: { name: input.name } });
      if (input.isDefault === true) await makeDefault(ctx, id);
      if (input.isDefault === false && existing.isDefault) {
        throw badInput('Choose another default pipeline instead of unsetting this one', 'isDefault');
      }
      return { pipeline: await ctx.prisma.pipeline.findUniqueOrThrow({ where: tenantKey(ctx, id) }) };
    },
  }),
);

defineSoftDeleteMutations({
  type: 'Pipeline',
  ref: PipelineType,
  delegate: 'pipeline',
  field: 'pipeline',
  beforeDelete: async (ctx, id) => {
    await lockRowForUpdate(ctx, 'pipelines', id);
    const pipeline = await ctx.prisma.pipeline.findUnique({ where: tenantKey(ctx, id) });
    if (pipeline?.isDefault) throw badInput('Make another pipeline the default before deleting this one', 'id');
  },
});

builder.mutationField('createPipelineStage', (t) =>
  t.field({
    type: PipelineStagePayload,
    args: { input: t.arg({ required: true, type: CreatePipelineStageInput }) },
    resolve: async (_root, args, ctx) => {
      const { pipelineId, ...input } = parseInput(createStageSchema, args.input);
      // Stage changes of one pipeline run one at a time: positions are counted, then shifted.
      await lockRowForUpdate(ctx, 'pipelines', pipelineId);
      const count = await ctx.prisma.pipelineStage.count({ where: { pipelineId } });
      const position = Math.min(Math.max(input.position ?? count, 0), count);
      await ctx.prisma.pipelineStage.updateMany({
        where: { pipelineId, position: { gte: position } },
        data: { position: { increment: 1 } },
      });
      const stage = await ctx.prisma.pipelineStage.create({
        data: { orgId: tenantOf(ctx).orgId, pipelineId, name: input.name, probability: input.probability, kind: input.kind, position },
      });
      return { stage };
    },
  }),
);

builder.mutationField('updatePipelineStage', (t) =>
  t.field({
    type: PipelineStagePayload,
    args: { input: t.arg({ required: true, type: UpdatePipelineStageInput }) },
    resolve: async (_root, args, ctx) => {
      const { id, ...data } = parseInput(updateStageSchema, args.input);
      await lockRowForUpdate(ctx, 'pipeline_stages', id);
      const before = await ctx.prisma.pipelineStage.findUnique({ where: tenantKey(ctx, id) });
      if (!before) throw notFound('PipelineStage');
      const stage = await ctx.prisma.pipelineStage.update({
        where: tenantKey(ctx, id),
        data,
      });
      if (stage.kind !== before.kind) {
        // Deals follow their stage: a stage that becomes WON/LOST closes them, OPEN reopens them.
        await ctx.prisma.deal.updateMany({
          where: { stageId: id },
          data: stage.kind === 'OPEN' ? { status: 'OPEN', closedAt: null } : { status: stage.kind, closedAt: new Date() },
        });
      }
      return { stage };
    },
  }),
);

builder.mutationField('deletePipelineStage', (t) =>
  t.field({
    type: PipelineStagePayload,
    description: 'Removes an empty stage. A stage that still holds deals (even deleted ones) is refused.',
    args: { input: t.arg({ type: IdInput, required: true }) },
    resolve: async (_root, { input }, ctx, info) => {
      const { id } = parseInput(idInputSchema('PipelineStage'), input);
      // Everything the client selects of `stage` is read now: after the delete there is no row
      // left for a nested field to fetch (its pipeline, its deals).
      const query = queryFromInfo({
        context: ctx,
        info,
        typeName: 'PipelineStage',
        path: ['stage'],
        select: { id: true, pipelineId: true, position: true }, // what the checks below read
      });
      const located = await ctx.prisma.pipelineStage.findUnique({ where: tenantKey(ctx, id), select: { pipelineId: true } });
      if (!located) throw notFound('PipelineStage');
      // Two deletes of a pipeline's last two stages must not both see "another stage remains".
      await lockRowForUpdate(ctx, 'pipelines', located.pipelineId);
      const stage = await ctx.prisma.pipelineStage.findUnique({ ...query, where: tenantKey(ctx, id) });
      if (!stage) throw notFound('PipelineStage');
      if ((await ctx.prisma.deal.count({ where: { stageId: id } })) > 0) throw badInput('Move the deals out of this stage first', 'id');
      if ((await ctx.prisma.pipelineStage.count({ where: { pipelineId: stage.pipelineId } })) <= 1) {
        throw badInput('A pipeline keeps at least one stage', 'id');
      }
      await ctx.prisma.pipelineStage.delete({ where: tenantKey(ctx, id) });
      await ctx.prisma.pipelineStage.updateMany({
        where: { pipelineId: stage.pipelineId, position: { gt: stage.position } },
        data: { position: { decrement: 1 } },
      });
      return { stage };
    },
  }),
);
