import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import {
  clearable,
  given,
  globalId,
  globalIds,
  jsonObject,
  omittable,
  optionalText,
  text,
  url,
  type InputFields,
} from '../../schema/validation.js';
import { AppointmentStatusEnum } from './types.js';

export const MAX_ATTENDEES_PER_KIND = 100;

type Status = typeof AppointmentStatusEnum.$inferInput;

function appointmentFields<Create extends boolean>(f: InputFields, create: Create) {
  return {
    title: f.string({ required: create }),
    description: f.string(),
    startsAt: f.field({ type: 'DateTime', required: create }),
    endsAt: f.field({ type: 'DateTime', required: create, description: 'Must be after startsAt.' }),
    location: f.string(),
    meetingUrl: f.string({ description: 'An http(s) URL.' }),
    status: f.field({ type: AppointmentStatusEnum, description: create ? 'Defaults to SCHEDULED.' : undefined }),
    organizerId: f.id({
      description: create
        ? 'A User who is a member of this organization; defaults to you.'
        : 'A User who is a member of this organization; null clears it.',
    }),
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
  };
}

export const CreateAppointmentInput = builder.inputType('CreateAppointmentInput', { fields: (f) => appointmentFields(f, true) });
export const UpdateAppointmentInput = builder.inputType('UpdateAppointmentInput', {
  fields: (f) => ({ id: f.id({ required: true }), ...appointmentFields(f, false) }),
});

/** Attendees of one kind: null clears the list, duplicates count once, at most 100. */
const attendees = (typename: string) =>
  clearable(globalIds(typename, MAX_ATTENDEES_PER_KIND, `{field}: at most ${MAX_ATTENDEES_PER_KIND} attendees`)).transform((ids) =>
    ids === null ? [] : ids,
  );

/** The fields create and update share (what differs: which are required). */
const appointmentRules = {
  description: optionalText(10_000),
  location: optionalText(500),
  meetingUrl: clearable(url()),
  status: omittable(given<Status>()),
  organizerId: clearable(globalId('User')),
  dealId: clearable(globalId('Deal')),
  contactId: clearable(globalId('Contact')),
  listingId: clearable(globalId('Listing')),
  attendeeUserIds: attendees('User'),
  attendeeContactIds: attendees('Contact'),
  customFields: jsonObject(),
};

const endsAfterStarts = (value: { startsAt?: Date; endsAt?: Date }, ctx: z.core.$RefinementCtx<unknown>) => {
  if (value.startsAt && value.endsAt && value.endsAt.getTime() <= value.startsAt.getTime()) {
    ctx.addIssue({ code: 'custom', message: 'endsAt must be after startsAt', path: ['endsAt'] });
  }
};

export const createAppointmentSchema = z
  .object({
    title: text({ min: 1, max: 200 }),
    startsAt: given<Date>(),
    endsAt: given<Date>(),
    ...appointmentRules,
  })
  .superRefine(endsAfterStarts);

export const updateAppointmentSchema = z.object({
  id: globalId('Appointment'),
  title: omittable(text({ min: 1, max: 200 })),
  startsAt: omittable(given<Date>()),
  endsAt: omittable(given<Date>()),
  ...appointmentRules,
});

export type CreateAppointment = z.output<typeof createAppointmentSchema>;
export type UpdateAppointment = z.output<typeof updateAppointmentSchema>;

/** upcomingAppointments' arguments: no userId means the signed-in user. */
export const upcomingAppointmentsArgs = z.object({ userId: clearable(globalId('User')) });
