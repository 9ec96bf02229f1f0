import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (messages); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    messages: 'read',
  },
  Mutation: {
    // Messages are a history: logged, deleted and restored, not edited.
    createMessage: 'write',
    deleteMessage: 'delete',
    restoreMessage: 'delete',
  },
});
