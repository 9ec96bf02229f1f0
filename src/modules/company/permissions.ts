import { crud, definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (companies); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    companies: 'read',
  },
  Mutation: {
    ...crud('Company'),
  },
});
