import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (notifications); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    notifications: 'read',
    unreadNotificationCount: 'read',
  },
  Mutation: {
    // Notifications are private to their user (RLS); any member may mark or delete their own.
    markNotificationRead: 'read',
    markAllNotificationsRead: 'read',
    deleteNotification: 'read',
    deleteAllReadNotifications: 'read',
    // Platform staff writing to an organization's members (not a tenant role): sql/30_notifications.sql checks it again.
    sendSystemNotification: 'platformAdmin',
  },
  // Checked when it starts and again before every event it delivers.
  Subscription: {
    notificationAdded: 'read',
  },
});
