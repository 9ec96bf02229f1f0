import { tenantOf, type Context } from '../../context/index.js';
import { Prisma } from '../../generated/prisma/client.js';
import { blameBrokenReference } from '../../schema/error-mapping.js';
import { badInput, notFound } from '../../schema/errors.js';
import { givesAny } from '../../schema/validation.js';
import type { CreateAppointment, UpdateAppointment } from './inputs.js';
import { tenantKey } from '../../context/tenant-key.js';

export { MAX_ATTENDEES_PER_KIND } from './inputs.js';
/** Conflicts are reported, not refused; a payload lists at most this many, earliest first. */
export const MAX_CONFLICTS = 100;

function checkTimes(startsAt: Date, endsAt: Date) {
  if (endsAt.getTime() <= startsAt.getTime()) throw badInput('endsAt must be after startsAt', 'endsAt');
}

/**
 * The composite foreign keys refuse another organization's (or a missing) record with 23503;
 * the constraint's name says which input was at fault.
 */
const REFERENCE_FIELDS: Record<string, { field: string; what: string }> = {
  appointments_org_id_organizer_id_fkey: { field: 'organizerId', what: 'a member' },
  appointments_org_id_deal_id_fkey: { field: 'dealId', what: 'a Deal' },
  appointments_org_id_contact_id_fkey: { field: 'contactId', what: 'a Contact' },
  appointments_org_id_listing_id_fkey: { field: 'listingId', what: 'a Listing' },
  appointment_attendees_org_id_user_id_fkey: { field: 'attendeeUserIds', what: 'members' },
  appointment_attendees_org_id_contact_id_fkey: { field: 'attendeeContactIds', what: 'Contacts' },
};

/** Runs a write; a foreign-key refusal becomes BAD_USER_INPUT naming the input field. */
function withReferenceField<T>(write: Promise<T>): Promise<T> {
  return blameBrokenReference(write, (constraint) => {
    const reference = REFERENCE_FIELDS[constraint];
    return reference && { field: reference.field, message: `${reference.field} must reference ${reference.what} of this organization` };
  });
}

async function insertAttendees(ctx: Context, appointmentId: string, rows: ({ userId: string } | { contactId: string })[]) {
  if (rows.length === 0) return;
  await withReferenceField(
    ctx.prisma.appointmentAttendee.createMany({ data: rows.map((row) => ({ ...row, orgId: tenantOf(ctx).orgId, appointmentId })) }),
  );
}

type AttendeeKind = 'userId' | 'contactId';

/**
 * What makes the attendee set of one kind equal `wanted`: the ids to delete and the ids to
 * insert, so re-saving the same set changes nothing and notifies nobody again (the DB notifies
 * members when their row is inserted). Nothing when `wanted` is not given.
 */
async function attendeeChanges(ctx: Context, appointmentId: string, kind: AttendeeKind, wanted: string[] | undefined) {
  if (wanted === undefined) return { removed: [], added: [] };
  const current = await ctx.prisma.appointmentAttendee.findMany({
    where: { appointmentId, [kind]: { not: null } },
    select: { userId: true, contactId: true },
  });
  const have = new Set(current.map((row) => row[kind]!));
  const keep = new Set(wanted);
  return { removed: [...have].filter((id) => !keep.has(id)), added: wanted.filter((id) => !have.has(id)) };
}

async function removeAttendees(ctx: Context, appointmentId: string, kind: AttendeeKind, removed: string[]) {
  if (removed.length > 0) await ctx.prisma.appointmentAttendee.deleteMany({ where: { appointmentId, [kind]: { in: removed } } });
}

/**
 * Other live appointments (not cancelled, not deleted) that overlap [startsAt, endsAt) of this
 * one for its organizer or one of its member attendees, as organizer or attendee. Touching
 * intervals (one ends when the other starts) do not overlap. One query; an empty list when
 * this appointment is itself cancelled or deleted. The candidates come from two index-driven
 * branches per person, (org_id, organizer_id, starts_at) and (org_id, user_id), so the cost
 * follows those people's appointments, not the organization's.
 */
export async function findConflictIds(ctx: Context, appointmentId: string) {
  const rows = await ctx.prisma.$queryRaw<{ id: string }[]>(Prisma.sql`
    WITH self AS (
      SELECT id, org_id, organizer_id, starts_at, ends_at FROM appointments
       WHERE org_id = ${ctx.orgId}::uuid AND id = ${appointmentId}::uuid
         AND deleted_at IS NULL AND status <> 'CANCELLED'
    ), people AS (
      SELECT organizer_id AS user_id FROM self WHERE organizer_id IS NOT NULL
      UNION
      SELECT a.user_id FROM appointment_attendees a, self
       WHERE a.org_id = self.org_id AND a.appointment_id = self.id AND a.user_id IS NOT NULL
    ), candidates AS (
      SELECT o.id FROM self, people p, appointments o
       WHERE o.org_id = self.org_id AND o.organizer_id = p.user_id AND o.starts_at < self.ends_at
      UNION
      SELECT a.appointment_id FROM self, people p, appointment_attendees a
       WHERE a.org_id = self.org_id AND a.user_id = p.user_id
    )
    SELECT o.id
      FROM self, candidates c
      JOIN appointments o ON o.org_id = ${ctx.orgId}::uuid AND o.id = c.id
     WHERE o.id <> self.id AND o.deleted_at IS NULL AND o.status <> 'CANCELLED'
       AND o.starts_at < self.ends_at AND o.ends_at > self.starts_at
     ORDER BY o.starts_at, o.id
     LIMIT ${MAX_CONFLICTS}`);
  return rows.map((row) => row.id);
}

/** Creates an appointment from a validated input (inputs.ts, createAppointmentSchema). */
export async function createAppointment(ctx: Context, input: CreateAppointment) {
  const { attendeeUserIds, attendeeContactIds, ...data } = input;
  const appointment = await withReferenceField(
    ctx.prisma.appointment.create({ data: { organizerId: ctx.viewer!.userId, ...data, orgId: tenantOf(ctx).orgId } }),
  );
  await insertAttendees(ctx, appointment.id, [
    ...(attendeeUserIds ?? []).map((userId) => ({ userId })),
    ...(attendeeContactIds ?? []).map((contactId) => ({ contactId })),
  ]);
  return { appointment, conflictIds: await findConflictIds(ctx, appointment.id) };
}

/** Inputs that can create or remove an overlap: conflicts are reported when one of them is given. */
const SCHEDULING_FIELDS = ['startsAt', 'endsAt', 'status', 'organizerId', 'attendeeUserIds'] as const;

/** Updates an appointment from a validated input (inputs.ts, updateAppointmentSchema). */
export async function updateAppointment(ctx: Context, input: UpdateAppointment) {
  const { id, attendeeUserIds, attendeeContactIds, ...data } = input;
  const existing = await ctx.prisma.appointment.findUnique({ where: tenantKey(ctx, id), select: { startsAt: true, endsAt: true } });
  if (!existing) throw notFound('Appointment');
  if (data.startsAt !== undefined || data.endsAt !== undefined)
    checkTimes(data.startsAt ?? existing.startsAt, data.endsAt ?? existing.endsAt);
  const users = await attendeeChanges(ctx, id, 'userId', attendeeUserIds);
  const contacts = await attendeeChanges(ctx, id, 'contactId', attendeeContactIds);
  // Dropped members leave before the row changes and new ones join after it: a reschedule or a
  // cancellation (notified by the database, sql/30_notifications.sql) reaches those who stay,
  // and a new member's invitation names the new time.
  await removeAttendees(ctx, id, 'userId', users.removed);
  await removeAttendees(ctx, id, 'contactId', contacts.removed);
  const updated = givesAny(data) ? await withReferenceField(ctx.prisma.appointment.update({ where: tenantKey(ctx, id), data })) : null;
  await insertAttendees(ctx, id, [...users.added.map((userId) => ({ userId })), ...contacts.added.map((contactId) => ({ contactId }))]);
  const guestsChanged = [users, contacts].some((change) => change.removed.length > 0 || change.added.length > 0);
  // A changed guest list is a change of the appointment, for clients that sync by updatedAt.
  const appointment =
    updated ??
    (guestsChanged
      ? await ctx.prisma.appointment.update({ where: tenantKey(ctx, id), data: { updatedAt: new Date() } })
      : await ctx.prisma.appointment.findUniqueOrThrow({ where: tenantKey(ctx, id) }));
  const rescheduled = SCHEDULING_FIELDS.some((field) => input[field] !== undefined);
  return { appointment, conflictIds: rescheduled ? await findConflictIds(ctx, id) : [] };
}
