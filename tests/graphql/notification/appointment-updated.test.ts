import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startTestApp, type Actor, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import { decodeGlobalId } from '../../helpers/tenant-kit.js';
import {
  NotificationCreateAppointmentDocument,
  NotificationMeDocument,
  NotificationUpdateAppointmentDocument,
  type UpdateAppointmentInput,
} from '../../generated/operations/graphql.js';

async function must<T, V>(actor: Actor, query: TypedDocumentNode<T, V>, variables?: V): Promise<T> {
  const response = await actor.query(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

/**
 * APPOINTMENT_UPDATED (sql/30_notifications.sql): a reschedule or a cancellation notifies the
 * member attendees and the organizer, never the member who made the change; driven through
 * updateAppointment, the one API path that moves or cancels an appointment.
 */
describe('APPOINTMENT_UPDATED notifications', () => {
  let app: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  const userIds = new Map<Actor, string>();
  const userOf = (actor: Actor) => userIds.get(actor)!;

  /** Every notification row in the database with its user's id, oldest first (RLS does not apply). */
  const allRows = async () =>
    (
      await app.owner.query(
        `SELECT org_id::text, user_id::text, type::text, title, body, subject_id FROM notifications ORDER BY created_at, id`,
      )
    ).rows as { org_id: string; user_id: string; type: string; title: string; body: string | null; subject_id: string | null }[];
  /** The notification rows `work` added, in every organization. */
  const added = async (work: () => Promise<unknown>) => {
    const before = (await allRows()).length;
    await work();
    return (await allRows()).slice(before);
  };
  const recipients = (rows: { user_id: string }[]) => rows.map((row) => row.user_id).sort();
  const uuidOf = (...actors: Actor[]) => actors.map((actor) => decodeGlobalId(userOf(actor)).id).sort();

  /** An appointment organized by `organizer` with `attendees` (member actors), 2031-05-01 09:30–10:30 UTC. */
  const book = async (organizer: Actor, attendees: Actor[], title = 'Site visit') =>
    (
      await must(organizer, NotificationCreateAppointmentDocument, {
        input: {
          title,
          startsAt: '2031-05-01T09:30:00.000Z',
          endsAt: '2031-05-01T10:30:00.000Z',
          attendeeUserIds: attendees.map(userOf),
        },
      })
    ).createAppointment.appointment.id;
  const update = (actor: Actor, input: UpdateAppointmentInput) => must(actor, NotificationUpdateAppointmentDocument, { input });

  beforeAll(async () => {
    app = await startTestApp();
    [org, other] = await Promise.all([createOrganization(app, 'Moves'), createOrganization(app, 'MovesOther')]);
    for (const actor of [org.owner, org.admin, org.member, org.viewer])
      userIds.set(actor, (await must(actor, NotificationMeDocument)).me.id);
  }, 60_000);
  afterAll(async () => app?.close());
  it('a reschedule notifies every member attendee once, with the new time in UTC, but not the organizer who moved it', async () => {
    const appointment = await book(org.admin, [org.member, org.viewer, org.admin]);
    const rows = await added(() =>
      update(org.admin, { id: appointment, startsAt: '2031-05-02T14:00:00.000Z', endsAt: '2031-05-02T15:15:00.000Z' }),
    );
    expect(recipients(rows)).toEqual(uuidOf(org.member, org.viewer));
    for (const row of rows) {
      expect(row).toEqual({
        org_id: org.id,
        user_id: expect.any(String),
        type: 'APPOINTMENT_UPDATED',
        title: 'Rescheduled: Site visit',
        body: 'Now starts 2031-05-02 14:00 UTC, ends 2031-05-02 15:15 UTC',
        subject_id: appointment,
      });
    }
    // Moving only the end is a reschedule too.
    const endOnly = await added(() => update(org.admin, { id: appointment, endsAt: '2031-05-02T16:00:00.000Z' }));
    expect(recipients(endOnly)).toEqual(uuidOf(org.member, org.viewer));
    expect(endOnly[0]!.body).toBe('Now starts 2031-05-02 14:00 UTC, ends 2031-05-02 16:00 UTC');
  });

  it('an attendee who reschedules notifies the organizer and the other attendees, not themselves', async () => {
    const appointment = await book(org.admin, [org.member, org.viewer]);
    const rows = await added(() => update(org.member, { id: appointment, startsAt: '2031-05-01T08:00:00.000Z' }));
    expect(recipients(rows)).toEqual(uuidOf(org.admin, org.viewer));
    expect(rows.every((row) => row.title === 'Rescheduled: Site visit')).toBe(true);
  });

  it('a cancellation notifies the attendees and the organizer, except the one who cancels; only once', async () => {
    const appointment = await book(org.admin, [org.member, org.viewer], 'Closing');
    const rows = await added(() => update(org.owner, { id: appointment, status: 'CANCELLED' }));
    expect(recipients(rows)).toEqual(uuidOf(org.admin, org.member, org.viewer));
    for (const row of rows) {
      expect(row).toMatchObject({
        type: 'APPOINTMENT_UPDATED',
        title: 'Cancelled: Closing',
        body: 'Was to start 2031-05-01 09:30 UTC',
        subject_id: appointment,
      });
    }
    // Cancelling again, or moving a cancelled appointment, tells nobody anything.
    expect(await added(() => update(org.owner, { id: appointment, status: 'CANCELLED', title: 'Closing (off)' }))).toEqual([]);
    expect(await added(() => update(org.owner, { id: appointment, startsAt: '2031-05-01T08:00:00.000Z' }))).toEqual([]);
  });

  it('cancelling and moving in one update is one cancellation notice per person', async () => {
    const appointment = await book(org.admin, [org.member]);
    const rows = await added(() =>
      update(org.admin, { id: appointment, status: 'CANCELLED', startsAt: '2031-06-01T09:00:00.000Z', endsAt: '2031-06-01T10:00:00.000Z' }),
    );
    expect(rows).toEqual([expect.objectContaining({ user_id: uuidOf(org.member)[0], title: 'Cancelled: Site visit' })]);
  });

  it('other changes, re-saving the same times and the other statuses notify nobody', async () => {
    const appointment = await book(org.admin, [org.member, org.viewer]);
    expect(
      await added(async () => {
        await update(org.admin, { id: appointment, title: 'Site visit (bring keys)', location: 'Main St 1' });
        await update(org.admin, { id: appointment, startsAt: '2031-05-01T09:30:00.000Z', endsAt: '2031-05-01T10:30:00.000Z' });
        await update(org.admin, { id: appointment, status: 'CONFIRMED' });
        await update(org.admin, { id: appointment, status: 'COMPLETED' });
      }),
    ).toEqual([]);
  });

  it('the organizer is notified when someone else moves their appointment, even without attendees', async () => {
    const appointment = await book(org.member, []);
    const rows = await added(() => update(org.admin, { id: appointment, startsAt: '2031-05-01T07:00:00.000Z' }));
    expect(recipients(rows)).toEqual(uuidOf(org.member));
    // The organizer moving their own appointment: nobody.
    expect(await added(() => update(org.member, { id: appointment, startsAt: '2031-05-01T06:00:00.000Z' }))).toEqual([]);
  });

  it('changing the guest list while moving: dropped members hear nothing, new ones only their invitation with the new time', async () => {
    const appointment = await book(org.admin, [org.member, org.viewer]);
    const rows = await added(() =>
      update(org.admin, {
        id: appointment,
        startsAt: '2031-05-03T09:00:00.000Z',
        endsAt: '2031-05-03T10:00:00.000Z',
        attendeeUserIds: [userOf(org.member), userOf(org.owner)],
      }),
    );
    expect(
      rows.map((row) => ({ user_id: row.user_id, type: row.type, body: row.body })).sort((a, b) => a.type.localeCompare(b.type)),
    ).toEqual([
      { user_id: uuidOf(org.owner)[0], type: 'APPOINTMENT_INVITATION', body: 'Starts 2031-05-03 09:00 UTC' },
      { user_id: uuidOf(org.member)[0], type: 'APPOINTMENT_UPDATED', body: 'Now starts 2031-05-03 09:00 UTC, ends 2031-05-03 10:00 UTC' },
    ]);
  });

  it("stays in the appointment's organization: nobody elsewhere is notified", async () => {
    const appointment = await book(org.admin, [org.member]);
    const rows = await added(() => update(org.admin, { id: appointment, startsAt: '2031-05-01T05:00:00.000Z' }));
    expect(rows.map((row) => row.org_id)).toEqual([org.id]);
    expect(
      await added(() => other.owner.query(NotificationUpdateAppointmentDocument, { input: { id: appointment, status: 'CANCELLED' } })),
    ).toEqual([]);
  });
});
