import { beforeAll, describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Actor } from '../../helpers/app.js';
import { useTenants } from '../../helpers/actors.js';
import { build, userIdOf } from '../../helpers/builders.js';
import { joinOrganization } from '../../helpers/invitations.js';
import { codes, fields, ids, uuidOf } from '../../helpers/responses.js';
import {
  AppointmentAttendeeTypeDocument,
  AppointmentCreateDocument,
  AppointmentCreateWithConflictDetailsDocument,
  AppointmentDeleteDocument,
  AppointmentListDocument,
  AppointmentNodeDocument,
  AppointmentRelatedDocument,
  AppointmentRestoreDocument,
  AppointmentUpcomingDocument,
  AppointmentUpdateDocument,
  type AppointmentRelatedQuery,
  type AppointmentUpcomingQuery,
  type CreateAppointmentInput,
  type UpdateAppointmentInput,
} from '../../generated/operations/graphql.js';

// Typed documents (tests/operations/appointment.graphql): `data` is typed, `variables` are checked.

/** The appointments of a node an AppointmentRelated query read (its Deal, Contact or Listing). */
const appointmentsOf = (node: AppointmentRelatedQuery['deal']) => {
  if (!node?.appointments) throw new Error(`no appointments: ${JSON.stringify(node)}`);
  return node.appointments;
};

/** A fixed day in the future (tests use distinct days so their appointments never overlap each other's). */
const BASE = Date.UTC(2031, 0, 6);
const at = (day: number, hour: number, minute = 0) => new Date(BASE + day * 86_400_000 + (hour * 60 + minute) * 60_000).toISOString();

describe('appointments', () => {
  const { app, org, other } = useTenants('Appointments', { otherTenant: true });
  const user: Record<'owner' | 'admin' | 'member' | 'viewer', string> = { owner: '', admin: '', member: '', viewer: '' };
  let contactA: string;
  let contactB: string;
  let dealId: string;
  let listingId: string;
  let foreignContact: string;
  let foreignDeal: string;
  let foreignUser: string;

  async function create(input: CreateAppointmentInput, actor: Actor = org.member) {
    const response = await actor.query(AppointmentCreateDocument, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.createAppointment;
  }
  async function update(input: UpdateAppointmentInput, actor: Actor = org.member) {
    const response = await actor.query(AppointmentUpdateDocument, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.updateAppointment;
  }
  const read = async (id: string) => {
    const response = await org.viewer.query(AppointmentNodeDocument, { id });
    expect(response.errors).toBeUndefined();
    return response.data!.node;
  };
  /** Invitation notifications per user (read as the database owner: the notifications API is private to each user). */
  async function invitations(appointmentId: string) {
    const result = await app.owner.query(
      `SELECT user_id::text AS user_id, org_id::text AS org_id, title, body, subject_id FROM notifications
        WHERE type = 'APPOINTMENT_INVITATION' AND subject_id = $1 ORDER BY created_at, user_id`,
      [appointmentId],
    );
    return result.rows;
  }
  const invitedUsers = async (appointmentId: string) => (await invitations(appointmentId)).map((row) => row.user_id).sort();
  /** Row counts of everything an appointment write can touch. */
  async function counts() {
    const result = await app.owner.query(
      `SELECT (SELECT count(*) FROM appointments)::int AS appointments,
              (SELECT count(*) FROM appointment_attendees)::int AS attendees,
              (SELECT count(*) FROM notifications)::int AS notifications,
              (SELECT md5(coalesce(string_agg(to_jsonb(a)::text, '|' ORDER BY a.id), '')) FROM appointments a) AS hash,
              (SELECT md5(coalesce(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id), '')) FROM appointment_attendees x) AS attendee_hash`,
    );
    return result.rows[0];
  }
  async function expectRefused<R, I>(
    query: TypedDocumentNode<R, { input: I }>,
    input: NoInfer<I>,
    field: string | undefined,
    actor: Actor = org.member,
  ) {
    const before = await counts();
    const response = await actor.query(query, { input });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(fields(response)).toEqual([field]);
    expect(response.data).toBeNull();
    expect(await counts()).toEqual(before);
  }

  beforeAll(async () => {
    user.owner = await userIdOf(org.owner);
    user.admin = await userIdOf(org.admin);
    user.member = await userIdOf(org.member);
    user.viewer = await userIdOf(org.viewer);
    contactA = await build.contact(org.owner, { lastName: 'Attendee A' });
    contactB = await build.contact(org.owner, { lastName: 'Attendee B' });
    dealId = await build.deal(org.owner, { deal: { name: 'Showing deal' }, contactId: contactA });
    listingId = await build.listing(org.owner);
    foreignContact = await build.contact(other.owner, { lastName: 'Foreign' });
    foreignDeal = await build.deal(other.owner, { deal: { name: 'Foreign deal' } });
    foreignUser = await userIdOf(other.owner);
  });

  describe('createAppointment', () => {
    it('stores every field, defaults the organizer to the caller and the status to SCHEDULED', async () => {
      const { appointment, conflicts } = await create({
        title: '  Property showing  ',
        description: 'Second viewing',
        startsAt: at(0, 14),
        endsAt: at(0, 15, 30),
        location: '12 Elm Street',
        meetingUrl: 'https://meet.example.test/abc',
        dealId,
        contactId: contactA,
        listingId,
        attendeeUserIds: [user.admin, user.admin],
        attendeeContactIds: [contactA, contactB],
        customFields: { source: 'website' },
      });
      expect(appointment).toMatchObject({
        title: 'Property showing',
        description: 'Second viewing',
        startsAt: at(0, 14),
        endsAt: at(0, 15, 30),
        location: '12 Elm Street',
        meetingUrl: 'https://meet.example.test/abc',
        status: 'SCHEDULED',
        customFields: { source: 'website' },
        deletedAt: null,
        organizer: { id: user.member },
        deal: { id: dealId },
        contact: { id: contactA },
        listing: { id: listingId },
      });
      expect(conflicts).toEqual([]);
      // Duplicates count once; each attendee is a member or a contact, never both.
      expect(appointment.attendees).toHaveLength(3);
      expect(appointment.attendees.filter((a) => a.user).map((a) => a.user!.id)).toEqual([user.admin]);
      expect(
        appointment.attendees
          .filter((a) => a.contact)
          .map((a) => a.contact!.id)
          .sort(),
      ).toEqual([contactA, contactB].sort());
      expect(appointment.attendees.every((a) => (a.user === null) !== (a.contact === null))).toBe(true);
      expect(await read(appointment.id)).toEqual(appointment);
    });

    it('takes an explicit organizer and status', async () => {
      const { appointment } = await create({
        title: 'Call',
        startsAt: at(1, 9),
        endsAt: at(1, 9, 15),
        organizerId: user.admin,
        status: 'CONFIRMED',
      });
      expect(appointment).toMatchObject({ organizer: { id: user.admin }, status: 'CONFIRMED' });
    });

    it('a minimal appointment has no links or attendees', async () => {
      const { appointment } = await create({
        title: 'Call',
        startsAt: at(1, 10),
        endsAt: at(1, 10, 15),
        organizerId: user.admin,
        status: 'CONFIRMED',
      });
      expect(appointment).toMatchObject({
        deal: null,
        contact: null,
        listing: null,
        attendees: [],
        description: null,
        location: null,
        meetingUrl: null,
        customFields: {},
      });
    });

    it('AppointmentAttendee is not a node: it has no id', async () => {
      const response = await org.viewer.query(AppointmentAttendeeTypeDocument);
      expect(response.data!.__type!.fields!.map((f) => f.name).sort()).toEqual(['contact', 'invitedAt', 'user']);
      expect(response.data!.__type!.interfaces).toEqual([]);
    });

    it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
      const valid = { title: 'Valid', startsAt: at(2, 10), endsAt: at(2, 11) };
      await expectRefused(AppointmentCreateDocument, { ...valid, endsAt: at(2, 10) }, 'endsAt');
      await expectRefused(AppointmentCreateDocument, { ...valid, endsAt: at(2, 9) }, 'endsAt');
      await expectRefused(AppointmentCreateDocument, { ...valid, title: '   ' }, 'title');
      await expectRefused(AppointmentCreateDocument, { ...valid, title: 'x'.repeat(201) }, 'title');
      await expectRefused(AppointmentCreateDocument, { ...valid, meetingUrl: 'ftp://files.example.test' }, 'meetingUrl');
      await expectRefused(AppointmentCreateDocument, { ...valid, meetingUrl: 'javascript:alert(1)' }, 'meetingUrl');
      await expectRefused(AppointmentCreateDocument, { ...valid, dealId: contactA }, 'dealId');
      await expectRefused(AppointmentCreateDocument, { ...valid, listingId: dealId }, 'listingId');
      await expectRefused(AppointmentCreateDocument, { ...valid, organizerId: contactA }, 'organizerId');
      await expectRefused(AppointmentCreateDocument, { ...valid, attendeeUserIds: [contactA] }, 'attendeeUserIds');
      await expectRefused(AppointmentCreateDocument, { ...valid, attendeeContactIds: [user.admin] }, 'attendeeContactIds');
      await expectRefused(AppointmentCreateDocument, { ...valid, attendeeContactIds: ['not-an-id'] }, 'attendeeContactIds');
      // 101 distinct (well-formed) ids: the cap is checked before anything is looked up.
      const many = Array.from({ length: 101 }, (_, i) =>
        Buffer.from(`User:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`).toString('base64'),
      );
      await expectRefused(AppointmentCreateDocument, { ...valid, attendeeUserIds: many }, 'attendeeUserIds');
    });

    it("refuses another organization's records and non-members, naming the field, and writes nothing", async () => {
      const valid = { title: 'Cross', startsAt: at(2, 12), endsAt: at(2, 13) };
      await expectRefused(AppointmentCreateDocument, { ...valid, dealId: foreignDeal }, 'dealId');
      await expectRefused(AppointmentCreateDocument, { ...valid, contactId: foreignContact }, 'contactId');
      await expectRefused(AppointmentCreateDocument, { ...valid, organizerId: foreignUser }, 'organizerId');
      await expectRefused(AppointmentCreateDocument, { ...valid, attendeeUserIds: [user.admin, foreignUser] }, 'attendeeUserIds');
      await expectRefused(AppointmentCreateDocument, { ...valid, attendeeContactIds: [contactA, foreignContact] }, 'attendeeContactIds');
      // The other organization's owner is a user; the outsider is signed in but a member nowhere here.
      await expectRefused(
        AppointmentCreateDocument,
        { ...valid, attendeeUserIds: [await userIdOf(org.outsider.inOrg(null))] },
        'attendeeUserIds',
      );
    });

    it('a viewer may not create one (FORBIDDEN) and nothing is written', async () => {
      const before = await counts();
      const response = await org.viewer.query(AppointmentCreateDocument, {
        input: { title: 'Nope', startsAt: at(2, 14), endsAt: at(2, 15) },
      });
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(await counts()).toEqual(before);
    });
  });

  describe('invitations', () => {
    it('notifies each member attendee once, never the caller, never contacts', async () => {
      const { appointment } = await create(
        {
          title: 'Kickoff',
          startsAt: at(3, 10),
          endsAt: at(3, 11),
          attendeeUserIds: [user.owner, user.admin, user.member],
          attendeeContactIds: [contactA],
        },
        org.member,
      );
      const rows = await invitations(appointment.id);
      expect(rows.map((row) => row.user_id).sort()).toEqual([uuidOf(user.owner), uuidOf(user.admin)].sort());
      for (const row of rows) {
        expect(row).toMatchObject({
          org_id: org.id,
          title: 'Invitation: Kickoff',
          body: 'Starts 2031-01-09 10:00 UTC',
          subject_id: appointment.id,
        });
      }
      // Re-saving the same guest list notifies nobody again and is not a change.
      const again = await update({ id: appointment.id, attendeeUserIds: [user.member, user.admin, user.owner] });
      expect(again.appointment.updatedAt).toBe(appointment.updatedAt);
      expect(await invitations(appointment.id)).toHaveLength(2);
    });
  });

  describe('updateAppointment', () => {
    it('updates given fields; omitted stay, null clears optional ones', async () => {
      const { appointment } = await create({
        title: 'Lunch',
        startsAt: at(4, 12),
        endsAt: at(4, 13),
        location: 'Cafe',
        dealId,
        contactId: contactA,
        listingId,
        attendeeContactIds: [contactA],
      });
      const { appointment: updated } = await update({
        id: appointment.id,
        title: 'Long lunch',
        location: null,
        dealId: null,
        status: 'COMPLETED',
      });
      expect(updated).toMatchObject({
        title: 'Long lunch',
        location: null,
        deal: null,
        status: 'COMPLETED',
        contact: { id: contactA },
        listing: { id: listingId },
        startsAt: at(4, 12),
        attendees: [{ user: null, contact: { id: contactA } }],
      });
      const { appointment: moved } = await update({ id: appointment.id, endsAt: at(4, 14) });
      expect(moved).toMatchObject({ startsAt: at(4, 12), endsAt: at(4, 14) });
      const { appointment: noOrganizer } = await update({ id: appointment.id, organizerId: null });
      expect(noOrganizer.organizer).toBeNull();
    });

    it('attendeeUserIds / attendeeContactIds replace the set: removed rows go, only added members are notified', async () => {
      const { appointment } = await create({
        title: 'Planning',
        startsAt: at(5, 9),
        endsAt: at(5, 10),
        attendeeUserIds: [user.admin, user.viewer],
        attendeeContactIds: [contactA],
      });
      expect(await invitedUsers(appointment.id)).toEqual([uuidOf(user.admin), uuidOf(user.viewer)].sort());

      const { appointment: replaced } = await update({ id: appointment.id, attendeeUserIds: [user.viewer, user.owner] });
      const members = replaced.attendees.filter((a) => a.user).map((a) => a.user!.id);
      expect(members.sort()).toEqual([user.viewer, user.owner].sort());
      // Contacts were not given, so they stay.
      expect(replaced.attendees.filter((a) => a.contact).map((a) => a.contact!.id)).toEqual([contactA]);
      // The guest list changed: updatedAt moves even though no column of the appointment did.
      expect(new Date(replaced.updatedAt).getTime()).toBeGreaterThan(new Date(appointment.updatedAt).getTime());
      // admin: once (at creation); viewer: once, not re-notified; owner: newly added.
      expect(await invitedUsers(appointment.id)).toEqual([uuidOf(user.admin), uuidOf(user.viewer), uuidOf(user.owner)].sort());
      // The viewer's row was kept, not re-created.
      const kept = await app.owner.query(
        'SELECT count(*)::int AS n FROM appointment_attendees WHERE appointment_id = $1 AND user_id = $2 AND created_at < now()',
        [uuidOf(appointment.id), uuidOf(user.viewer)],
      );
      expect(kept.rows[0].n).toBe(1);

      const { appointment: cleared } = await update({ id: appointment.id, attendeeContactIds: [], attendeeUserIds: [] });
      expect(cleared.attendees).toEqual([]);
      const rows = await app.owner.query('SELECT count(*)::int AS n FROM appointment_attendees WHERE appointment_id = $1', [
        uuidOf(appointment.id),
      ]);
      expect(rows.rows[0].n).toBe(0);
    });

    it('refuses bad input naming the field and changes nothing (times are checked against the stored ones)', async () => {
      const { appointment } = await create({ title: 'Fixed', startsAt: at(6, 10), endsAt: at(6, 11), attendeeUserIds: [user.admin] });
      const id = appointment.id;
      await expectRefused(AppointmentUpdateDocument, { id, endsAt: at(6, 9) }, 'endsAt');
      await expectRefused(AppointmentUpdateDocument, { id, startsAt: at(6, 11) }, 'endsAt');
      await expectRefused(AppointmentUpdateDocument, { id, startsAt: at(6, 12), endsAt: at(6, 12) }, 'endsAt');
      await expectRefused(AppointmentUpdateDocument, { id, title: null }, 'title');
      await expectRefused(AppointmentUpdateDocument, { id, startsAt: null }, 'startsAt');
      await expectRefused(AppointmentUpdateDocument, { id, status: null }, 'status');
      await expectRefused(AppointmentUpdateDocument, { id, meetingUrl: 'meet.example.test' }, 'meetingUrl');
      await expectRefused(AppointmentUpdateDocument, { id, contactId: foreignContact }, 'contactId');
      // A valid change together with an invalid attendee: the whole update rolls back.
      await expectRefused(
        AppointmentUpdateDocument,
        { id, title: 'Changed', attendeeUserIds: [user.viewer, foreignUser] },
        'attendeeUserIds',
      );
      await expectRefused(AppointmentUpdateDocument, { id, title: 'Changed', attendeeContactIds: [foreignContact] }, 'attendeeContactIds');
      expect(await read(id)).toMatchObject({ title: 'Fixed', attendees: [{ user: { id: user.admin } }] });
      expect(await invitedUsers(id)).toEqual([uuidOf(user.admin)]);
    });

    it("an unknown or another organization's appointment is NOT_FOUND", async () => {
      const foreign = (await create({ title: 'Theirs', startsAt: at(6, 14), endsAt: at(6, 15) }, other.owner)).appointment.id;
      const response = await org.member.query(AppointmentUpdateDocument, { input: { id: foreign, title: 'Mine now' } });
      expect(codes(response)).toEqual(['NOT_FOUND']);
      expect(response.data).toBeNull();
      const wrongType = await org.member.query(AppointmentUpdateDocument, { input: { id: dealId, title: 'x' } });
      expect(codes(wrongType)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('conflicts', () => {
    // Each scenario on its own day; the member organizes the existing appointment.
    it('reports an overlapping appointment of the organizer, without refusing the new one', async () => {
      const existing = (await create({ title: 'Existing', startsAt: at(10, 10), endsAt: at(10, 11) })).appointment;
      const { appointment, conflicts } = await create({ title: 'Overlapping', startsAt: at(10, 10, 30), endsAt: at(10, 11, 30) });
      expect(conflicts).toEqual([{ id: existing.id, title: 'Existing' }]);
      expect(appointment.id).toEqual(expect.any(String));
      // Containment overlaps too, and conflicts come soonest first.
      const { conflicts: both } = await create({ title: 'Whole morning', startsAt: at(10, 9), endsAt: at(10, 12) });
      expect(both.map((c) => c.title)).toEqual(['Existing', 'Overlapping']);
    });

    it('touching appointments (one ends when the next starts) do not conflict', async () => {
      await create({ title: 'First', startsAt: at(11, 10), endsAt: at(11, 11) });
      expect((await create({ title: 'Right after', startsAt: at(11, 11), endsAt: at(11, 12) })).conflicts).toEqual([]);
      expect((await create({ title: 'Right before', startsAt: at(11, 9), endsAt: at(11, 10) })).conflicts).toEqual([]);
    });

    it('cancelled and deleted appointments do not conflict; a cancelled new one reports nothing', async () => {
      const cancelled = (await create({ title: 'Cancelled', startsAt: at(12, 10), endsAt: at(12, 11), status: 'CANCELLED' })).appointment;
      const deleted = (await create({ title: 'Deleted', startsAt: at(12, 10), endsAt: at(12, 11) })).appointment;
      expect((await org.admin.query(AppointmentDeleteDocument, { id: deleted.id })).errors).toBeUndefined();
      expect((await create({ title: 'Free slot', startsAt: at(12, 10), endsAt: at(12, 11) })).conflicts).toEqual([]);
      // The cancelled one itself, reactivated, now overlaps "Free slot".
      const reactivated = await update({ id: cancelled.id, status: 'SCHEDULED' });
      expect(reactivated.conflicts.map((c) => c.title)).toEqual(['Free slot']);
      expect((await create({ title: 'Also cancelled', startsAt: at(12, 10), endsAt: at(12, 11), status: 'CANCELLED' })).conflicts).toEqual(
        [],
      );
    });

    it("counts member attendees' appointments, as organizer or attendee; other people's and contacts' do not count", async () => {
      // The viewer attends an appointment organized by the owner.
      const viewerBusy = (
        await create({ title: 'Viewer busy', startsAt: at(13, 10), endsAt: at(13, 11), attendeeUserIds: [user.viewer] }, org.owner)
      ).appointment;
      // Someone else's appointment and a contact's: neither involves the people below.
      await create({ title: 'Admin alone', startsAt: at(13, 10), endsAt: at(13, 11), attendeeContactIds: [contactB] }, org.admin);
      // Organized by the member, inviting the viewer: the viewer's appointment conflicts.
      const { conflicts } = await create({
        title: 'With viewer',
        startsAt: at(13, 10, 30),
        endsAt: at(13, 11, 30),
        attendeeUserIds: [user.viewer],
        attendeeContactIds: [contactB],
      });
      expect(conflicts.map((c) => c.id)).toEqual([viewerBusy.id]);
      // The owner organizes "Viewer busy": as an attendee of a new appointment, it conflicts too.
      const { conflicts: forOwner } = await create({
        title: 'Owner invited',
        startsAt: at(13, 10, 45),
        endsAt: at(13, 12),
        organizerId: user.member,
        attendeeUserIds: [user.owner],
      });
      expect(forOwner.map((c) => c.title)).toEqual(['Viewer busy', 'With viewer']);
      // Conflicts are full appointments: their relations can be selected.
      const detailed = await org.member.query(AppointmentCreateWithConflictDetailsDocument, {
        input: { title: 'Detailed', startsAt: at(13, 10), endsAt: at(13, 10, 15), attendeeUserIds: [user.viewer] },
      });
      expect(detailed.errors).toBeUndefined();
      expect(detailed.data!.createAppointment.conflicts).toEqual([
        { id: viewerBusy.id, title: 'Viewer busy', organizer: { id: user.owner }, attendees: [{ user: { id: user.viewer } }] },
      ]);
    });

    it('update reports conflicts when the time or the people change, not for other edits', async () => {
      const busy = (await create({ title: 'Busy', startsAt: at(14, 15), endsAt: at(14, 16) })).appointment;
      const { appointment } = await create({ title: 'Movable', startsAt: at(14, 9), endsAt: at(14, 10) });
      const moved = await update({ id: appointment.id, startsAt: at(14, 15, 30), endsAt: at(14, 16, 30) });
      expect(moved.conflicts).toEqual([{ id: busy.id, title: 'Busy' }]);
      expect((await update({ id: appointment.id, title: 'Renamed' })).conflicts).toEqual([]);
      expect((await update({ id: appointment.id, endsAt: at(14, 17) })).conflicts.map((c) => c.id)).toEqual([busy.id]);
      // The admin organizes it now: the member's "Busy" no longer concerns it.
      expect((await update({ id: appointment.id, organizerId: user.admin })).conflicts).toEqual([]);
      expect((await update({ id: appointment.id, attendeeUserIds: [user.member] })).conflicts.map((c) => c.id)).toEqual([busy.id]);
    });
  });

  describe('upcomingAppointments', () => {
    let person: Actor;
    let personId: string;
    const titles = (data: AppointmentUpcomingQuery | null | undefined) => data!.upcomingAppointments.edges.map((edge) => edge.node.title);

    beforeAll(async () => {
      person = await app.actor('upcoming-person');
      await joinOrganization(org.owner, person, 'MEMBER');
      person = person.inOrg(org.id);
      personId = await userIdOf(person);
      const hour = 3_600_000;
      const now = Date.now();
      const iso = (ms: number) => new Date(now + ms).toISOString();
      await create({ title: 'Past', startsAt: iso(-3 * hour), endsAt: iso(-2 * hour) }, person);
      await create({ title: 'Under way', startsAt: iso(-hour), endsAt: iso(hour) }, person);
      await create({ title: 'Organized in 2 days', startsAt: iso(48 * hour), endsAt: iso(49 * hour) }, person);
      await create(
        { title: 'Attended tomorrow', startsAt: iso(24 * hour), endsAt: iso(25 * hour), attendeeUserIds: [personId] },
        org.owner,
      );
      await create({ title: 'Cancelled', startsAt: iso(30 * hour), endsAt: iso(31 * hour), status: 'CANCELLED' }, person);
      const deleted = (await create({ title: 'Deleted', startsAt: iso(32 * hour), endsAt: iso(33 * hour) }, person)).appointment;
      expect((await org.owner.query(AppointmentDeleteDocument, { id: deleted.id })).errors).toBeUndefined();
      await create({ title: 'Not theirs', startsAt: iso(24 * hour), endsAt: iso(25 * hour) }, org.owner);
      await create(
        { title: 'Only a contact', startsAt: iso(26 * hour), endsAt: iso(27 * hour), attendeeContactIds: [contactA] },
        org.owner,
      );
    });

    it("lists the caller's organized and attended appointments from now on, soonest first", async () => {
      const response = await person.query(AppointmentUpcomingDocument);
      expect(response.errors).toBeUndefined();
      expect(titles(response.data)).toEqual(['Attended tomorrow', 'Organized in 2 days']);
      expect(response.data!.upcomingAppointments.totalCount).toBe(2);
    });

    it("userId shows another member's; a viewer may read it", async () => {
      const response = await org.viewer.query(AppointmentUpcomingDocument, { userId: personId });
      expect(response.errors).toBeUndefined();
      expect(titles(response.data)).toEqual(['Attended tomorrow', 'Organized in 2 days']);
    });

    it('pages with first/after and keeps totalCount', async () => {
      const first = await person.query(AppointmentUpcomingDocument, { first: 1 });
      expect(titles(first.data)).toEqual(['Attended tomorrow']);
      expect(first.data!.upcomingAppointments).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      const second = await person.query(AppointmentUpcomingDocument, {
        first: 1,
        after: first.data!.upcomingAppointments.pageInfo.endCursor,
      });
      expect(titles(second.data)).toEqual(['Organized in 2 days']);
      expect(second.data!.upcomingAppointments.pageInfo.hasNextPage).toBe(false);
    });

    it('a user of another organization sees nothing; a malformed userId is BAD_USER_INPUT; first > 100 too', async () => {
      const foreign = await person.query(AppointmentUpcomingDocument, { userId: foreignUser });
      expect(foreign.data!.upcomingAppointments).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
      const wrongType = await person.query(AppointmentUpcomingDocument, { userId: contactA });
      expect(codes(wrongType)).toEqual(['BAD_USER_INPUT']);
      expect(fields(wrongType)).toEqual(['userId']);
      expect(codes(await person.query(AppointmentUpcomingDocument, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('lists, soft delete and related connections', () => {
    let linked: string[];
    let listDeal: string;
    let listContact: string;
    let listListing: string;
    beforeAll(async () => {
      listListing = await build.listing(org.owner);
      listDeal = await build.deal(org.owner, { deal: { name: 'List deal' } });
      listContact = await build.contact(org.owner, { lastName: 'List contact' });
      linked = [];
      for (const [day, status] of [
        [22, 'SCHEDULED'],
        [20, 'COMPLETED'],
        [21, 'NO_SHOW'],
      ] as const) {
        const { appointment } = await create(
          {
            title: `Listed ${day}`,
            startsAt: at(day, 10),
            endsAt: at(day, 11),
            status,
            dealId: listDeal,
            contactId: listContact,
            listingId: listListing,
          },
          org.admin,
        );
        linked.push(appointment.id);
      }
    });

    it('filters by deal, contact, status, organizer and time range; orders by startsAt', async () => {
      const byDeal = await org.viewer.query(AppointmentListDocument, { filter: { dealId: { equals: listDeal } } });
      expect(byDeal.errors).toBeUndefined();
      expect(byDeal.data!.appointments.edges.map((e) => e.node.title)).toEqual(['Listed 20', 'Listed 21', 'Listed 22']);
      const desc = await org.viewer.query(AppointmentListDocument, {
        filter: { contactId: { equals: listContact } },
        orderBy: [{ field: 'STARTS_AT', direction: 'DESC' }],
      });
      expect(desc.data!.appointments.edges.map((e) => e.node.title)).toEqual(['Listed 22', 'Listed 21', 'Listed 20']);
      const byStatus = await org.viewer.query(AppointmentListDocument, {
        filter: { dealId: { equals: listDeal }, status: { in: ['COMPLETED', 'NO_SHOW'] }, organizerId: { equals: user.admin } },
      });
      expect(byStatus.data!.appointments.totalCount).toBe(2);
      const range = await org.viewer.query(AppointmentListDocument, {
        filter: { dealId: { equals: listDeal }, startsAt: { gte: at(21, 0), lt: at(22, 0) } },
      });
      expect(range.data!.appointments.edges.map((e) => e.node.title)).toEqual(['Listed 21']);
      const byListing = await org.viewer.query(AppointmentListDocument, { filter: { listingId: { equals: listingId } } });
      expect(byListing.data!.appointments.totalCount).toBeGreaterThan(0);
      const badId = await org.viewer.query(AppointmentListDocument, { filter: { dealId: { equals: listContact } } });
      expect(codes(badId)).toEqual(['BAD_USER_INPUT']);
    });

    it('Deal.appointments, Contact.appointments and Listing.appointments list linked ones by startsAt, without deleted ones', async () => {
      const before = await org.viewer.query(AppointmentRelatedDocument, { deal: listDeal, contact: listContact, listing: listListing });
      expect(before.errors).toBeUndefined();
      expect(ids(appointmentsOf(before.data!.deal))).toEqual([linked[1], linked[2], linked[0]]);
      expect(ids(appointmentsOf(before.data!.contact))).toEqual([linked[1], linked[2], linked[0]]);
      expect(ids(appointmentsOf(before.data!.listing))).toEqual([linked[1], linked[2], linked[0]]);
      expect((await org.admin.query(AppointmentDeleteDocument, { id: linked[2]! })).errors).toBeUndefined();
      const after = await org.viewer.query(AppointmentRelatedDocument, { deal: listDeal, contact: listContact, listing: listListing });
      expect(ids(appointmentsOf(after.data!.deal))).toEqual([linked[1], linked[0]]);
      expect(appointmentsOf(after.data!.contact).totalCount).toBe(2);
      expect(appointmentsOf(after.data!.listing).totalCount).toBe(2);
      expect((await org.admin.query(AppointmentRestoreDocument, { id: linked[2]! })).errors).toBeUndefined();
    });

    it('deleteAppointment moves it to the trash with its attendees; restore brings it back', async () => {
      const { appointment } = await create({
        title: 'Trash me',
        startsAt: at(23, 10),
        endsAt: at(23, 11),
        dealId: listDeal,
        attendeeContactIds: [contactB],
      });
      const member = await org.member.query(AppointmentDeleteDocument, { id: appointment.id });
      expect(codes(member)).toEqual(['FORBIDDEN']);
      const deleted = await org.admin.query(AppointmentDeleteDocument, { id: appointment.id });
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data!.deleteAppointment.appointment.deletedAt).toEqual(expect.any(String));
      const live = await org.viewer.query(AppointmentListDocument, { filter: { dealId: { equals: listDeal } } });
      expect(ids(live.data!.appointments)).not.toContain(appointment.id);
      const trash = await org.viewer.query(AppointmentListDocument, { filter: { dealId: { equals: listDeal } }, deleted: 'ONLY' });
      expect(ids(trash.data!.appointments)).toEqual([appointment.id]);
      const restored = await org.admin.query(AppointmentRestoreDocument, { id: appointment.id });
      expect(restored.data!.restoreAppointment.appointment.deletedAt).toBeNull();
      expect((await read(appointment.id))!.attendees).toEqual([expect.objectContaining({ contact: { id: contactB } })]);
    });
  });
});
