import { builder } from '../../schema/builder.js';
import { tenantOf } from '../../context/index.js';

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
    name: t.exposeString('name', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const MembershipType = builder.prismaNode('Membership', {
  id: { field: 'id' },
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

builder.queryField('members', (t) =>
  t.prismaConnection({
    type: 'Membership',
    cursor: 'id',
    description: 'The members of the current organization.',
    args: { role: t.arg({ type: MembershipRoleEnum }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.membership.findMany({
        ...query,
        where: { orgId: tenantOf(ctx).orgId, ...(args.role ? { role: args.role } : {}) },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    totalCount: (_connection, args, ctx) =>
      ctx.prisma.membership.count({ where: { orgId: tenantOf(ctx).orgId, ...(args.role ? { role: args.role } : {}) } }),
  }),
);

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
