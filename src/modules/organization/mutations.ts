import { builder } from '../../schema/builder.js';
import { parseGlobalId } from '../../schema/global-ids.js';
import { objectPayload, payloadType } from '../../schema/resource.js';
import { MembershipRoleEnum, MembershipType, OrganizationType } from './types.js';
import * as service from './service.js';
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
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('CreateOrganizationInput', { fields: (f) => ({ name: f.string({ required: true }) }) }),
      }),
    },
    resolve: (_root, { input }, ctx) => service.createOrganization(ctx, input.name),
  }),
);

builder.mutationField('updateOrganization', (t) =>
  t.field({
    type: payloadType('UpdateOrganizationPayload', OrganizationType, 'organization'),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('UpdateOrganizationInput', { fields: (f) => ({ name: f.string({ required: true }) }) }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const name = service.organizationName(input.name);
      return { organization: await ctx.prisma.organization.update({ where: { id: tenantOf(ctx).orgId }, data: { name } }) };
    },
  }),
);

const MembershipPayload = payloadType('MembershipPayload', MembershipType, 'membership');

builder.mutationField('changeMemberRole', (t) =>
  t.field({
    type: MembershipPayload,
    description: 'Changes a role. Only an OWNER may grant or take OWNER (ownership transfer); the last OWNER cannot be demoted.',
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('ChangeMemberRoleInput', {
          fields: (f) => ({ membershipId: f.id({ required: true }), role: f.field({ type: MembershipRoleEnum, required: true }) }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      membership: await service.changeMemberRole(ctx, parseGlobalId(String(input.membershipId), 'Membership', 'membershipId'), input.role),
    }),
  }),
);

const RemoveMemberPayload = builder.objectRef<{ removedMembershipId: string }>('RemoveMemberPayload');
RemoveMemberPayload.implement({ fields: (t) => ({ removedMembershipId: t.exposeID('removedMembershipId') }) });

builder.mutationField('removeMember', (t) =>
  t.field({
    type: RemoveMemberPayload,
    description: "Removes a member; their records keep existing without an owner. The last OWNER cannot be removed.",
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('RemoveMemberInput', { fields: (f) => ({ membershipId: f.id({ required: true }) }) }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      await service.removeMember(ctx, parseGlobalId(String(input.membershipId), 'Membership', 'membershipId'));
      return { removedMembershipId: String(input.membershipId) };
    },
  }),
);
