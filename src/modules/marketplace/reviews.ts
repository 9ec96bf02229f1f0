import { roleAtLeast } from '../../auth/permissions.js';
import { tenantOf, type Context } from '../../context/index.js';
import { badInput, forbidden, notFound, reviewNeedsPurchase } from '../../schema/errors.js';
import type { CreateReview, ReviewReference, UpdateReview } from './inputs.js';
import { tenantKey } from '../../context/tenant-key.js';

/**
 * Who may review (README "Marketplace lifecycle"): the organization holds a purchase of the tool
 * that gave it access and was not taken back, i.e. ACTIVE or EXPIRED. CANCELLED and REFUNDED
 * purchases alone do not qualify: the status decides, not usageCount (which only counts the
 * minutes a client reported). Checked when a review is written or revived, not when edited.
 */
const REVIEW_QUALIFYING_STATUSES = ['ACTIVE', 'EXPIRED'] as const;

async function assertMayReview(ctx: Context, orgId: string, toolId: string) {
  const purchases = await ctx.prisma.toolPurchase.findMany({ where: { orgId, toolId }, select: { status: true } });
  const statuses = [...new Set(purchases.map((purchase) => purchase.status))];
  if (!statuses.some((status) => (REVIEW_QUALIFYING_STATUSES as readonly string[]).includes(status))) {
    throw reviewNeedsPurchase(statuses.sort());
  }
}

/** Creates the viewer's review of a tool the organization bought; one per tool per member. */
export async function createReview(ctx: Context, input: CreateReview) {
  const { toolId, ...data } = input;
  const orgId = tenantOf(ctx).orgId;
  const reviewerId = ctx.viewer!.userId;
  await assertMayReview(ctx, orgId, toolId);
  const existing = await ctx.prisma.toolReview.findUnique({
    where: { orgId_toolId_reviewerId: { orgId, toolId, reviewerId } },
    select: { id: true, deletedAt: true },
  });
  if (existing && !existing.deletedAt) throw badInput('You already reviewed this tool; change your review with updateToolReview', 'toolId');
  if (existing) {
    // The unique (org, tool, reviewer) keeps deleted reviews; writing again brings yours back with the new text.
    return ctx.prisma.toolReview.update({
      where: tenantKey(ctx, existing.id),
      data: { title: null, body: null, ...data, deletedAt: null, createdAt: new Date() },
    });
  }
  return ctx.prisma.toolReview.create({ data: { ...data, orgId, toolId, reviewerId } });
}

/** The review a validated reference names (the schema checked it gives exactly one of id and toolId). */
async function findReview(ctx: Context, { id, toolId }: ReviewReference) {
  const review = id
    ? await ctx.prisma.toolReview.findUnique({ where: tenantKey(ctx, id) })
    : toolId
      ? await ctx.prisma.toolReview.findUnique({
          where: { orgId_toolId_reviewerId: { orgId: tenantOf(ctx).orgId, toolId, reviewerId: ctx.viewer!.userId } },
        })
      : null;
  if (!review) throw notFound('ToolReview');
  return review;
}

/** Only its author edits a review (an ADMIN may delete it, not put words in a member's mouth). */
export async function updateReview(ctx: Context, input: UpdateReview) {
  const { id, toolId, ...data } = input;
  const review = await findReview(ctx, { id, toolId });
  if (review.deletedAt) throw notFound('ToolReview');
  if (review.reviewerId !== ctx.viewer!.userId) throw forbidden('Only its author may edit a review');
  return ctx.prisma.toolReview.update({ where: tenantKey(ctx, review.id), data });
}

/** Soft-deletes a review (idempotent): its author, or an ADMIN or OWNER for anyone's. */
export async function deleteReview(ctx: Context, reference: ReviewReference) {
  const review = await findReview(ctx, reference);
  if (review.reviewerId !== ctx.viewer!.userId && !roleAtLeast(ctx.role, 'ADMIN')) {
    throw forbidden("Deleting another member's review needs the ADMIN role");
  }
  if (review.deletedAt) return review;
  return ctx.prisma.toolReview.update({ where: tenantKey(ctx, review.id), data: { deletedAt: new Date() } });
}
