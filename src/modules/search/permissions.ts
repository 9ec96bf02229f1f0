import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (search across types); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    search: 'read',
  },
});
