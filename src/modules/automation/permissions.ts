import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (automations); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    automations: 'read',
    automationRuns: 'read',
  },
  Mutation: {
    createAutomation: 'manageAutomations',
    updateAutomation: 'manageAutomations',
    deleteAutomation: 'manageAutomations',
    restoreAutomation: 'manageAutomations',
  },
});
