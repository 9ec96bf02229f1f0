import { roleAtLeast } from '../../auth/permissions.js';
import type { Context } from '../../context/index.js';
import { badInput, forbidden, notFound } from '../../schema/errors.js';
import { parseGlobalId, parseOptionalGlobalId } from '../../schema/global-ids.js';
import { defined, intInRange, text } from '../../schema/validation-legacy.js';

export interface ReviewFields {
  rating?: number | null;
  title?: string | null;
  body?: string | null;
}

/** A review named by its id, or the viewer's own review of a tool (toolId): exactly one. */
export interface ReviewReference {
  id?: string | number | null;
  toolId?: string | number | null;
}

function reviewData(input: ReviewFields) {
  return defined({
    rating: intInRange(input.rating, 'rating', 1, 5),
    title: text(input.title, 'title', { max: 200, nullable: true }),
    body: text(input.body, 'body', { max: 5000, nullable: true }),
  });
}

/** Creates the viewer's review of a tool the organization bought; one per tool per member. */
export async function createReview(ctx: Context, toolGlobalId: string, input: ReviewFields & { rating: number }) {
  const toolId = parseGlobalId(toolGlobalId, 'MarketplaceTool', 'toolId');
  const data = reviewData(input);
  const orgId = ctx.orgId!;
  const reviewerId = ctx.viewer!.userId;
  // The foreign key points at the purchase; say so plainly before the database does.
  const purchase = await ctx.prisma.toolPurchase.findUnique({ where: { orgId_toolId: { orgId, toolId } }, select: { id: true } });
  if (!purchase) throw badInput('Your organization has not bought this tool: buy it first, then review it', 'toolId');
  const existing = await ctx.prisma.toolReview.findUnique({
    where: { orgId_toolId_reviewerId: { orgId, toolId, reviewerId } },
    select: { id: true, deletedAt: true },
  });
  if (existing && !existing.deletedAt) throw badInput('You already reviewed this tool; change your review with updateToolReview', 'toolId');
  if (existing) {
    // The unique (org, tool, reviewer) keeps deleted reviews; writing again brings yours back with the new text.
    return ctx.prisma.toolReview.update({
      where: { id: existing.id },
      data: { title: null, body: null, ...data, rating: data.rating!, deletedAt: null, createdAt: new Date() },
    });
  }
  return ctx.prisma.toolReview.create({ data: { ...data, rating: data.rating!, orgId, toolId, reviewerId } });
}

async function findReview(ctx: Context, reference: ReviewReference) {
  const id = parseOptionalGlobalId(reference.id, 'ToolReview', 'id');
  const toolId = parseOptionalGlobalId(reference.toolId, 'MarketplaceTool', 'toolId');
  if ((id == null) === (toolId == null)) throw badInput('Give exactly one of id and toolId', id == null ? 'id' : 'toolId');
  const review = id
    ? await ctx.prisma.toolReview.findUnique({ where: { id } })
    : await ctx.prisma.toolReview.findUnique({
        where: { orgId_toolId_reviewerId: { orgId: ctx.orgId!, toolId: toolId!, reviewerId: ctx.viewer!.userId } },
      });
  if (!review) throw notFound('ToolReview');
  return review;
}

/** Only its author edits a review (an ADMIN may delete it, not put words in a member's mouth). */
export async function updateReview(ctx: Context, reference: ReviewReference, input: ReviewFields) {
  const review = await findReview(ctx, reference);
  if (review.deletedAt) throw notFound('ToolReview');
  if (review.reviewerId !== ctx.viewer!.userId) throw forbidden('Only its author may edit a review');
  return ctx.prisma.toolReview.update({ where: { id: review.id }, data: reviewData(input) as { rating?: number; title?: string | null; body?: string | null } });
}

/** Soft-deletes a review (idempotent): its author, or an ADMIN or OWNER for anyone's. */
export async function deleteReview(ctx: Context, reference: ReviewReference) {
  const review = await findReview(ctx, reference);
  if (review.reviewerId !== ctx.viewer!.userId && !roleAtLeast(ctx.role, 'ADMIN')) {
    throw forbidden("Deleting another member's review needs the ADMIN role");
  }
  if (review.deletedAt) return review;
  return ctx.prisma.toolReview.update({ where: { id: review.id }, data: { deletedAt: new Date() } });
}
