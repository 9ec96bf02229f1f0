import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import { joinOrganization } from '../../helpers/invitations.js';
import { decodeGlobalId, encodeGlobalId } from '../../helpers/tenant-kit.js';
import {
  NotificationCreateAppointmentDocument,
  NotificationCreateDealDocument,
  NotificationCreateLeadDocument,
  NotificationListDocument,
  NotificationMarkAllReadDocument,
  NotificationMarkReadDocument,
  NotificationMeDocument,
  NotificationNodeDocument,
  NotificationSubjectsDocument,
  NotificationUpdateDealDocument,
  NotificationUpdateLeadDocument,
  NotificationWithSubjectDocument,
  type NotificationWithSubjectQuery,
} from '../../generated/operations/graphql.js';

/** What the statement-count test reads: its text is built per page size, so it stays a string. */
interface SubjectPage {
  notifications: { totalCount: number; edges: { node: { title: string; subject: { id: string; lastName?: string } | null } }[] };
}

/** A notification's subject, as NotificationWithSubject reads it: one member per type of node. */
type Subject = NonNullable<NotificationWithSubjectQuery['notifications']['edges'][number]['node']['subject']>;
/** Matches the subjects of one type, narrowing them to that type's fields. */
const subjectOf =
  <T extends Subject['__typename']>(typename: T) =>
  (subject: Subject): subject is Extract<Subject, { __typename: T }> =>
    subject.__typename === typename;

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);
const uuid = (globalId: string) => decodeGlobalId(globalId).id;

async function must<T, V>(actor: Actor, query: TypedDocumentNode<T, V>, variables?: V): Promise<T> {
  const response = await actor.query(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

describe('notifications', () => {
  let app: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  const userIds = new Map<Actor, string>();
  const userOf = (actor: Actor) => userIds.get(actor)!;

  /** A user's notification rows in an organization, as the database holds them (RLS does not apply). */
  const rowsOf = async (actor: Actor, orgId = org.id) =>
    (
      await app.owner.query(
        'SELECT id::text, type::text, title, body, subject_id, read_at FROM notifications WHERE org_id = $1 AND user_id = $2 ORDER BY created_at, id',
        [orgId, uuid(userOf(actor))],
      )
    ).rows;
  /** Inserts a notification directly (for states the API cannot produce on demand). */
  const insert = async (actor: Actor, fields: { title?: string; subjectId?: string | null; createdAt?: string; orgId?: string } = {}) => {
    const result = await app.owner.query(
      `INSERT INTO notifications (org_id, user_id, type, title, subject_id, created_at)
       VALUES ($1, $2, 'SYSTEM', $3, $4, coalesce($5::timestamptz, now())) RETURNING id::text`,
      [fields.orgId ?? org.id, uuid(userOf(actor)), fields.title ?? 'System notice', fields.subjectId ?? null, fields.createdAt ?? null],
    );
    return encodeGlobalId('Notification', result.rows[0].id);
  };

  beforeAll(async () => {
    app = await startTestApp();
    [org, other] = await Promise.all([createOrganization(app, 'Notify'), createOrganization(app, 'NotifyOther')]);
    for (const actor of [org.owner, org.admin, org.member, org.viewer, other.owner])
      userIds.set(actor, (await must(actor, NotificationMeDocument)).me.id);
  }, 60_000);
  afterAll(async () => app?.close());

  describe('domain events (database triggers)', () => {
    it('assigning a lead to someone else notifies them once; self-assignment and re-saving do not', async () => {
      const before = await rowsOf(org.member);
      const lead = (
        await must(org.admin, NotificationCreateLeadDocument, {
          input: { firstName: 'Ada', lastName: 'Lovelace', companyName: 'Engines Ltd', assigneeId: userOf(org.member) },
        })
      ).createLead.lead.id;
      const added = (await rowsOf(org.member)).slice(before.length);
      expect(added).toEqual([
        {
          id: expect.any(String),
          type: 'LEAD_ASSIGNED',
          title: 'Lead assigned to you: Ada Lovelace',
          body: 'Engines Ltd',
          subject_id: lead,
          read_at: null,
        },
      ]);
      // Re-saving with the same assignee, or without touching it: nothing new.
      await must(org.admin, NotificationUpdateLeadDocument, { input: { id: lead, assigneeId: userOf(org.member), lastName: 'Byron' } });
      await must(org.admin, NotificationUpdateLeadDocument, { input: { id: lead, score: 40 } });
      expect(await rowsOf(org.member)).toHaveLength(before.length + 1);
      // A member assigning a lead to themselves is not notified.
      const own = await rowsOf(org.member);
      await must(org.member, NotificationCreateLeadDocument, { input: { lastName: 'Mine', assigneeId: userOf(org.member) } });
      expect(await rowsOf(org.member)).toEqual(own);
      // Reassigning notifies the new assignee only.
      const viewerBefore = await rowsOf(org.viewer);
      await must(org.admin, NotificationUpdateLeadDocument, { input: { id: lead, assigneeId: userOf(org.viewer) } });
      expect((await rowsOf(org.viewer)).slice(viewerBefore.length)).toEqual([
        expect.objectContaining({ type: 'LEAD_ASSIGNED', subject_id: lead }),
      ]);
      expect(await rowsOf(org.member)).toEqual(own);
    });

    it("a deal's new owner is notified once; a deal owned by its creator notifies nobody", async () => {
      const memberBefore = await rowsOf(org.member);
      const adminBefore = await rowsOf(org.admin);
      const mine = (await must(org.admin, NotificationCreateDealDocument, { input: { deal: { name: 'Admin own deal' } } })).createDeal.deal
        .id;
      expect(await rowsOf(org.admin)).toEqual(adminBefore);
      const deal = (
        await must(org.admin, NotificationCreateDealDocument, {
          input: { deal: { name: 'Harbor expansion', ownerId: userOf(org.member) } },
        })
      ).createDeal.deal.id;
      expect((await rowsOf(org.member)).slice(memberBefore.length)).toEqual([
        {
          id: expect.any(String),
          type: 'DEAL_ASSIGNED',
          title: 'Deal assigned to you: Harbor expansion',
          body: null,
          subject_id: deal,
          read_at: null,
        },
      ]);
      await must(org.admin, NotificationUpdateDealDocument, {
        input: { id: deal, ownerId: userOf(org.member), name: 'Harbor expansion II' },
      });
      expect(await rowsOf(org.member)).toHaveLength(memberBefore.length + 1);
      await must(org.admin, NotificationUpdateDealDocument, { input: { id: mine, ownerId: userOf(org.member) } });
      expect((await rowsOf(org.member)).slice(memberBefore.length + 1)).toEqual([
        expect.objectContaining({ type: 'DEAL_ASSIGNED', subject_id: mine }),
      ]);
    });

    it('inviting members to an appointment notifies each invitee except the organizer who invites', async () => {
      const memberBefore = await rowsOf(org.member);
      const viewerBefore = await rowsOf(org.viewer);
      const adminBefore = await rowsOf(org.admin);
      const appointment = (
        await must(org.admin, NotificationCreateAppointmentDocument, {
          input: {
            title: 'Site visit',
            startsAt: '2031-05-01T09:30:00.000Z',
            endsAt: '2031-05-01T10:30:00.000Z',
            attendeeUserIds: [userOf(org.member), userOf(org.viewer), userOf(org.admin)],
          },
        })
      ).createAppointment.appointment.id;
      const invitation = {
        id: expect.any(String),
        type: 'APPOINTMENT_INVITATION',
        title: 'Invitation: Site visit',
        body: 'Starts 2031-05-01 09:30 UTC',
        subject_id: appointment,
        read_at: null,
      };
      expect((await rowsOf(org.member)).slice(memberBefore.length)).toEqual([invitation]);
      expect((await rowsOf(org.viewer)).slice(viewerBefore.length)).toEqual([invitation]);
      expect(await rowsOf(org.admin)).toEqual(adminBefore);
    });

    it('subject resolves the record through the node interface, under RLS', async () => {
      const data = await must(org.member, NotificationWithSubjectDocument);
      const nodes = data.notifications.edges.map((edge) => edge.node);
      expect([...new Set(nodes.map((node) => node.subject!.__typename))].sort()).toEqual(['Appointment', 'Deal', 'Lead']);
      for (const node of nodes) expect(node.subject!.id).toBe(node.subjectId);
      // The subjects' own fields, by type (the union narrows on __typename).
      const subjects = nodes.map((node) => node.subject!);
      expect(subjects.find((subject) => subject.__typename === 'Lead' && subject.lastName === 'Byron')).toBeDefined();
      expect(subjects.find(subjectOf('Appointment'))!.title).toBe('Site visit');
      expect(
        subjects
          .filter(subjectOf('Deal'))
          .map((subject) => subject.name)
          .sort(),
      ).toEqual(['Admin own deal', 'Harbor expansion II']);
    });
  });

  describe('reading and marking', () => {
    let reader: Actor;
    let ids: string[];
    beforeAll(async () => {
      // A fresh member with exactly three notifications, oldest first.
      reader = (await app.actor('reader')).inOrg(org.id);
      await joinOrganization(org.owner, reader, 'VIEWER');
      userIds.set(reader, (await must(reader, NotificationMeDocument)).me.id);
      ids = [];
      for (const [i, createdAt] of ['2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z', '2026-11-03T10:00:00Z'].entries()) {
        ids.push(await insert(reader, { title: `Notice ${i + 1}`, createdAt }));
      }
    });

    it('notifications lists newest first with totalCount and pages', async () => {
      const page1 = await must(reader, NotificationListDocument, { first: 2 });
      expect(page1.notifications.totalCount).toBe(3);
      expect(page1.notifications.edges.map((edge) => edge.node.title)).toEqual(['Notice 3', 'Notice 2']);
      expect(page1.notifications.edges[0]!.node).toEqual({
        id: ids[2],
        type: 'SYSTEM',
        title: 'Notice 3',
        body: null,
        subjectId: null,
        readAt: null,
        createdAt: '2026-11-03T10:00:00.000Z',
      });
      const page2 = await must(reader, NotificationListDocument, { first: 2, after: page1.notifications.pageInfo.endCursor });
      expect(page2.notifications.edges.map((edge) => edge.node.id)).toEqual([ids[0]]);
      const oldestFirst = await must(reader, NotificationListDocument, { orderBy: [{ field: 'CREATED_AT', direction: 'ASC' }] });
      expect(oldestFirst.notifications.edges.map((edge) => edge.node.id)).toEqual(ids);
      const typed = await must(reader, NotificationListDocument, { filter: { type: { equals: 'LEAD_ASSIGNED' } } });
      expect(typed.notifications).toMatchObject({ totalCount: 0, edges: [] });
    });

    it('unreadNotificationCount counts the unread', async () => {
      const page1 = await must(reader, NotificationListDocument, { first: 2 });
      expect(page1.unreadNotificationCount).toBe(3);
    });

    it('markNotificationRead sets readAt once: marking again keeps the first time; unreadOnly and the count follow', async () => {
      const first = await must(reader, NotificationMarkReadDocument, { input: { id: ids[1]! } });
      const readAt = first.markNotificationRead.notification.readAt;
      expect(Date.parse(readAt!)).toBeGreaterThan(Date.now() - 60_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const again = await must(reader, NotificationMarkReadDocument, { input: { id: ids[1]! } });
      expect(again.markNotificationRead.notification).toEqual({ id: ids[1], readAt });
      const unread = await must(reader, NotificationListDocument, { unreadOnly: true });
      expect(unread.notifications.edges.map((edge) => edge.node.id)).toEqual([ids[2], ids[0]]);
      expect(unread.notifications.totalCount).toBe(2);
      expect(unread.unreadNotificationCount).toBe(2);
      const readFilter = await must(reader, NotificationListDocument, { filter: { readAt: { isNull: false } } });
      expect(readFilter.notifications.edges.map((edge) => edge.node.id)).toEqual([ids[1]]);
    });

    it('markAllNotificationsRead marks the rest and returns how many; then 0', async () => {
      const readAtBefore = (await rowsOf(reader)).find((row) => row.id === uuid(ids[1]!))!.read_at;
      expect((await must(reader, NotificationMarkAllReadDocument)).markAllNotificationsRead.markedCount).toBe(2);
      expect((await must(reader, NotificationMarkAllReadDocument)).markAllNotificationsRead.markedCount).toBe(0);
      const rows = await rowsOf(reader);
      expect(rows.every((row) => row.read_at !== null)).toBe(true);
      expect(rows.find((row) => row.id === uuid(ids[1]!))!.read_at).toEqual(readAtBefore);
      expect((await must(reader, NotificationListDocument)).unreadNotificationCount).toBe(0);
    });

    it('a wrong or malformed id is BAD_USER_INPUT', async () => {
      const lead = encodeGlobalId('Lead', uuid(ids[0]!));
      for (const id of [lead, 'not-a-global-id']) {
        const response = await reader.query(NotificationMarkReadDocument, { input: { id } });
        expect(codes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.data).toBeNull();
      }
    });

    it('subject is null when the record is gone or the stored id names nothing; subjectId stays as stored', async () => {
      const gone = encodeGlobalId('Lead', '00000000-0000-4000-8000-000000000000');
      await insert(reader, { title: 'Gone', subjectId: gone, createdAt: '2026-11-04T00:00:00Z' });
      await insert(reader, { title: 'Garbage', subjectId: 'not a global id', createdAt: '2026-11-05T00:00:00Z' });
      await insert(reader, {
        title: 'Unknown type',
        subjectId: encodeGlobalId('Spaceship', '00000000-0000-4000-8000-000000000001'),
        createdAt: '2026-11-06T00:00:00Z',
      });
      const response = await reader.query(NotificationSubjectsDocument);
      expect(response.errors).toBeUndefined();
      expect(response.data!.notifications.edges.map((edge) => edge.node)).toEqual([
        { title: 'Unknown type', subjectId: encodeGlobalId('Spaceship', '00000000-0000-4000-8000-000000000001'), subject: null },
        { title: 'Garbage', subjectId: 'not a global id', subject: null },
        { title: 'Gone', subjectId: gone, subject: null },
      ]);
    });
  });

  describe('privacy: a notification is its user’s alone', () => {
    let mine: string;
    beforeAll(async () => {
      await must(org.admin, NotificationCreateLeadDocument, { input: { lastName: 'Private', assigneeId: userOf(org.member) } });
      const list = await must(org.member, NotificationListDocument, { unreadOnly: true, first: 1 });
      mine = list.notifications.edges[0]!.node.id;
    });

    it('other members of the same organization cannot list, read or mark it (NOT_FOUND, row unchanged)', async () => {
      const before = await app.owner.query('SELECT to_jsonb(n) AS row FROM notifications n WHERE id = $1', [uuid(mine)]);
      expect(before.rows[0].row.read_at).toBeNull();
      for (const actor of [org.owner, org.admin, org.viewer]) {
        const list = await must(actor, NotificationListDocument, { first: 100 });
        expect(list.notifications.edges.map((edge) => edge.node.id)).not.toContain(mine);
        const byFilter = await must(actor, NotificationListDocument, { filter: { id: { equals: mine } } });
        expect(byFilter.notifications).toMatchObject({ totalCount: 0, edges: [] });
        const node = await actor.query(NotificationNodeDocument, { id: mine });
        expect(node.errors).toBeUndefined();
        expect(node.data!.node).toBeNull();
        const marked = await actor.query(NotificationMarkReadDocument, { input: { id: mine } });
        expect(codes(marked)).toEqual(['NOT_FOUND']);
        expect(marked.data).toBeNull();
        await must(actor, NotificationMarkAllReadDocument);
      }
      const after = await app.owner.query('SELECT to_jsonb(n) AS row FROM notifications n WHERE id = $1', [uuid(mine)]);
      expect(after.rows).toEqual(before.rows);
      // Its user still sees it, unread.
      const node = await must(org.member, NotificationNodeDocument, { id: mine });
      expect(node.node).toEqual({ id: mine, title: 'Lead assigned to you: Private', readAt: null });
    });

    it('a member of two organizations sees each organization’s notifications only under its header', async () => {
      const bridge = org.admin;
      await joinOrganization(other.owner, bridge, 'MEMBER');
      const inOther = await insert(bridge, { title: 'From the other org', orgId: other.id });
      const here = await must(bridge, NotificationListDocument, { first: 100 });
      expect(here.notifications.edges.map((edge) => edge.node.id)).not.toContain(inOther);
      const there = await must(bridge.inOrg(other.id), NotificationListDocument, { first: 100 });
      expect(there.notifications.edges.map((edge) => edge.node.id)).toEqual([inOther]);
      expect(there.unreadNotificationCount).toBe(1);
      expect(codes(await bridge.query(NotificationMarkReadDocument, { input: { id: inOther } }))).toEqual(['NOT_FOUND']);
    });

    it('RLS itself hides and protects it from another user of the same organization (raw SQL as the API role)', async () => {
      const client = await app.database.pool.connect();
      const asUser = async (actor: Actor) => {
        await client.query('BEGIN');
        await client.query("SELECT set_config('app.current_org_id', $1, true), set_config('app.current_user_id', $2, true)", [
          org.id,
          uuid(userOf(actor)),
        ]);
        try {
          const seen = await client.query('SELECT count(*)::int AS n FROM notifications WHERE id = $1', [uuid(mine)]);
          const updated = await client.query('UPDATE notifications SET read_at = now() WHERE id = $1', [uuid(mine)]);
          const deleted = await client.query('DELETE FROM notifications WHERE id = $1', [uuid(mine)]);
          return { seen: seen.rows[0].n, updated: updated.rowCount, deleted: deleted.rowCount };
        } finally {
          await client.query('ROLLBACK');
        }
      };
      try {
        for (const actor of [org.owner, org.admin, org.viewer]) expect(await asUser(actor)).toEqual({ seen: 0, updated: 0, deleted: 0 });
        // Control: its user, in the same kind of transaction, sees and could change it.
        expect(await asUser(org.member)).toEqual({ seen: 1, updated: 1, deleted: 1 });
      } finally {
        client.release();
      }
      const row = await app.owner.query('SELECT read_at FROM notifications WHERE id = $1', [uuid(mine)]);
      expect(row.rows).toEqual([{ read_at: null }]);
    });
  });

  it('listing notifications with their subjects costs the same number of statements for 3 or 30', async () => {
    const busy = (await app.actor('busy')).inOrg(org.id);
    await joinOrganization(org.owner, busy, 'MEMBER');
    userIds.set(busy, (await must(busy, NotificationMeDocument)).me.id);
    const leads: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      leads.push(
        (await must(org.admin, NotificationCreateLeadDocument, { input: { lastName: `Busy ${i}`, assigneeId: userOf(busy) } })).createLead
          .lead.id,
      );
    }
    const measure = async (first: number) => {
      app.database.statements.reset();
      const response = await busy.query<SubjectPage>(
        `{ notifications(first: ${first}) { totalCount edges { node { title subject { id ... on Lead { lastName } } } } } }`,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.notifications.edges).toHaveLength(first);
      expect(response.data!.notifications.edges.every((edge) => edge.node.subject!.lastName!.startsWith('Busy'))).toBe(true);
      return app.database.statements.count;
    };
    expect(await measure(3)).toBe(await measure(30));
  });
});
