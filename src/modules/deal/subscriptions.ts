import { builder } from '../../schema/builder.js';
import { tenantKey } from '../../context/tenant-key.js';
import { parseInput } from '../../schema/validation.js';
import { subscribeToEvents } from '../../realtime/stream.js';
import { DealUpdatedFilter, dealUpdatedFilterSchema } from './inputs.js';

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
        filter: parseInput(dealUpdatedFilterSchema, filter),
      }),
    resolve: (query, event, _args, ctx) => ctx.prisma.deal.findUniqueOrThrow({ ...query, where: tenantKey(ctx, event.id) }),
  }),
);
