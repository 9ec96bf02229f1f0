import DataLoader from 'dataloader';
import { defineLoader } from '../../context/loaders.js';
import type { Prisma } from '../../generated/prisma/client.js';

// ToolPurchase.reviews: a review belongs to the tool in the organization, not to a purchase row
// (README "Buying again and reviews"), so Prisma cannot fold the field into the purchases' query.
// These loaders batch it per request instead: a page of purchases costs one statement for the
// reviews and one for their counts, however many purchases it holds.

/** Newest first; the cursor (org_id, id) breaks ties. */
export const REVIEW_ORDER = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

/** The page a connection asks for (prismaConnection's query: take, skip, cursor and the nested selection). */
export type ReviewPageQuery = Pick<Prisma.ToolReviewFindManyArgs, 'take' | 'skip' | 'cursor' | 'select' | 'include'>;

export interface ReviewPageKey {
  orgId: string;
  toolId: string;
  query: ReviewPageQuery;
}

const liveReviewsOf = (orgId: string) => ({ orgId, deletedAt: null });

/**
 * One page of an organization's live reviews per tool. Keys asking for the same page (the same
 * field arguments and selection: every purchase of a list) share one statement: the tools with
 * their reviews as a nested read, which takes, skips and follows the cursor per tool.
 */
export const reviewPagesByToolLoader = defineLoader(
  (prisma) =>
    new DataLoader<ReviewPageKey, Prisma.ToolReviewGetPayload<ReviewPageQuery>[], string>(
      async (keys) => {
        const groups = new Map<string, ReviewPageKey[]>();
        for (const key of keys) {
          const group = `${key.orgId}|${JSON.stringify(key.query)}`;
          groups.set(group, [...(groups.get(group) ?? []), key]);
        }
        const pages = new Map<string, Prisma.ToolReviewGetPayload<ReviewPageQuery>[]>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { orgId, query } = group[0]!;
            const tools = await prisma.marketplaceTool.findMany({
              where: { id: { in: [...new Set(group.map((key) => key.toolId))] } },
              select: { id: true, reviews: { ...query, where: liveReviewsOf(orgId), orderBy: REVIEW_ORDER } },
            });
            for (const tool of tools) pages.set(pageKey({ orgId, toolId: tool.id, query }), tool.reviews);
          }),
        );
        return keys.map((key) => pages.get(pageKey(key)) ?? []);
      },
      { cacheKeyFn: (key) => pageKey(key) },
    ),
);
const pageKey = (key: ReviewPageKey) => `${key.orgId}|${key.toolId}|${JSON.stringify(key.query)}`;

/** How many live reviews an organization has of each tool: one grouped count for the whole batch. */
export const reviewCountsByToolLoader = defineLoader(
  (prisma) =>
    new DataLoader<{ orgId: string; toolId: string }, number, string>(
      async (keys) => {
        const rows = await prisma.toolReview.groupBy({
          by: ['orgId', 'toolId'],
          where: {
            orgId: { in: [...new Set(keys.map((key) => key.orgId))] },
            toolId: { in: [...new Set(keys.map((key) => key.toolId))] },
            deletedAt: null,
          },
          _count: { _all: true },
        });
        const counts = new Map(rows.map((row) => [`${row.orgId}|${row.toolId}`, row._count._all]));
        return keys.map((key) => counts.get(`${key.orgId}|${key.toolId}`) ?? 0);
      },
      { cacheKeyFn: (key) => `${key.orgId}|${key.toolId}` },
    ),
);
