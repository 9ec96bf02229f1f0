import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (organization logos); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Mutation: {
    createOrganizationLogoUpload: 'manageBranding',
    setOrganizationLogo: 'manageBranding',
  },
});
