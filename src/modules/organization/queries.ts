import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { InvitationStatusEnum, type InvitationStatus } from './types.js';
import { builder } from '../../schema/builder.js';
import { tenantOf, type Context } from '../../context/index.js';
import type { Role } from '../../auth/permissions.js';
import { MembershipRoleEnum } from './types.js';

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    description: 'The signed-in user.',
    resolve: (query, _root, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: ctx.viewer!.userId } }),
  }),
);

builder.queryField('organizations', (t) =>
  t.prismaConnection({
    type: 'Organization',
    cursor: 'id',
    description: 'The organizations the signed-in user belongs to. Needs no X-Organization-Id.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.organization.findMany({
        ...query,
        where: { memberships: { some: { userId: ctx.viewer!.userId } } },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
    totalCount: (_connection, _args, ctx) =>
      ctx.prisma.organization.count({ where: { memberships: { some: { userId: ctx.viewer!.userId } } } }),
  }),
);

builder.queryField('organization', (t) =>
  t.prismaField({
    type: 'Organization',
    description: 'The organization named by the X-Organization-Id header.',
    resolve: (query, _root, _args, ctx) => ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id: tenantOf(ctx).orgId } }),
  }),
);

/** People only: API keys' service accounts are members too (that is how they get a role) but are listed by apiKeys. */
const membersWhere = (ctx: Context, role: Role | null | undefined) => ({
  orgId: tenantOf(ctx).orgId,
  user: { isServiceAccount: false },
  ...(role ? { role } : {}),
});

builder.queryField('members', (t) =>
  t.prismaConnection({
    type: 'Membership',
    cursor: 'orgId_id',
    description: 'The members (people) of the current organization; API keys are listed by apiKeys.',
    args: { role: t.arg({ type: MembershipRoleEnum }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.membership.findMany({
        ...query,
        where: membersWhere(ctx, args.role),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    totalCount: (_connection, args, ctx) => ctx.prisma.membership.count({ where: membersWhere(ctx, args.role) }),
  }),
);

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
