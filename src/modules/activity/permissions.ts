import { crud, definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (activities); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    activities: 'read',
  },
  Mutation: {
    ...crud('Activity'),
  },
  // Checked when it starts and again before every event it delivers.
  Subscription: {
    activityAdded: 'read',
  },
});
