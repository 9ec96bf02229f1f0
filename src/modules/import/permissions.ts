import { definePermissions } from '../../auth/permissions.js';

/**
 * The role matrix for this module's root fields; README "Roles" is rendered from all of them.
 * An import creates records, so it takes what creating them one by one takes (MEMBER). The
 * export route (export-route.ts) takes `read`, like the lists it pages through.
 */
export const permissions = definePermissions({
  Query: {
    importRuns: 'read',
  },
  Mutation: {
    importContacts: 'write',
    importLeads: 'write',
    importCompanies: 'write',
  },
});
