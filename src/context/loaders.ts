import DataLoader from 'dataloader';
import type { Activity } from '../generated/prisma/client.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { TransactionClient } from '../db/request-transaction.js';

/**
 * Per-request loaders for what the Prisma plugin cannot fold into the parent's query.
 * Relations and related connections (deal -> contact/company/stage, deal -> activities,
 * contact -> deals, company -> contacts) are folded by @pothos/plugin-prisma with
 * relationJoins; "the latest activity of each of these parents" is not, so it is batched
 * here with one DISTINCT ON query per parent kind.
 */
export interface Loaders {
  lastActivityByDealIdLoader: DataLoader<string, Activity | null>;
  lastActivityByContactIdLoader: DataLoader<string, Activity | null>;
}

type ParentColumn = 'deal_id' | 'contact_id';

function lastActivityLoader(prisma: TransactionClient | PrismaClient, column: ParentColumn) {
  return new DataLoader<string, Activity | null>(async (parentIds) => {
    // RLS adds the org_id condition; (org_id, <parent>_id, occurred_at) serves the order.
    const rows = await prisma.$queryRawUnsafe<(Activity & { parentId: string })[]>(
      `SELECT DISTINCT ON (${column}) ${column} AS "parentId",
              id, org_id AS "orgId", type::text AS type, subject, body,
              occurred_at AS "occurredAt", due_at AS "dueAt", completed_at AS "completedAt",
              lead_id AS "leadId", contact_id AS "contactId", company_id AS "companyId",
              deal_id AS "dealId", owner_id AS "ownerId", custom_fields AS "customFields",
              created_at AS "createdAt", updated_at AS "updatedAt", deleted_at AS "deletedAt"
         FROM activities
        WHERE ${column} = ANY($1::uuid[]) AND deleted_at IS NULL
        ORDER BY ${column}, occurred_at DESC, id DESC`,
      parentIds,
    );
    const byParent = new Map(rows.map(({ parentId, ...activity }) => [parentId, activity as Activity]));
    return parentIds.map((id) => byParent.get(id) ?? null);
  });
}

export function createLoaders(prisma: TransactionClient | PrismaClient): Loaders {
  return {
    lastActivityByDealIdLoader: lastActivityLoader(prisma, 'deal_id'),
    lastActivityByContactIdLoader: lastActivityLoader(prisma, 'contact_id'),
  };
}
