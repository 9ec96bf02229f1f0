import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (attachments); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    attachments: 'read',
  },
  Mutation: {
    createAttachmentUpload: 'write',
    deleteAttachment: 'delete',
    restoreAttachment: 'delete',
  },
});
