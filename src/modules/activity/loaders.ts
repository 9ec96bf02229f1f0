import DataLoader from 'dataloader';
import type { Activity } from '../../generated/prisma/client.js';
import { defineLoader } from '../../context/loaders.js';

/**
 * "The latest activity of each of these parents": relations and related connections are folded
 * into the parent's query by @pothos/plugin-prisma (relationJoins); a latest-per-parent is not,
 * so it is batched here with one DISTINCT ON query per parent kind.
 */
function lastActivityByParent(column: 'deal_id' | 'contact_id') {
  return defineLoader(
    (prisma) =>
      new DataLoader<string, Activity | null>(async (parentIds) => {
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
        const byParent = new Map<string, Activity>(rows.map(({ parentId, ...activity }) => [parentId, activity]));
        return parentIds.map((id) => byParent.get(id) ?? null);
      }),
  );
}

export const lastActivityOfDeal = lastActivityByParent('deal_id');
export const lastActivityOfContact = lastActivityByParent('contact_id');
