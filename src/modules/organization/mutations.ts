import { builder } from '../../schema/builder.js';
import { objectPayload, payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import {
  ChangeMemberRoleInput,
  CreateOrganizationInput,
  RemoveMemberInput,
  UpdateOrganizationInput,
  changeMemberRoleSchema,
  organizationNameSchema,
  removeMemberSchema,
} from './inputs.js';
import { MembershipType, OrganizationType } from './types.js';
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
