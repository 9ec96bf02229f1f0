import { randomUUID } from 'node:crypto';
import { tenantOf, type Context } from '../../context/index.js';
import { lockRowForUpdate } from '../../db/row-locks.js';
import { enterTenant } from '../../db/tenant.js';
import { roleAtLeast, type Role } from '../../auth/permissions.js';
import { badInput, forbidden, lastOwner, notFound, organizationLimitReached } from '../../schema/errors.js';
import { createDefaultPipeline } from '../pipeline/service.js';
import { tenantKey } from '../../context/tenant-key.js';

/** The limits of this module, from the configuration (createServer puts them on each context). */
export interface OrganizationSettings {
  /** How long an invitation can be accepted (INVITATION_TTL_HOURS). */
  invitationTtlHours: number;
  /** How many organizations one user may own when creating another (MAX_ORGANIZATIONS_PER_USER). */
  maxOrganizationsPerUser: number;
  /** How long a deleted organization can be restored before the purge job removes it (ORGANIZATION_DELETION_GRACE_DAYS). */
  deletionGraceDays: number;
}

/** Switches the request's tenant to an organization the request just created. */
async function enterNewOrganization(ctx: Context, orgId: string) {
  await enterTenant(ctx.prisma, { orgId, userId: ctx.viewer!.userId });
  ctx.orgId = orgId;
  ctx.role = 'OWNER';
}

/**
 * A user may own at most MAX_ORGANIZATIONS_PER_USER organizations when creating one. The lock
 * (per user, until the transaction ends) makes concurrent creates count one after the other; the
 * count runs after it, in a statement of its own, so it sees what the previous one committed.
 */
async function assertMayCreateOrganization(ctx: Context) {
  const userId = ctx.viewer!.userId;
  const { maxOrganizationsPerUser } = ctx.organizationSettings;
  await ctx.prisma.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`organizations owned by ${userId}`}, 0))`;
  const owned = await ctx.prisma.membership.count({ where: { userId, role: 'OWNER' } });
  if (owned >= maxOrganizationsPerUser) throw organizationLimitReached(maxOrganizationsPerUser);
}

/** Creates an organization named `name` (validated: inputs.ts, organizationNameSchema). */
export async function createOrganization(ctx: Context, name: string) {
  await assertMayCreateOrganization(ctx);
  const orgId = randomUUID();
  await enterNewOrganization(ctx, orgId);
  const organization = await ctx.prisma.organization.create({ data: { id: orgId, name } });
  const membership = await ctx.prisma.membership.create({ data: { orgId, userId: ctx.viewer!.userId, role: 'OWNER' } });
  await createDefaultPipeline(ctx.prisma, orgId);
  return { organization, membership };
}

/** Granting (inviting), changing or removing OWNER is for owners only; admins manage everyone else. */
export function assertMayManage(ctx: Context, ...roles: Role[]) {
  if (roles.includes('OWNER') && !roleAtLeast(ctx.role, 'OWNER')) {
    throw forbidden('Only an owner can grant, change or remove the OWNER role');
  }
}

async function assertAnotherOwnerRemains(ctx: Context, membershipId: string) {
  const owners = await ctx.prisma.membership.count({ where: { orgId: tenantOf(ctx).orgId, role: 'OWNER', id: { not: membershipId } } });
  if (owners === 0) throw badInput('An organization must keep at least one owner; make someone else OWNER first', 'membershipId');
}

/**
 * The user may see their own memberships elsewhere; only this organization's count here. Locked
 * first: the role checks below decide on the role read, which must not change before the write.
 */
async function findMembership(ctx: Context, membershipId: string) {
  await lockRowForUpdate(ctx, 'memberships', membershipId);
  // An API key's membership is managed through the key (revokeApiKey), never as a member.
  return ctx.prisma.membership.findFirst({ where: { id: membershipId, orgId: tenantOf(ctx).orgId, user: { isServiceAccount: false } } });
}

export async function changeMemberRole(ctx: Context, membershipId: string, role: Role) {
  const membership = await findMembership(ctx, membershipId);
  if (!membership) throw notFound('Membership');
  assertMayManage(ctx, membership.role, role);
  if (membership.role === 'OWNER' && role !== 'OWNER') await assertAnotherOwnerRemains(ctx, membershipId);
  return ctx.prisma.membership.update({ where: tenantKey(ctx, membershipId), data: { role } });
}

export async function removeMember(ctx: Context, membershipId: string) {
  const membership = await findMembership(ctx, membershipId);
  if (!membership) throw notFound('Membership');
  assertMayManage(ctx, membership.role);
  if (membership.role === 'OWNER') await assertAnotherOwnerRemains(ctx, membershipId);
  return detachMember(ctx, membership);
}

/**
 * The caller's own membership here, locked, read from the database (never from the token or
 * ctx.role, which may be stale by the time this runs).
 */
async function ownMembership(ctx: Context) {
  const { orgId } = tenantOf(ctx);
  const userId = ctx.viewer!.userId;
  await ctx.prisma.$queryRaw`SELECT 1 FROM memberships WHERE org_id = ${orgId}::uuid AND user_id = ${userId}::uuid FOR UPDATE`;
  const membership = await ctx.prisma.membership.findFirst({ where: { orgId, userId } });
  if (!membership) throw forbidden('You are not a member of this organization');
  return membership;
}

/**
 * Owner changes of one organization run one after the other: the same advisory lock as the
 * database's last-owner trigger (sql/10_tenancy.sql), taken before counting, so two owners
 * leaving at once cannot each see the other as the remaining one. Taken after the row lock,
 * in the order removeMember and the trigger take them.
 */
async function lockOwners(ctx: Context) {
  await ctx.prisma.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${tenantOf(ctx).orgId}, 0))`;
}

/** The caller leaves the request's organization; the last OWNER cannot (LAST_OWNER). */
export async function leaveOrganization(ctx: Context) {
  if (ctx.viewer!.apiKeyId) throw forbidden('An API key cannot leave its organization; an ADMIN revokes it (revokeApiKey)');
  const membership = await ownMembership(ctx);
  await lockOwners(ctx);
  if (membership.role === 'OWNER') {
    const owners = await ctx.prisma.membership.count({ where: { orgId: membership.orgId, role: 'OWNER', id: { not: membership.id } } });
    if (owners === 0) throw lastOwner();
  }
  return detachMember(ctx, membership);
}

/**
 * Makes another member OWNER and the caller (an OWNER) ADMIN, in one transaction. The target
 * must be a person who is a member of this organization, other than the caller.
 */
export async function transferOwnership(ctx: Context, membershipId: string) {
  const previous = await ownMembership(ctx);
  if (previous.role !== 'OWNER') throw forbidden('Only an OWNER can transfer the ownership');
  if (previous.id === membershipId) throw badInput('You already own this organization; name another member', 'membershipId');
  const target = await findMembership(ctx, membershipId);
  if (!target) throw notFound('Membership');
  const newOwner = await ctx.prisma.membership.update({ where: tenantKey(ctx, target.id), data: { role: 'OWNER' } });
  const previousOwner = await ctx.prisma.membership.update({ where: tenantKey(ctx, previous.id), data: { role: 'ADMIN' } });
  ctx.role = 'ADMIN';
  return { newOwner, previousOwner };
}

/**
 * Marks the request's organization deleted (OWNER; the caller typed its name). From then on every
 * request to it is refused (ORGANIZATION_PENDING_DELETION, app.begin_request), and after
 * ORGANIZATION_DELETION_GRACE_DAYS the purge job removes it with all its rows and files.
 */
export async function deleteOrganization(ctx: Context, confirmName: string) {
  const { orgId } = tenantOf(ctx);
  const [organization] = await ctx.prisma.$queryRaw<
    { name: string }[]
  >`SELECT name FROM organizations WHERE id = ${orgId}::uuid FOR UPDATE`;
  if (!organization) throw notFound('Organization');
  if (organization.name !== confirmName) throw badInput("confirmName must be the organization's exact name", 'confirmName');
  const now = new Date();
  const purgeAfter = new Date(now.getTime() + ctx.organizationSettings.deletionGraceDays * 86_400_000);
  return ctx.prisma.organization.update({ where: { id: orgId }, data: { deletedAt: now, purgeAfter } });
}

/**
 * Restores a deleted organization before its purge (OWNER). Named by id without the header, since
 * requests to it are refused: the OWNER membership is read here from the database, under the
 * user's own RLS view of their memberships, before the transaction enters the organization.
 */
export async function restoreOrganization(ctx: Context, orgId: string) {
  const userId = ctx.viewer!.userId;
  const membership = await ctx.prisma.membership.findFirst({ where: { orgId, userId }, select: { role: true } });
  if (!membership) throw notFound('Organization');
  if (membership.role !== 'OWNER') throw forbidden('Only an OWNER can restore the organization');
  await enterTenant(ctx.prisma, { orgId, userId });
  ctx.orgId = orgId;
  ctx.role = 'OWNER';
  const [row] = await ctx.prisma.$queryRaw<{ due: boolean | null }[]>`
    SELECT purge_after <= now() AS due FROM organizations WHERE id = ${orgId}::uuid FOR UPDATE`;
  if (!row) throw notFound('Organization');
  if (row.due) throw badInput('The grace period is over: the organization is being purged and cannot be restored', 'organizationId');
  return ctx.prisma.organization.update({ where: { id: orgId }, data: { deletedAt: null, purgeAfter: null } });
}

/** Deletes a membership after letting go of every record that references the member. */
async function detachMember<M extends { id: string; userId: string }>(ctx: Context, membership: M): Promise<M> {
  const membershipId = membership.id;
  // Records keep their history but lose the departed member (the composite foreign keys point
  // at memberships, so they must let go first). One statement for every reference; the
  // member's private rows (notifications, cart, attendance, reviews) go with the membership.
  const org = tenantOf(ctx).orgId;
  const user = membership.userId;
  await ctx.prisma.$executeRaw`
    WITH contacts_ AS (UPDATE contacts SET owner_id = NULL WHERE org_id = ${org}::uuid AND owner_id = ${user}::uuid),
         deals_ AS (UPDATE deals SET owner_id = NULL WHERE org_id = ${org}::uuid AND owner_id = ${user}::uuid),
         activities_ AS (UPDATE activities SET owner_id = NULL WHERE org_id = ${org}::uuid AND owner_id = ${user}::uuid),
         leads_ AS (UPDATE leads SET assignee_id = NULL WHERE org_id = ${org}::uuid AND assignee_id = ${user}::uuid),
         listings_ AS (UPDATE listings SET agent_id = NULL WHERE org_id = ${org}::uuid AND agent_id = ${user}::uuid),
         appointments_ AS (UPDATE appointments SET organizer_id = NULL WHERE org_id = ${org}::uuid AND organizer_id = ${user}::uuid),
         messages_ AS (UPDATE messages SET author_id = NULL WHERE org_id = ${org}::uuid AND author_id = ${user}::uuid),
         automations_ AS (UPDATE automations SET created_by_id = NULL WHERE org_id = ${org}::uuid AND created_by_id = ${user}::uuid),
         webhook_endpoints_ AS (UPDATE webhook_endpoints SET created_by_id = NULL WHERE org_id = ${org}::uuid AND created_by_id = ${user}::uuid),
         attachments_ AS (UPDATE attachments SET uploaded_by_id = NULL WHERE org_id = ${org}::uuid AND uploaded_by_id = ${user}::uuid),
         import_runs_ AS (UPDATE import_runs SET created_by_id = NULL WHERE org_id = ${org}::uuid AND created_by_id = ${user}::uuid),
         tool_purchases_ AS (UPDATE tool_purchases SET purchased_by_id = NULL WHERE org_id = ${org}::uuid AND purchased_by_id = ${user}::uuid),
         bundle_purchases_ AS (UPDATE bundle_purchases SET purchased_by_id = NULL WHERE org_id = ${org}::uuid AND purchased_by_id = ${user}::uuid),
         invitations_ AS (UPDATE invitations SET invited_by_id = NULL WHERE org_id = ${org}::uuid AND invited_by_id = ${user}::uuid)
    UPDATE checkouts SET user_id = NULL WHERE org_id = ${org}::uuid AND user_id = ${user}::uuid`;
  await ctx.prisma.membership.delete({ where: tenantKey(ctx, membershipId) });
  return membership;
}
