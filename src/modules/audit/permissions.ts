import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (the audit log); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    auditLog: 'readAuditLog',
  },
  nodeRead: {
    AuditEntry: 'readAuditLog',
  },
});
