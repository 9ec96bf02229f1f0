import { builder } from '../../schema/builder.js';
import { tenantKey } from '../../context/tenant-key.js';
import { parseInput } from '../../schema/validation.js';
import { subscribeToEvents } from '../../realtime/stream.js';
import { ActivityAddedFilter, activityAddedFilterSchema } from './inputs.js';

builder.subscriptionField('activityAdded', (t) =>
  t.prismaField({
    type: 'Activity',
    description:
      'Each activity created in this organization from now on (by anyone, through any API process), as it is when delivered; one that is deleted before then, or that you cannot see, is skipped.',
    args: { filter: t.arg({ type: ActivityAddedFilter, required: false }) },
    subscribe: (_root, { filter }, ctx) =>
      subscribeToEvents(ctx, {
        field: 'activityAdded',
        types: new Set(['activity.created']),
        load: (tenant, notice) =>
          tenant.prisma.activity.findFirst({
            where: { ...tenantKey(tenant, notice.entityId).orgId_id, deletedAt: null },
            select: { dealId: true, contactId: true, leadId: true, companyId: true, type: true },
          }),
        filter: parseInput(activityAddedFilterSchema, filter),
      }),
    resolve: (query, event, _args, ctx) => ctx.prisma.activity.findUniqueOrThrow({ ...query, where: tenantKey(ctx, event.id) }),
  }),
);
