import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (trusted documents); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    trustedDocuments: 'manageTrustedDocuments',
  },
  Mutation: {
    // People only, besides the role (service.ts): a key that could trust new documents would
    // widen what a leaked key can run.
    registerTrustedDocuments: 'manageTrustedDocuments',
    removeTrustedDocument: 'manageTrustedDocuments',
  },
  nodeRead: {
    TrustedDocument: 'manageTrustedDocuments',
  },
});
