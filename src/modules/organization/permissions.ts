import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (organizations, members and invitations); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    me: 'signedIn',
    organizations: 'signedIn',
    organization: 'read',
    invitations: 'manageMembers',
    members: 'read',
  },
  Mutation: {
    createOrganization: 'person',
    // Your own profile: the function writes only the user the transaction is bound to.
    updateProfile: 'person',
    updateOrganization: 'manageOrganization',
    // Inviting, re-roling or removing an OWNER additionally needs OWNER (checked in the service).
    inviteMember: 'manageMembers',
    revokeInvitation: 'manageMembers',
    // The invitee is not a member yet: the invitation (addressed to their verified e-mail) is the grant.
    acceptInvitation: 'person',
    changeMemberRole: 'manageMembers',
    removeMember: 'manageMembers',
    // Any member leaves on their own; the last OWNER is refused (LAST_OWNER, checked in the service).
    leaveOrganization: 'read',
    transferOwnership: 'manageOrganization',
    deleteOrganization: 'manageOrganization',
    // Requests to a deleted organization are refused, so it is named in the input; the service
    // checks the caller's OWNER membership in it, read from the database.
    restoreOrganization: 'person',
  },
  nodeRead: {
    Invitation: 'manageMembers',
  },
});
