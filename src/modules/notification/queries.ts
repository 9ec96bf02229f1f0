import { builder } from '../../schema/builder.js';
import type { ArgFields } from '../../schema/validation.js';
import { tenantOf, type Context } from '../../context/index.js';
import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { NotificationTypeEnum } from './types.js';

const NotificationTypeFilter = enumFilter(NotificationTypeEnum, 'NotificationType');

// The viewer's notifications are a prefix of the (org_id, user_id, ...) indexes; these narrow them.
export const notificationFilter = defineFilter('Notification', () => ({
  id: { kind: 'id', column: 'id', type: 'Notification' },
  type: { kind: 'enum', column: 'type', filter: NotificationTypeFilter },
  readAt: { kind: 'dateTime', column: 'readAt' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
}));

export const notificationOrder = defineOrderBy('Notification', { CREATED_AT: ['createdAt'] }, { field: 'CREATED_AT', direction: 'DESC' });

/** The signed-in member's own notifications here (RLS enforces the same; this keeps the index in use). */
export const ownNotifications = (ctx: Context) => ({ orgId: tenantOf(ctx).orgId, userId: ctx.viewer!.userId });

defineListQuery({
  field: 'notifications',
  type: 'Notification',
  delegate: 'notification',
  filter: notificationFilter,
  order: notificationOrder,
  softDelete: false,
  description: "The signed-in member's notifications in this organization, newest first.",
  narrowing: {
    args: (t: { arg: ArgFields }) => ({ unreadOnly: t.arg.boolean({ defaultValue: false, description: 'Only those not read yet.' }) }),
    where: (args: { unreadOnly?: boolean | null }, ctx: Context) => ({
      AND: [ownNotifications(ctx), args.unreadOnly ? { readAt: null } : {}],
    }),
  },
});

builder.queryField('unreadNotificationCount', (t) =>
  t.int({
    description: "How many of the signed-in member's notifications in this organization are unread.",
    resolve: (_root, _args, ctx) => ctx.prisma.notification.count({ where: { ...ownNotifications(ctx), readAt: null } }),
  }),
);
