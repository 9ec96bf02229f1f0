import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (custom field definitions); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    // Every member writes records, so every member must know the fields they are checked against.
    customFieldDefinitions: 'read',
  },
  Mutation: {
    createCustomFieldDefinition: 'manageCustomFields',
    updateCustomFieldDefinition: 'manageCustomFields',
    deleteCustomFieldDefinition: 'manageCustomFields',
    purgeCustomFieldValues: 'manageCustomFields',
  },
});
