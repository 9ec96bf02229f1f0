import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (notifications); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    notifications: 'read',
    unreadNotificationCount: 'read',
  },
  Mutation: {
    // Notifications are private to their user (RLS); any member may mark their own.
    markNotificationRead: 'read',
    markAllNotificationsRead: 'read',
  },
  // Checked when it starts and again before every event it delivers.
  Subscription: {
    notificationAdded: 'read',
  },
});
