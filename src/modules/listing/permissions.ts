import { crud, definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (property listings); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    listings: 'read',
  },
  Mutation: {
    ...crud('Listing'),
  },
});
