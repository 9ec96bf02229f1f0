import { builder } from '../../schema/builder.js';
import { tenantKey } from '../../context/tenant-key.js';
import { parseInput } from '../../schema/validation.js';
import { subscribeToEvents } from '../../realtime/stream.js';
import { ContactUpdatedFilter, contactUpdatedFilterSchema } from './inputs.js';

builder.subscriptionField('contactUpdated', (t) =>
  t.prismaField({
    type: 'Contact',
    description:
      'Each contact created or changed in this organization from now on, as it is when delivered: changes that come faster ' +
      'than they are delivered are delivered once. Deleted contacts are skipped.',
    args: { filter: t.arg({ type: ContactUpdatedFilter, required: false }) },
    subscribe: (_root, { filter }, ctx) =>
      subscribeToEvents(ctx, {
        field: 'contactUpdated',
        types: new Set(['contact.created', 'contact.updated']),
        load: (tenant, notice) =>
          tenant.prisma.contact.findFirst({
            where: { ...tenantKey(tenant, notice.entityId).orgId_id, deletedAt: null },
            select: { companyId: true, ownerId: true },
          }),
        filter: parseInput(contactUpdatedFilterSchema, filter),
      }),
    resolve: (query, event, _args, ctx) => ctx.prisma.contact.findUniqueOrThrow({ ...query, where: tenantKey(ctx, event.id) }),
  }),
);
