import { builder } from '../../schema/builder.js';
import { tenantNode } from '../../context/tenant-key.js';

export const MembershipRoleEnum = builder.enumType('MembershipRole', {
  description: 'OWNER > ADMIN > MEMBER > VIEWER; see the role matrix in the README.',
  values: ['OWNER', 'ADMIN', 'MEMBER', 'VIEWER'] as const,
});

export const UserType = builder.prismaNode('User', {
  id: { field: 'id' },
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  description: 'A person who signs in. Created on first sign-in from the token.',
  fields: (t) => ({
    email: t.exposeString('email', { nullable: true }),
    name: t.string({
      nullable: true,
      description: 'The name the user chose (updateProfile), else the one their identity provider gives.',
      select: { name: true, displayName: true },
      resolve: (user) => user.displayName ?? user.name,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const MembershipType = builder.prismaNode('Membership', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  description: "A user's role in one organization.",
  fields: (t) => ({
    role: t.expose('role', { type: MembershipRoleEnum }),
    user: t.relation('user'),
    organization: t.relation('org'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const OrganizationType = builder.prismaNode('Organization', {
  id: { field: 'id' },
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  description: 'A tenant: every CRM record belongs to exactly one organization.',
  fields: (t) => ({
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Set while the organization is deleted and pending its purge (deleteOrganization); requests to it are refused.',
    }),
    purgeAfter: t.expose('purgeAfter', {
      type: 'DateTime',
      nullable: true,
      description: 'When a deleted organization is purged for good; restoreOrganization works until then.',
    }),
    viewerRole: t.field({
      type: MembershipRoleEnum,
      nullable: true,
      description: "The signed-in user's role here.",
      select: (_args, ctx) => ({
        memberships: { where: { userId: ctx.viewer?.userId ?? '00000000-0000-0000-0000-000000000000' }, select: { role: true } },
      }),
      resolve: (org) => org.memberships[0]?.role ?? null,
    }),
  }),
});

const hasId = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';

/** The user of a loaded membership relation (`{ user }`), or null when there is none. */
function loadedUser(membership: unknown) {
  if (typeof membership !== 'object' || membership === null || !('user' in membership)) return null;
  return hasId(membership.user) ? membership.user : null;
}

/**
 * A reference to a member — `<relation>Id` → memberships(org_id, user_id) — exposed as the User.
 * nestedSelection folds what the query asks of the User into the record's own SQL query.
 * Null when unset or when the member left (removeMember lets go of every reference).
 */
export function memberAsUser<Relation extends string>(relation: Relation, description?: string) {
  return {
    type: UserType,
    nullable: true as const,
    description,
    select: (_args: unknown, _ctx: unknown, nestedSelection: (selection: true) => unknown) => ({
      [relation]: { select: { user: nestedSelection(true) } },
    }),
    // The selection above loads the relation; Pothos cannot infer a computed key, so it is checked here.
    resolve: (row: object) => loadedUser(Reflect.get(row, relation)),
  };
}

export const InvitationStatusEnum = builder.enumType('InvitationStatus', {
  values: {
    PENDING: { description: 'Can be accepted until expiresAt.' },
    ACCEPTED: { description: 'Someone with the invited, verified e-mail accepted it and became a member.' },
    REVOKED: { description: 'An admin revoked it before it was accepted.' },
    EXPIRED: { description: 'Nobody accepted it before expiresAt.' },
  } as const,
});

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

export const InvitationType = builder.prismaNode('Invitation', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  select: { id: true },
  description:
    'An e-mail address invited to join this organization with a role. Visible to ADMIN and OWNER only; the invitee cannot read it: ' +
    'they accept it by id (acceptInvitation), signed in with that address verified by the identity provider.',
  fields: (t) => ({
    email: t.exposeString('email', { description: 'Lower-cased; matched case-insensitively against the accepting token.' }),
    role: t.expose('role', { type: MembershipRoleEnum, description: 'The role the invitee gets on accepting.' }),
    status: t.field({
      type: InvitationStatusEnum,
      select: { acceptedAt: true, revokedAt: true, expiresAt: true },
      resolve: (invitation): InvitationStatus =>
        invitation.acceptedAt ? 'ACCEPTED' : invitation.revokedAt ? 'REVOKED' : invitation.expiresAt <= new Date() ? 'EXPIRED' : 'PENDING',
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    invitedBy: t.field(memberAsUser('invitedBy', 'The member who invited; null once they left the organization.')),
  }),
});
