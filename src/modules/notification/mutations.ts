import { builder } from '../../schema/builder.js';
import { notFound } from '../../schema/errors.js';
import { IdInput, payloadType } from '../../schema/resource.js';
import { idInputSchema, parseInput } from '../../schema/validation.js';
import { ownNotifications } from './queries.js';
import { NotificationType } from './types.js';

const MarkNotificationReadPayload = payloadType('MarkNotificationReadPayload', NotificationType, 'notification');

builder.mutationField('markNotificationRead', (t) =>
  t.field({
    type: MarkNotificationReadPayload,
    description: 'Marks one of your notifications read. Idempotent: a notification already read keeps its first readAt.',
    args: { input: t.arg({ type: IdInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { id } = parseInput(idInputSchema('Notification'), input);
      // Someone else's notification is invisible (RLS): nothing is updated and it is not found.
      await ctx.prisma.notification.updateMany({ where: { id, ...ownNotifications(ctx), readAt: null }, data: { readAt: new Date() } });
      const notification = await ctx.prisma.notification.findFirst({ where: { id, ...ownNotifications(ctx) } });
      if (!notification) throw notFound('Notification');
      return { notification };
    },
  }),
);

const MarkAllNotificationsReadPayload = builder.objectRef<{ markedCount: number }>('MarkAllNotificationsReadPayload').implement({
  fields: (t) => ({
    markedCount: t.exposeInt('markedCount', { description: 'How many unread notifications were marked read (0 when none were unread).' }),
  }),
});

builder.mutationField('markAllNotificationsRead', (t) =>
  t.field({
    type: MarkAllNotificationsReadPayload,
    description: 'Marks every unread notification of yours in this organization read.',
    resolve: async (_root, _args, ctx) => {
      const { count } = await ctx.prisma.notification.updateMany({
        where: { ...ownNotifications(ctx), readAt: null },
        data: { readAt: new Date() },
      });
      return { markedCount: count };
    },
  }),
);
