import { tenantOf, type Context } from '../../context/index.js';
import type { Role } from '../../auth/permissions.js';
import { badInput, notFound } from '../../schema/errors.js';
import { assertMayManage } from './service.js';
import { tenantKey } from '../../context/tenant-key.js';

/**
 * Invites an e-mail address with a role. Looks no user up: the answer is the same whether or not
 * anyone with that address has ever signed in, and nobody is notified of anything.
 */
export async function inviteMember(ctx: Context, address: string, role: Role) {
  assertMayManage(ctx, role);
  const expiresAt = new Date(Date.now() + ctx.organizationSettings.invitationTtlHours * 3_600_000);
  return ctx.prisma.invitation.create({
    data: { orgId: tenantOf(ctx).orgId, email: address, role, invitedById: ctx.viewer!.userId, expiresAt },
  });
}

/** Revokes a pending invitation (idempotent). Only an OWNER may revoke an OWNER invitation. */
export async function revokeInvitation(ctx: Context, invitationId: string) {
  const invitation = await ctx.prisma.invitation.findFirst({ where: { id: invitationId, orgId: tenantOf(ctx).orgId } });
  if (!invitation) throw notFound('Invitation');
  assertMayManage(ctx, invitation.role);
  // Conditional, so a concurrent acceptance wins or loses as a whole (the row lock decides).
  await ctx.prisma.invitation.updateMany({
    where: { id: invitationId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const after = await ctx.prisma.invitation.findUniqueOrThrow({ where: tenantKey(ctx, invitationId) });
  if (after.acceptedAt) throw badInput('This invitation was accepted already; remove the member instead', 'invitationId');
  return after;
}

interface Acceptance {
  membership_id: string | null;
  org_id: string | null;
  role: Role | null;
  outcome: 'accepted' | 'invalid' | 'already_member';
}

/**
 * The signed-in user accepts an invitation addressed to their verified e-mail (sql/025 checks it
 * all as the owner: the invitee cannot read the organization's invitations). Every refusal is the
 * same NOT_FOUND, whether the invitation is unknown, expired, revoked, accepted, for another
 * address or the token's address is unverified. On success the request continues in the new
 * organization, as after createOrganization.
 */
export async function acceptInvitation(ctx: Context, invitationId: string) {
  const viewer = ctx.viewer!;
  const [result] = await ctx.prisma.$queryRaw<Acceptance[]>`
    SELECT membership_id, org_id, role, outcome FROM app.accept_invitation(${invitationId}::uuid, ${viewer.email}, ${viewer.emailVerified})`;
  if (result?.outcome === 'already_member') {
    // The request rolls back, and with it the acceptance: the invitation stays open.
    throw badInput('You are already a member of this organization', 'invitationId');
  }
  if (result?.outcome !== 'accepted') throw notFound('Invitation');
  ctx.orgId = result.org_id;
  ctx.role = result.role;
  const membership = await ctx.prisma.membership.findUniqueOrThrow({ where: tenantKey(ctx, result.membership_id!) });
  const organization = await ctx.prisma.organization.findUniqueOrThrow({ where: { id: result.org_id! } });
  return { membership, organization };
}
