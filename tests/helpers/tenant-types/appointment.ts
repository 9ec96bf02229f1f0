import type { Actor } from '../app.js';
import { createDealGraph, currentUserId, idInput, run, unique, type CreateEnv, type TenantType } from '../tenant-kit.js';
import { createListing } from './listing.js';

export const CREATE_APPOINTMENT = /* GraphQL */ `
  mutation CreateAppointment($input: CreateAppointmentInput!) {
    createAppointment(input: $input) {
      appointment {
        id
      }
    }
  }
`;

const slot = { startsAt: '2031-02-03T10:00:00.000Z', endsAt: '2031-02-03T11:00:00.000Z' };

/**
 * An appointment linked to a deal, its contact and a listing, with the organization's MEMBER and
 * the contact as attendees (so every relation, and the invitation trigger, is exercised).
 */
async function createAppointmentGraph(actor: Actor, env: CreateEnv): Promise<string> {
  const { deal, contact } = await createDealGraph(actor);
  const data = await run(actor, CREATE_APPOINTMENT, {
    input: {
      title: unique('Appointment'),
      ...slot,
      dealId: deal,
      contactId: contact,
      listingId: await createListing(actor),
      attendeeUserIds: [await currentUserId(env.org.member)],
      attendeeContactIds: [contact],
    },
  });
  return data.createAppointment.appointment.id;
}

const minimal = (input: Record<string, unknown>) => ({ title: 'Cross', ...slot, ...input });
const ownAppointment = async (actor: Actor) =>
  (await run(actor, CREATE_APPOINTMENT, { input: minimal({}) })).createAppointment.appointment.id as string;
const RELATED = 'appointments(first: 50) { totalCount edges { node { id } } }';

/** Tenant types of the appointment module, for the isolation matrix (see tests/helpers/tenant-kit.ts). */
export const tenantTypes: TenantType[] = [
  {
    typename: 'Appointment',
    table: 'appointments',
    rootList: 'appointments',
    filterable: true,
    softDelete: true,
    // Deal/Contact/Listing.appointments (added by the appointment module) are walked too.
    selection: `id organizer { id } deal { id ${RELATED} } contact { id ${RELATED} } listing { id ${RELATED} } attendees { user { id } contact { id } }`,
    nestedTypes: ['Appointment', 'User', 'Deal', 'Contact', 'Listing'],
    childTables: ['appointment_attendees'],
    create: (actor, env) => createAppointmentGraph(actor, env),
    update: { field: 'updateAppointment', inputType: 'UpdateAppointmentInput', input: (id) => ({ id, title: 'Renamed appointment' }) },
    remove: idInput('deleteAppointment'),
    restore: idInput('restoreAppointment'),
    references: [
      ...(['Deal', 'Contact', 'Listing'] as const).map((target) => ({
        name: `createAppointment with ${target.toLowerCase()}Id`,
        target,
        field: 'createAppointment',
        inputType: 'CreateAppointmentInput',
        input: (foreign: string) => minimal({ [`${target.toLowerCase()}Id`]: foreign }),
      })),
      {
        name: 'createAppointment with organizerId',
        target: 'User',
        field: 'createAppointment',
        inputType: 'CreateAppointmentInput',
        input: (foreign) => minimal({ organizerId: foreign }),
      },
      {
        name: 'createAppointment with attendeeUserIds',
        target: 'User',
        field: 'createAppointment',
        inputType: 'CreateAppointmentInput',
        input: (foreign) => minimal({ attendeeUserIds: [foreign] }),
      },
      {
        name: 'createAppointment with attendeeContactIds',
        target: 'Contact',
        field: 'createAppointment',
        inputType: 'CreateAppointmentInput',
        input: (foreign) => minimal({ attendeeContactIds: [foreign] }),
      },
      {
        name: 'updateAppointment with contactId',
        target: 'Contact',
        field: 'updateAppointment',
        inputType: 'UpdateAppointmentInput',
        own: (actor) => ownAppointment(actor),
        input: (foreign, own) => ({ id: own, contactId: foreign }),
      },
      {
        name: 'updateAppointment with attendeeContactIds',
        target: 'Contact',
        field: 'updateAppointment',
        inputType: 'UpdateAppointmentInput',
        own: (actor) => ownAppointment(actor),
        input: (foreign, own) => ({ id: own, attendeeContactIds: [foreign] }),
      },
      {
        name: 'updateAppointment with attendeeUserIds',
        target: 'User',
        field: 'updateAppointment',
        inputType: 'UpdateAppointmentInput',
        own: (actor) => ownAppointment(actor),
        input: (foreign, own) => ({ id: own, attendeeUserIds: [foreign] }),
      },
    ],
  },
];
