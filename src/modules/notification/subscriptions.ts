import { builder } from '../../schema/builder.js';
import { tenantKey } from '../../context/tenant-key.js';
import { subscribeToEvents } from '../../realtime/stream.js';

builder.subscriptionField('notificationAdded', (t) =>
  t.prismaField({
    type: 'Notification',
    description:
      "Each of the signed-in member's own notifications in this organization from now on. Nobody else's: a notification's " +
      'event reaches only its recipient, whose row-level security lets them read it.',
    subscribe: (_root, _args, ctx) =>
      subscribeToEvents(ctx, {
        field: 'notificationAdded',
        types: new Set(['notification.created']),
        privateToUser: true,
        load: (tenant, notice) =>
          tenant.prisma.notification.findFirst({
            where: { ...tenantKey(tenant, notice.entityId).orgId_id, userId: tenant.viewer.userId },
            select: { id: true },
          }),
        filter: {},
      }),
    resolve: (query, event, _args, ctx) => ctx.prisma.notification.findUniqueOrThrow({ ...query, where: tenantKey(ctx, event.id) }),
  }),
);
