import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (daily metrics and the dashboard); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    metrics: 'read',
    dashboard: 'read',
  },
  Mutation: {
    refreshMetrics: 'refreshMetrics',
  },
});
