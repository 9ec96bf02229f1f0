import { builder } from '../../schema/builder.js';
import { memberAsUser } from '../organization/types.js';
import { tenantNode } from '../../context/tenant-key.js';

export const AppointmentStatusEnum = builder.enumType('AppointmentStatus', {
  description: 'CANCELLED appointments never count as conflicts and leave upcomingAppointments.',
  values: ['SCHEDULED', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const,
});

/** One invitee: a member (user) or a contact, never both. Reached only through its appointment. */
export const AppointmentAttendeeType = builder.prismaObject('AppointmentAttendee', {
  select: { id: true },
  description: 'An invitee of an appointment: exactly one of user (a member) and contact is set.',
  fields: (t) => ({
    user: t.field(memberAsUser('user')),
    contact: t.relation('contact', { nullable: true }),
    invitedAt: t.expose('createdAt', { type: 'DateTime', description: 'When this invitee was added.' }),
  }),
});

export const AppointmentType = builder.prismaNode('Appointment', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', description: 'Always after startsAt; the appointment occupies [startsAt, endsAt).' }),
    location: t.exposeString('location', { nullable: true }),
    meetingUrl: t.exposeString('meetingUrl', { nullable: true, description: 'An http(s) URL, e.g. a video call.' }),
    status: t.expose('status', { type: AppointmentStatusEnum }),
    customFields: t.expose('customFields', { type: 'JSONObject' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
    organizer: t.field(memberAsUser('organizer')),
    deal: t.relation('deal', { nullable: true }),
    contact: t.relation('contact', { nullable: true }),
    listing: t.relation('listing', { nullable: true }),
    attendees: t.relation('attendees', {
      description: 'Members and contacts invited, in the order they were added (at most 100 of each).',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

// Deal.appointments, Contact.appointments and Listing.appointments (e.g. showings): the appointments
// linked to the record through dealId / contactId / listingId.
const relatedAppointments = () => ({
  cursor: 'orgId_id' as const,
  totalCount: true as const,
  description: 'Linked appointments (not deleted) in calendar order: startsAt ascending.',
  query: { where: { deletedAt: null }, orderBy: [{ startsAt: 'asc' as const }, { id: 'asc' as const }] },
});

builder.prismaObjectField('Deal', 'appointments', (t) => t.relatedConnection('appointments', relatedAppointments()));
builder.prismaObjectField('Contact', 'appointments', (t) => t.relatedConnection('appointments', relatedAppointments()));
builder.prismaObjectField('Listing', 'appointments', (t) => t.relatedConnection('appointments', relatedAppointments()));
