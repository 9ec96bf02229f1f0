import type { Actor } from '../app.js';
import type { Fixtures, OperationSet } from '../role-fixtures.js';

/**
 * A fresh unread notification of `recipient` (the caller; the OWNER when the matrix does not say
 * who calls): notifications are private to their user, so only the recipient may mark or delete it.
 * Inserted directly: a domain event needs someone other than the recipient to act, and the
 * fixtures act as the OWNER only.
 */
async function notificationOf(fx: Fixtures, recipient: Actor = fx.owner) {
  const me = await recipient.query('{ me { id } }');
  const userId = Buffer.from(me.data.me.id, 'base64').toString('utf8').split(':')[1];
  const inserted = await fx.app.owner.query(
    `INSERT INTO notifications (org_id, user_id, type, title) VALUES ($1, $2, 'SYSTEM', 'Role matrix') RETURNING id::text`,
    [fx.owner.orgId, userId],
  );
  return Buffer.from(`Notification:${inserted.rows[0].id}`, 'utf8').toString('base64');
}

/** Role-matrix operations of the notification module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    notifications: { query: '{ notifications(first: 5, unreadOnly: true) { totalCount } }' },
    unreadNotificationCount: { query: '{ unreadNotificationCount }' },
  },
  Mutation: {
    markNotificationRead: {
      query: 'mutation ($input: IdInput!) { markNotificationRead(input: $input) { notification { id readAt } } }',
      // The second argument is the caller (see the note on role-fixtures' Operation.variables).
      variables: async (fx: Fixtures, caller?: Actor) => ({ input: { id: await notificationOf(fx, caller) } }),
    },
    markAllNotificationsRead: { query: 'mutation { markAllNotificationsRead { markedCount } }' },
    deleteNotification: {
      query: 'mutation ($input: IdInput!) { deleteNotification(input: $input) { deletedNotificationId } }',
      variables: async (fx: Fixtures, caller?: Actor) => ({ input: { id: await notificationOf(fx, caller) } }),
    },
    deleteAllReadNotifications: { query: 'mutation { deleteAllReadNotifications { deletedCount } }' },
    sendSystemNotification: {
      query: 'mutation ($input: SendSystemNotificationInput!) { sendSystemNotification(input: $input) { recipientCount } }',
      variables: async (fx: Fixtures) => ({
        input: { organizationId: Buffer.from(`Organization:${fx.owner.orgId}`, 'utf8').toString('base64'), title: 'Role matrix notice' },
      }),
    },
  },
};
