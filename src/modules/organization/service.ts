import { randomUUID } from 'node:crypto';
import { tenantOf, type Context } from '../../context/index.js';
import { lockRowForUpdate } from '../../db/row-locks.js';
import { enterTenant } from '../../db/tenant.js';
import { roleAtLeast, type Role } from '../../auth/permissions.js';
import { badInput, forbidden, notFound, organizationLimitReached } from '../../schema/errors.js';
import { createDefaultPipeline } from '../pipeline/service.js';
import { tenantKey } from '../../context/tenant-key.js';

/** The limits of this module, from the configuration (createServer puts them on each context). */
export interface OrganizationSettings {
  /** How long an invitation can be accepted (INVITATION_TTL_HOURS). */
  invitationTtlHours: number;
  /** How many organizations one user may own when creating another (MAX_ORGANIZATIONS_PER_USER). */
  maxOrganizationsPerUser: number;
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
