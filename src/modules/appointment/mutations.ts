import { builder } from '../../schema/builder.js';
import type { Appointment } from '../../generated/prisma/client.js';
import { defineSoftDeleteMutations } from '../../schema/resource.js';
import { AppointmentStatusEnum, AppointmentType } from './types.js';
import { createAppointment, updateAppointment, type AppointmentInput } from './service.js';

const appointmentFields = (f: any, create: boolean) => ({
  title: f.string({ required: create }),
  description: f.string(),
  startsAt: f.field({ type: 'DateTime', required: create }),
  endsAt: f.field({ type: 'DateTime', required: create, description: 'Must be after startsAt.' }),
  location: f.string(),
  meetingUrl: f.string({ description: 'An http(s) URL.' }),
  status: f.field({ type: AppointmentStatusEnum, description: create ? 'Defaults to SCHEDULED.' : undefined }),
  organizerId: f.id({ description: create ? 'A User who is a member of this organization; defaults to you.' : 'A User who is a member of this organization; null clears it.' }),
  dealId: f.id(),
  contactId: f.id(),
  listingId: f.id(),
  attendeeUserIds: f.idList({
    description: create
      ? 'Members to invite (User ids, at most 100); each is notified unless it is you.'
      : 'When given, replaces the member attendees (at most 100): only newly added members are notified.',
  }),
  attendeeContactIds: f.idList({
    description: create ? 'Contacts to invite (at most 100).' : 'When given, replaces the contact attendees (at most 100).',
  }),
  customFields: f.field({ type: 'JSONObject' }),
});

const conflictsDescription =
  "Other appointments (not cancelled or deleted) that overlap this one's [startsAt, endsAt) for its organizer or a member " +
  'attendee, soonest first, at most 100. Overlaps are reported, not refused.';

interface AppointmentWritePayload {
  appointment: Appointment;
  conflictIds: string[];
}

/** `appointment` and `conflicts`; the conflicts load in one query with what the operation selects of them. */
function appointmentWritePayload(name: string, conflictsNote: string) {
  return builder.objectRef<AppointmentWritePayload>(name).implement({
    fields: (t) => ({
      appointment: t.field({ type: AppointmentType, resolve: (payload) => payload.appointment }),
      conflicts: t.prismaField({
        type: ['Appointment'],
        description: `${conflictsDescription}${conflictsNote}`,
        resolve: async (query, payload, _args, ctx) => {
          if (payload.conflictIds.length === 0) return [];
          const found = await ctx.prisma.appointment.findMany({ ...query, where: { id: { in: payload.conflictIds } } });
          const byId = new Map(found.map((appointment) => [appointment.id, appointment]));
          return payload.conflictIds.flatMap((id) => byId.get(id) ?? []);
        },
      }),
    }),
  });
}

const CreateAppointmentPayload = appointmentWritePayload('CreateAppointmentPayload', '');
const UpdateAppointmentPayload = appointmentWritePayload(
  'UpdateAppointmentPayload',
  ' Computed when the update gives startsAt, endsAt, status, organizerId or attendeeUserIds; empty otherwise.',
);

builder.mutationField('createAppointment', (t) =>
  t.field({
    type: CreateAppointmentPayload,
    description: "Books an appointment; the payload reports the organizer's and member attendees' overlapping appointments.",
    args: {
      input: t.arg({ required: true, type: builder.inputType('CreateAppointmentInput', { fields: (f) => appointmentFields(f, true) }) }),
    },
    resolve: (_root, { input }, ctx) => createAppointment(ctx, input as AppointmentInput),
  }),
);

builder.mutationField('updateAppointment', (t) =>
  t.field({
    type: UpdateAppointmentPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field.',
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('UpdateAppointmentInput', { fields: (f) => ({ id: f.id({ required: true }), ...appointmentFields(f, false) }) }),
      }),
    },
    resolve: (_root, { input }, ctx) => updateAppointment(ctx, String(input.id), input as AppointmentInput),
  }),
);

defineSoftDeleteMutations({ type: 'Appointment', ref: AppointmentType, delegate: 'appointment', field: 'appointment' });
