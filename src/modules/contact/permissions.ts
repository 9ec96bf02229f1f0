import { crud, definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (contacts); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    contacts: 'read',
  },
  Mutation: {
    ...crud('Contact'),
  },
  // Checked when it starts and again before every event it delivers.
  Subscription: {
    contactUpdated: 'read',
  },
});
