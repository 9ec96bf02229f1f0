import { crud, definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (appointments); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    appointments: 'read',
    upcomingAppointments: 'read',
  },
  Mutation: {
    ...crud('Appointment'),
  },
});
