import { builder } from '../../schema/builder.js';
import { tenantKey } from '../../context/tenant-key.js';
import { parseOptionalGlobalId } from '../../schema/global-ids.js';
import { subscribeToEvents } from '../../realtime/stream.js';

const DealUpdatedFilter = builder.inputType('DealUpdatedFilter', {
  description: 'Only deals with every value given here, as they are after the change (all of them when empty).',
  fields: (t) => ({
    pipelineId: t.id({ required: false }),
    stageId: t.id({ required: false }),
    ownerId: t.id({ required: false, description: 'A User id.' }),
  }),
});

builder.subscriptionField('dealUpdated', (t) =>
  t.prismaField({
    type: 'Deal',
    description:
      'Each deal created or changed in this organization from now on (a new deal, an edit, a stage move, won or lost), as it ' +
      'is when delivered: changes that come faster than they are delivered are delivered once. Deleted deals are skipped.',
    args: { filter: t.arg({ type: DealUpdatedFilter, required: false }) },
    subscribe: (_root, { filter }, ctx) =>
      subscribeToEvents(ctx, {
        field: 'dealUpdated',
        types: new Set(['deal.created', 'deal.updated', 'deal.stage_changed', 'deal.won', 'deal.lost']),
        load: (tenant, notice) =>
          tenant.prisma.deal.findFirst({
            where: { ...tenantKey(tenant, notice.entityId).orgId_id, deletedAt: null },
            select: { pipelineId: true, stageId: true, ownerId: true },
          }),
        filter: {
          pipelineId: parseOptionalGlobalId(filter?.pipelineId, 'Pipeline', 'filter.pipelineId'),
          stageId: parseOptionalGlobalId(filter?.stageId, 'PipelineStage', 'filter.stageId'),
          ownerId: parseOptionalGlobalId(filter?.ownerId, 'User', 'filter.ownerId'),
        },
      }),
    resolve: (query, event, _args, ctx) => ctx.prisma.deal.findUniqueOrThrow({ ...query, where: tenantKey(ctx, event.id) }),
  }),
);
