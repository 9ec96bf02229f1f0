import { builder } from '../../schema/builder.js';
import { notFound } from '../../schema/errors.js';
import { IdInput, payloadType } from '../../schema/resource.js';
import { idInputSchema, parseInput } from '../../schema/validation.js';
import { SendSystemNotificationInput, sendSystemNotificationSchema } from './inputs.js';
import { ownNotifications } from './queries.js';
import { sendSystemNotification } from './service.js';
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

const DeleteNotificationPayload = builder.objectRef<{ deletedNotificationId: string }>('DeleteNotificationPayload').implement({
  fields: (t) => ({
    deletedNotificationId: t.exposeID('deletedNotificationId', { description: 'The id of the notification that is gone.' }),
  }),
});

builder.mutationField('deleteNotification', (t) =>
  t.field({
    type: DeleteNotificationPayload,
    description: "Deletes one of your notifications for good, read or not. Someone else's, or one already deleted, is NOT_FOUND.",
    args: { input: t.arg({ type: IdInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { id } = parseInput(idInputSchema('Notification'), input);
      // Someone else's notification is invisible (RLS): nothing is deleted and it is not found.
      const { count } = await ctx.prisma.notification.deleteMany({ where: { id, ...ownNotifications(ctx) } });
      if (count === 0) throw notFound('Notification');
      return { deletedNotificationId: String(input.id) };
    },
  }),
);

const DeleteAllReadNotificationsPayload = builder.objectRef<{ deletedCount: number }>('DeleteAllReadNotificationsPayload').implement({
  fields: (t) => ({
    deletedCount: t.exposeInt('deletedCount', { description: 'How many read notifications were deleted (0 when none were read).' }),
  }),
});

builder.mutationField('deleteAllReadNotifications', (t) =>
  t.field({
    type: DeleteAllReadNotificationsPayload,
    description: 'Deletes every notification of yours in this organization that has been read; unread ones stay.',
    resolve: async (_root, _args, ctx) => {
      const { count } = await ctx.prisma.notification.deleteMany({ where: { ...ownNotifications(ctx), readAt: { not: null } } });
      return { deletedCount: count };
    },
  }),
);

const SendSystemNotificationPayload = builder.objectRef<{ recipientCount: number }>('SendSystemNotificationPayload').implement({
  fields: (t) => ({
    recipientCount: t.exposeInt('recipientCount', { description: 'How many members were notified (one notification each).' }),
  }),
});

builder.mutationField('sendSystemNotification', (t) =>
  t.field({
    type: SendSystemNotificationPayload,
    description:
      'Platform administrators only (no organization header needed): sends a SYSTEM notification with this title and body to ' +
      'every member of an organization, or to the members named in userIds. All or nothing: an unknown organization is ' +
      'NOT_FOUND, a user who is not a member (or too many recipients) BAD_USER_INPUT, and nobody is notified.',
    args: { input: t.arg({ type: SendSystemNotificationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      recipientCount: await sendSystemNotification(ctx, parseInput(sendSystemNotificationSchema, input)),
    }),
  }),
);
