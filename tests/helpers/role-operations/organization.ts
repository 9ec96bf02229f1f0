import { ACCEPT_INVITATION, INVITE_MEMBER, REVOKE_INVITATION } from '../invitations.js';
import {
  CHANGE_MEMBER_ROLE,
  DELETE_ORGANIZATION,
  LEAVE_ORGANIZATION,
  REMOVE_MEMBER,
  RESTORE_ORGANIZATION,
  TRANSFER_OWNERSHIP,
  tag,
  type Fixtures,
  type OperationSet,
} from '../role-fixtures.js';
import type { Actor } from '../app.js';

/** A fresh organization of `owner` (a fresh user by default), deleted by them; its global id. */
async function deletedOrganization(fx: Fixtures, owner?: Actor) {
  const fresh = await fx.freshOrganization(owner);
  const deleted = await fresh.owner.query(DELETE_ORGANIZATION, { input: { confirmName: fresh.name } });
  if (deleted.errors) throw new Error(`fixture failed: ${JSON.stringify(deleted.errors)}`);
  return fresh.globalId;
}

/** Role-matrix operations of the organization module (organizations, members, invitations): one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    me: { query: '{ me { id } }' },
    organizations: { query: '{ organizations(first: 5) { totalCount } }' },
    organization: { query: '{ organization { id name } }' },
    members: { query: '{ members(first: 10) { totalCount } }' },
    invitations: { query: '{ invitations(first: 10) { totalCount } }' },
  },
  Mutation: {
    createOrganization: {
      query: 'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
      variables: async () => ({ input: { name: `Roles side org ${tag()}` } }),
    },
    // Each caller renames only themselves.
    updateProfile: {
      query: 'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id name } } }',
      variables: async () => ({ input: { name: `Roles person ${tag()}` } }),
    },
    updateOrganization: {
      query: 'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id name } } }',
      variables: async () => ({ input: { name: `Roles ${tag()}` } }),
    },
    inviteMember: {
      query: INVITE_MEMBER,
      variables: async () => ({ input: { email: `roles.invitee.${tag()}@example.test`, role: 'VIEWER' } }),
    },
    revokeInvitation: { query: REVOKE_INVITATION, variables: async (fx) => ({ input: { invitationId: await fx.invitation() } }) },
    // Every signed-in caller may accept an invitation addressed to them, in an organization they
    // have not joined yet (the fixtures' side organization); denied callers get a stranger's.
    acceptInvitation: {
      query: ACCEPT_INVITATION,
      variables: async (fx, caller) => ({
        input: { invitationId: await fx.sideInvitation(caller?.email ?? `stranger.${tag()}@example.test`) },
      }),
    },
    changeMemberRole: {
      query: CHANGE_MEMBER_ROLE,
      variables: async (fx) => ({ input: { membershipId: await fx.membership('VIEWER'), role: 'MEMBER' } }),
    },
    removeMember: { query: REMOVE_MEMBER, variables: async (fx) => ({ input: { membershipId: await fx.membership('VIEWER') } }) },
    leaveOrganization: {
      query: LEAVE_ORGANIZATION,
      // An OWNER may leave when another OWNER stays: the stand-in organization gets a second one.
      standIn: async (fx, role) => {
        const fresh = await fx.freshOrganization();
        if (role === 'OWNER') {
          await fresh.join('OWNER');
          return { actor: fresh.owner };
        }
        return { actor: (await fresh.join(role)).actor };
      },
    },
    deleteOrganization: {
      query: DELETE_ORGANIZATION,
      variables: async () => ({ input: { confirmName: 'Roles' } }),
      standIn: async (fx) => {
        const fresh = await fx.freshOrganization();
        return { actor: fresh.owner, variables: { input: { confirmName: fresh.name } } };
      },
    },
    // Every person may call it; the OWNER check is on the named organization: each allowed caller
    // restores one they own (and deleted), denied ones get a stranger's.
    restoreOrganization: {
      query: RESTORE_ORGANIZATION,
      variables: async (fx, caller) => ({ input: { organizationId: await deletedOrganization(fx, caller) } }),
    },
    transferOwnership: {
      query: TRANSFER_OWNERSHIP,
      variables: async (fx) => ({ input: { membershipId: await fx.membership('VIEWER') } }),
      standIn: async (fx, role) => {
        const fresh = await fx.freshOrganization();
        const target = await fresh.join('MEMBER');
        const actor = role === 'OWNER' ? fresh.owner : (await fresh.join(role)).actor;
        return { actor, variables: { input: { membershipId: target.membershipId } } };
      },
    },
  },
};
