import { crud, definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (leads); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    leads: 'read',
  },
  Mutation: {
    ...crud('Lead'),
    convertLead: 'write',
  },
});
