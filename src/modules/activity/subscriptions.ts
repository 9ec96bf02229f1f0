import { builder } from '../../schema/builder.js';
import { tenantKey } from '../../context/tenant-key.js';
import { parseOptionalGlobalId } from '../../schema/global-ids.js';
import { subscribeToEvents } from '../../realtime/stream.js';
import { ActivityTypeEnum } from './types.js';

const ActivityAddedFilter = builder.inputType('ActivityAddedFilter', {
  description: 'Only activities with every value given here (all of them when empty).',
  fields: (t) => ({
    dealId: t.id({ required: false }),
    contactId: t.id({ required: false }),
    leadId: t.id({ required: false }),
    companyId: t.id({ required: false }),
    type: t.field({ type: ActivityTypeEnum, required: false }),
  }),
});

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
        filter: {
          dealId: parseOptionalGlobalId(filter?.dealId, 'Deal', 'filter.dealId'),
          contactId: parseOptionalGlobalId(filter?.contactId, 'Contact', 'filter.contactId'),
          leadId: parseOptionalGlobalId(filter?.leadId, 'Lead', 'filter.leadId'),
          companyId: parseOptionalGlobalId(filter?.companyId, 'Company', 'filter.companyId'),
          type: filter?.type,
        },
      }),
    resolve: (query, event, _args, ctx) => ctx.prisma.activity.findUniqueOrThrow({ ...query, where: tenantKey(ctx, event.id) }),
  }),
);
