import { restore, softDelete, tag, type Fixtures, type OperationSet } from '../role-fixtures.js';

const CREATE_APPOINTMENT =
  'mutation ($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment { id } conflicts { id } } }';

const newAppointment = () => ({ title: `Appointment ${tag()}`, startsAt: '2031-03-03T10:00:00.000Z', endsAt: '2031-03-03T11:00:00.000Z' });

/** A fresh appointment created by the OWNER; returns its global id. */
const appointment = async (fx: Fixtures) =>
  (await fx.must(CREATE_APPOINTMENT, { input: newAppointment() })).createAppointment.appointment.id as string;

/** Role-matrix operations of the appointment module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    appointments: { query: '{ appointments(first: 1) { totalCount } }' },
    upcomingAppointments: { query: '{ upcomingAppointments(first: 1) { totalCount } }' },
  },
  Mutation: {
    createAppointment: {
      query: CREATE_APPOINTMENT,
      variables: async (fx) => ({ input: { ...newAppointment(), attendeeContactIds: [fx.sharedContactId] } }),
    },
    updateAppointment: {
      query: 'mutation ($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { appointment { id } conflicts { id } } }',
      variables: async (fx) => ({ input: { id: await appointment(fx), status: 'CONFIRMED' } }),
    },
    deleteAppointment: { query: softDelete('Appointment'), variables: async (fx) => ({ input: { id: await appointment(fx) } }) },
    restoreAppointment: {
      query: restore('Appointment'),
      variables: async (fx) => {
        const id = await appointment(fx);
        await fx.must(softDelete('Appointment'), { input: { id } });
        return { input: { id } };
      },
    },
  },
};
