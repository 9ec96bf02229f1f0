import { unique, type TenantType } from '../tenant-kit.js';
import { invite, joinOrganization } from '../invitations.js';

export const tenantTypes: TenantType[] = [
  {
    typename: 'Membership',
    table: 'memberships',
    rootList: 'members',
    // API keys' service accounts are members too, listed by apiKeys instead.
    listedWhere: 'user_id IN (SELECT id FROM users WHERE NOT is_service_account)',
    filterable: false,
    softDelete: false,
    selection: 'id role user { id } organization { id }',
    nestedTypes: ['Membership', 'User', 'Organization'],
    create: async (actor, { app }) => joinOrganization(actor, await app.actor('newcomer'), 'MEMBER'),
    update: { field: 'changeMemberRole', inputType: 'ChangeMemberRoleInput', input: (id) => ({ membershipId: id, role: 'ADMIN' }) },
    remove: { field: 'removeMember', inputType: 'RemoveMemberInput', input: (id) => ({ membershipId: id }) },
    references: [],
  },
  {
    typename: 'Invitation',
    table: 'invitations',
    rootList: 'invitations',
    filterable: true,
    softDelete: false,
    selection: 'id email role status expiresAt invitedBy { id }',
    nestedTypes: ['Invitation', 'User'],
    create: (actor) => invite(actor, `${unique('invitee').replace(' ', '-')}@example.test`, 'VIEWER'),
    // Revoking is the one change an invitation takes (it is never edited or deleted).
    update: { field: 'revokeInvitation', inputType: 'RevokeInvitationInput', input: (id) => ({ invitationId: id }) },
    references: [],
  },
];
