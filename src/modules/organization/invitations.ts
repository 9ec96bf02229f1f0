import { builder } from '../../schema/builder.js';
import { defineFilter, enumFilter } from '../../schema/filters.js';
import { parseInput } from '../../schema/validation.js';
import { AcceptInvitationInput, InviteMemberInput, RevokeInvitationInput, invitationIdSchema, inviteMemberSchema } from './inputs.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery, objectPayload, payloadType } from '../../schema/resource.js';
import * as invitations from './invitation-service.js';
import { memberAsUser, MembershipRoleEnum, MembershipType, OrganizationType } from './types.js';

export const InvitationStatusEnum = builder.enumType('InvitationStatus', {
  values: {
    PENDING: { description: 'Can be accepted until expiresAt.' },
    ACCEPTED: { description: 'Someone with the invited, verified e-mail accepted it and became a member.' },
    REVOKED: { description: 'An admin revoked it before it was accepted.' },
    EXPIRED: { description: 'Nobody accepted it before expiresAt.' },
  } as const,
});

type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

export const InvitationType = builder.prismaNode('Invitation', {
  id: { field: 'id' },
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

const invitationFilter = defineFilter('Invitation', () => ({
  id: { kind: 'id', column: 'id', type: 'Invitation' },
  email: { kind: 'string', column: 'email' },
  role: { kind: 'enum', column: 'role', filter: enumFilter(MembershipRoleEnum, 'MembershipRole') },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
  expiresAt: { kind: 'dateTime', column: 'expiresAt' },
}));

const invitationOrder = defineOrderBy(
  'Invitation',
  { CREATED_AT: ['createdAt'], EXPIRES_AT: ['expiresAt'] },
  { field: 'CREATED_AT', direction: 'DESC' },
);

/** The status as a condition (expiry is compared with the database's rows as of now). */
function statusWhere(status: InvitationStatus | null | undefined): Record<string, unknown> {
  const now = new Date();
  switch (status) {
    case 'PENDING':
      return { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
    case 'ACCEPTED':
      return { acceptedAt: { not: null } };
    case 'REVOKED':
      return { revokedAt: { not: null } };
    case 'EXPIRED':
      return { acceptedAt: null, revokedAt: null, expiresAt: { lte: now } };
    default:
      return {};
  }
}

defineListQuery({
  field: 'invitations',
  type: 'Invitation',
  delegate: 'invitation',
  filter: invitationFilter,
  order: invitationOrder,
  softDelete: false,
  description: "The organization's invitations, newest first. ADMIN and OWNER only.",
  narrowing: {
    args: (t: { arg: (options: { type: typeof InvitationStatusEnum }) => unknown }) => ({ status: t.arg({ type: InvitationStatusEnum }) }),
    where: (args: { status?: InvitationStatus | null }) => statusWhere(args.status),
  },
});

const InvitationPayload = (name: string) => payloadType(name, InvitationType, 'invitation');

builder.mutationField('inviteMember', (t) =>
  t.field({
    type: InvitationPayload('InviteMemberPayload'),
    description:
      'Invites an e-mail address with a role; whoever signs in with that address, verified, may accept it until it expires. ' +
      'Says nothing about whether anyone uses that address, and notifies nobody: hand the invitation id to the invitee. ' +
      'Only an OWNER may invite an OWNER.',
    args: { input: t.arg({ required: true, type: InviteMemberInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { email, role } = parseInput(inviteMemberSchema, input);
      return { invitation: await invitations.inviteMember(ctx, email, role) };
    },
  }),
);

builder.mutationField('revokeInvitation', (t) =>
  t.field({
    type: InvitationPayload('RevokeInvitationPayload'),
    description: 'Revokes a pending invitation (again: no change). Only an OWNER may revoke an OWNER invitation.',
    args: { input: t.arg({ required: true, type: RevokeInvitationInput }) },
    resolve: async (_root, { input }, ctx) => ({
      invitation: await invitations.revokeInvitation(ctx, parseInput(invitationIdSchema, input).invitationId),
    }),
  }),
);

const AcceptInvitationPayload = objectPayload('AcceptInvitationPayload', {
  membership: { type: MembershipType, description: "The new membership, with the invitation's role." },
  organization: { type: OrganizationType },
});

builder.mutationField('acceptInvitation', (t) =>
  t.field({
    type: AcceptInvitationPayload,
    description:
      'Joins the organization of an invitation addressed to your e-mail, which your identity provider must have verified ' +
      "(the token's email_verified). Needs no X-Organization-Id. An unknown, expired, revoked or accepted invitation, or one for " +
      'another address or an unverified one, is the same NOT_FOUND.',
    args: { input: t.arg({ required: true, type: AcceptInvitationInput }) },
    resolve: (_root, { input }, ctx) => invitations.acceptInvitation(ctx, parseInput(invitationIdSchema, input).invitationId),
  }),
);
