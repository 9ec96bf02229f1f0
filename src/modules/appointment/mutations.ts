import { builder } from '../../schema/builder.js';
import type { Appointment } from '../../generated/prisma/client.js';
import { defineSoftDeleteMutations } from '../../schema/resource.js';
import { AppointmentType } from './types.js';
import { parseInput } from '../../schema/validation.js';
import { CreateAppointmentInput, UpdateAppointmentInput, createAppointmentSchema, updateAppointmentSchema } from './inputs.js';
import { createAppointment, updateAppointment } from './service.js';

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
      input: t.arg({ required: true, type: CreateAppointmentInput }),
    },
    resolve: (_root, { input }, ctx) => createAppointment(ctx, parseInput(createAppointmentSchema, input)),
  }),
);

builder.mutationField('updateAppointment', (t) =>
  t.field({
    type: UpdateAppointmentPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field.',
    args: {
      input: t.arg({ required: true, type: UpdateAppointmentInput }),
    },
    resolve: (_root, { input }, ctx) => updateAppointment(ctx, parseInput(updateAppointmentSchema, input)),
  }),
);

defineSoftDeleteMutations({ type: 'Appointment', ref: AppointmentType, delegate: 'appointment', field: 'appointment' });
