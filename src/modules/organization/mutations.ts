import { encodeGlobalID } from '@pothos/plugin-relay';
import * as invitations from './invitation-service.js';
import { AcceptInvitationInput, InviteMemberInput, RevokeInvitationInput, invitationIdSchema, inviteMemberSchema } from './inputs.js';
import { builder } from '../../schema/builder.js';
import { objectPayload, payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import {
  ChangeMemberRoleInput,
  CreateOrganizationInput,
  DeleteOrganizationInput,
  RemoveMemberInput,
  RestoreOrganizationInput,
  TransferOwnershipInput,
  UpdateOrganizationInput,
  UpdateProfileInput,
  changeMemberRoleSchema,
  deleteOrganizationSchema,
  organizationNameSchema,
  restoreOrganizationSchema,
  removeMemberSchema,
  transferOwnershipSchema,
  updateProfileSchema,
} from './inputs.js';
import { InvitationType, MembershipType, OrganizationType, UserType } from './types.js';
import * as service from './service.js';
import { setAvatar } from '../image/service.js';
import { tenantOf } from '../../context/index.js';

const CreateOrganizationPayload = objectPayload('CreateOrganizationPayload', {
  organization: { type: OrganizationType },
  membership: { type: MembershipType, description: "The creator's OWNER membership." },
});

builder.mutationField('createOrganization', (t) =>
  t.field({
    type: CreateOrganizationPayload,
    description:
      'Creates an organization with its default sales pipeline; the caller becomes its OWNER. A user who already owns ' +
      'MAX_ORGANIZATIONS_PER_USER organizations (10 by default) gets ORGANIZATION_LIMIT_REACHED.',
    args: { input: t.arg({ required: true, type: CreateOrganizationInput }) },
    resolve: (_root, { input }, ctx) => service.createOrganization(ctx, parseInput(organizationNameSchema, input).name),
  }),
);

builder.mutationField('updateOrganization', (t) =>
  t.field({
    type: payloadType('UpdateOrganizationPayload', OrganizationType, 'organization'),
    args: { input: t.arg({ required: true, type: UpdateOrganizationInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { name } = parseInput(organizationNameSchema, input);
      return { organization: await ctx.prisma.organization.update({ where: { id: tenantOf(ctx).orgId }, data: { name } }) };
    },
  }),
);

builder.mutationField('updateProfile', (t) =>
  t.field({
    type: payloadType('UpdateProfilePayload', UserType, 'user'),
    description:
      "Changes your own profile: the display name shown as User.name instead of your identity provider's (null or blank goes " +
      'back to it), and your avatar (User.avatarUrl): an image of createAvatarUpload, sent with the X-Organization-Id it was ' +
      'uploaded in, or null to remove it. Only avatarId needs X-Organization-Id; API keys have no profile.',
    args: { input: t.arg({ required: true, type: UpdateProfileInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { name, avatarId } = parseInput(updateProfileSchema, input);
      // A missing field leaves it as it is, like every update here.
      if (name !== undefined) await ctx.prisma.$queryRaw`SELECT app.update_profile(${name}) IS NULL AS done`;
      if (avatarId !== undefined) await setAvatar(ctx, avatarId);
      return { user: await ctx.prisma.user.findUniqueOrThrow({ where: { id: ctx.viewer!.userId } }) };
    },
  }),
);

const MembershipPayload = payloadType('MembershipPayload', MembershipType, 'membership');

builder.mutationField('changeMemberRole', (t) =>
  t.field({
    type: MembershipPayload,
    description: 'Changes a role. Only an OWNER may grant or take OWNER (ownership transfer); the last OWNER cannot be demoted.',
    args: { input: t.arg({ required: true, type: ChangeMemberRoleInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { membershipId, role } = parseInput(changeMemberRoleSchema, input);
      return { membership: await service.changeMemberRole(ctx, membershipId, role) };
    },
  }),
);

const RemoveMemberPayload = builder.objectRef<{ removedMembershipId: string }>('RemoveMemberPayload');
RemoveMemberPayload.implement({ fields: (t) => ({ removedMembershipId: t.exposeID('removedMembershipId') }) });

builder.mutationField('removeMember', (t) =>
  t.field({
    type: RemoveMemberPayload,
    description: 'Removes a member; their records keep existing without an owner. The last OWNER cannot be removed.',
    args: { input: t.arg({ required: true, type: RemoveMemberInput }) },
    resolve: async (_root, { input }, ctx) => {
      await service.removeMember(ctx, parseInput(removeMemberSchema, input).membershipId);
      return { removedMembershipId: String(input.membershipId) };
    },
  }),
);

const LeaveOrganizationPayload = builder.objectRef<{ orgId: string }>('LeaveOrganizationPayload');
LeaveOrganizationPayload.implement({
  fields: (t) => ({
    leftOrganizationId: t.id({
      description: 'The global id of the organization you left.',
      resolve: ({ orgId }) => encodeGlobalID('Organization', orgId),
    }),
  }),
});

builder.mutationField('leaveOrganization', (t) =>
  t.field({
    type: LeaveOrganizationPayload,
    description:
      'You leave the organization of X-Organization-Id, whatever your role; your records stay without an owner, as with removeMember. ' +
      'The last OWNER cannot leave (LAST_OWNER): transfer the ownership first or delete the organization. API keys cannot leave.',
    resolve: async (_root, _args, ctx) => {
      const { orgId } = await service.leaveOrganization(ctx);
      return { orgId };
    },
  }),
);

const TransferOwnershipPayload = objectPayload('TransferOwnershipPayload', {
  newOwner: { type: MembershipType, description: 'The membership that became OWNER.' },
  previousOwner: { type: MembershipType, description: "The caller's membership, now ADMIN." },
});

builder.mutationField('transferOwnership', (t) =>
  t.field({
    type: TransferOwnershipPayload,
    description:
      'OWNER only: makes another member (a person, not an API key) OWNER and you ADMIN, in one step. To stay an owner as well, ' +
      'use changeMemberRole to grant OWNER instead.',
    args: { input: t.arg({ required: true, type: TransferOwnershipInput }) },
    resolve: (_root, { input }, ctx) => service.transferOwnership(ctx, parseInput(transferOwnershipSchema, input).membershipId),
  }),
);

builder.mutationField('deleteOrganization', (t) =>
  t.field({
    type: payloadType('DeleteOrganizationPayload', OrganizationType, 'organization'),
    description:
      'OWNER only: deletes the organization of X-Organization-Id, confirmed by its exact name. From then on every request to it ' +
      'is refused with ORGANIZATION_PENDING_DELETION (API keys too); its members still see it in `organizations`, with deletedAt ' +
      'and purgeAfter. An OWNER may restoreOrganization until purgeAfter (ORGANIZATION_DELETION_GRACE_DAYS, 30 by default); ' +
      'then a daily job deletes it with all its records and stored files, for good.',
    args: { input: t.arg({ required: true, type: DeleteOrganizationInput }) },
    resolve: async (_root, { input }, ctx) => ({
      organization: await service.deleteOrganization(ctx, parseInput(deleteOrganizationSchema, input).confirmName),
    }),
  }),
);

builder.mutationField('restoreOrganization', (t) =>
  t.field({
    type: payloadType('RestoreOrganizationPayload', OrganizationType, 'organization'),
    description:
      'OWNER of the organization: undoes deleteOrganization before its purgeAfter. Send it without X-Organization-Id (requests ' +
      'to a deleted organization are refused); the OWNER role is checked here. Restoring one that is not deleted changes nothing.',
    args: { input: t.arg({ required: true, type: RestoreOrganizationInput }) },
    resolve: async (_root, { input }, ctx) => ({
      organization: await service.restoreOrganization(ctx, parseInput(restoreOrganizationSchema, input).organizationId),
    }),
  }),
);

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
