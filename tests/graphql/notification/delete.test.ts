import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startTestApp, type Actor, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import { joinOrganization } from '../../helpers/invitations.js';
import { codes } from '../../helpers/responses.js';
import { decodeGlobalId, encodeGlobalId } from '../../helpers/tenant-kit.js';
import {
  NotificationDeleteAllReadDocument,
  NotificationDeleteDocument,
  NotificationListDocument,
  NotificationMarkReadDocument,
  NotificationMeDocument,
} from '../../generated/operations/graphql.js';

async function must<T, V>(actor: Actor, query: TypedDocumentNode<T, V>, variables?: V): Promise<T> {
  const response = await actor.query(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

/** deleteNotification and deleteAllReadNotifications: a member deletes their own notifications only. */
describe('deleting notifications', () => {
  let app: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  const userIds = new Map<Actor, string>();

  /** A notification for `actor` in `orgId` (unread, or read when `read`), inserted as the owner would by a trigger. */
  const insert = async (actor: Actor, { orgId = org.id, read = false, title = 'Notice' } = {}) => {
    const result = await app.owner.query(
      `INSERT INTO notifications (org_id, user_id, type, title, read_at)
       VALUES ($1, $2, 'SYSTEM', $3, CASE WHEN $4 THEN now() END) RETURNING id::text`,
      [orgId, decodeGlobalId(userIds.get(actor)!).id, title, read],
    );
    return encodeGlobalId('Notification', result.rows[0].id);
  };
  /** Which of `ids` still exist (RLS does not apply). */
  const existing = async (ids: string[]) =>
    (await app.owner.query('SELECT id::text FROM notifications WHERE id = ANY($1::uuid[])', [ids.map((id) => decodeGlobalId(id).id)])).rows
      .map((row) => encodeGlobalId('Notification', row.id))
      .sort();

  beforeAll(async () => {
    app = await startTestApp();
    [org, other] = await Promise.all([createOrganization(app, 'Tidy'), createOrganization(app, 'TidyOther')]);
    for (const actor of [org.owner, org.admin, org.member, org.viewer, other.owner])
      userIds.set(actor, (await must(actor, NotificationMeDocument)).me.id);
  }, 60_000);
  afterAll(async () => app?.close());

  it('deleteNotification deletes one of yours, read or not; again it is NOT_FOUND', async () => {
    const unread = await insert(org.viewer);
    const read = await insert(org.viewer, { read: true });
    for (const id of [unread, read]) {
      expect((await must(org.viewer, NotificationDeleteDocument, { input: { id } })).deleteNotification).toEqual({
        deletedNotificationId: id,
      });
    }
    expect(await existing([unread, read])).toEqual([]);
    const again = await org.viewer.query(NotificationDeleteDocument, { input: { id: unread } });
    expect(codes(again)).toEqual(['NOT_FOUND']);
    expect(again.data).toBeNull();
  });

  it('another member of the organization, or a member of another one, cannot delete it: NOT_FOUND, row kept', async () => {
    const mine = await insert(org.member);
    for (const actor of [org.owner, org.admin, org.viewer, other.owner, org.outsider]) {
      const response = await actor.query(NotificationDeleteDocument, { input: { id: mine } });
      expect(codes(response)).toEqual([actor === org.outsider ? 'FORBIDDEN' : 'NOT_FOUND']);
      expect(response.data).toBeNull();
    }
    // A member of both organizations, acting in the other one, does not reach it either.
    const bridge = (await app.actor('tidy-bridge')).inOrg(other.id);
    await joinOrganization(other.owner, bridge, 'ADMIN');
    await joinOrganization(org.owner, bridge, 'ADMIN');
    expect(codes(await bridge.query(NotificationDeleteDocument, { input: { id: mine } }))).toEqual(['NOT_FOUND']);
    expect(await existing([mine])).toEqual([mine]);
    // Nor do they see it.
    for (const actor of [org.owner, other.owner, bridge]) {
      const list = await must(actor, NotificationListDocument, { first: 100 });
      expect(list.notifications.edges.map((edge) => edge.node.id)).not.toContain(mine);
    }
    // Its user still can.
    await must(org.member, NotificationDeleteDocument, { input: { id: mine } });
    expect(await existing([mine])).toEqual([]);
  });

  it("a member of two organizations deletes an organization's notification only under its header", async () => {
    const bridge = (await app.actor('tidy-two')).inOrg(org.id);
    await joinOrganization(org.owner, bridge, 'VIEWER');
    await joinOrganization(other.owner, bridge, 'VIEWER');
    userIds.set(bridge, (await must(bridge, NotificationMeDocument)).me.id);
    const there = await insert(bridge, { orgId: other.id });
    expect(codes(await bridge.query(NotificationDeleteDocument, { input: { id: there } }))).toEqual(['NOT_FOUND']);
    expect(await existing([there])).toEqual([there]);
    await must(bridge.inOrg(other.id), NotificationDeleteDocument, { input: { id: there } });
    expect(await existing([there])).toEqual([]);
  });

  it('a malformed id or one of another type is BAD_USER_INPUT', async () => {
    const mine = await insert(org.viewer);
    for (const id of ['not-a-global-id', encodeGlobalId('Lead', decodeGlobalId(mine).id)]) {
      const response = await org.viewer.query(NotificationDeleteDocument, { input: { id } });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.extensions?.field).toBe('id');
    }
    expect(await existing([mine])).toEqual([mine]);
  });

  it('deleteAllReadNotifications deletes your read ones here only and returns how many; then 0', async () => {
    const reader = (await app.actor('tidy-reader')).inOrg(org.id);
    await joinOrganization(org.owner, reader, 'VIEWER');
    await joinOrganization(other.owner, reader, 'VIEWER');
    userIds.set(reader, (await must(reader, NotificationMeDocument)).me.id);
    const read = [await insert(reader, { read: true }), await insert(reader, { read: true })];
    const unread = await insert(reader);
    // Marked read through the API counts as read.
    const marked = await insert(reader);
    await must(reader, NotificationMarkReadDocument, { input: { id: marked } });
    // Others' read notifications here, and the reader's in the other organization, stay.
    const othersRead = [await insert(org.member, { read: true }), await insert(org.viewer, { read: true })];
    const readElsewhere = await insert(reader, { orgId: other.id, read: true });

    expect((await must(reader, NotificationDeleteAllReadDocument)).deleteAllReadNotifications).toEqual({ deletedCount: 3 });
    expect(await existing([...read, marked, unread, ...othersRead, readElsewhere])).toEqual([unread, ...othersRead, readElsewhere].sort());
    expect((await must(reader, NotificationDeleteAllReadDocument)).deleteAllReadNotifications).toEqual({ deletedCount: 0 });
    const left = await must(reader, NotificationListDocument, { first: 100 });
    expect(left.notifications.edges.map((edge) => edge.node.id)).toEqual([unread]);
    expect(left.unreadNotificationCount).toBe(1);
  });
});
