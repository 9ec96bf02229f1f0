import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (organization logos, avatar uploads); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Mutation: {
    createOrganizationLogoUpload: 'manageBranding',
    // Your own avatar: any member uploads it in an organization, then updateProfile makes it theirs.
    createAvatarUpload: 'read',
    setOrganizationLogo: 'manageBranding',
  },
});
