import { crud, definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (deals); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    deals: 'read',
  },
  Mutation: {
    ...crud('Deal'),
    moveDealStage: 'write',
  },
  // Checked when it starts and again before every event it delivers.
  Subscription: {
    dealUpdated: 'read',
  },
});
