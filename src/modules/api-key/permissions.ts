import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (API keys); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    apiKeys: 'manageApiKeys',
  },
  Mutation: {
    // People only, besides the role: a key cannot mint, rotate or revoke keys (service.ts).
    createApiKey: 'manageApiKeys',
    rotateApiKey: 'manageApiKeys',
    revokeApiKey: 'manageApiKeys',
  },
  nodeRead: {
    ApiKey: 'manageApiKeys',
  },
});
