import type { PrismaClient } from '../generated/prisma/client.js';
import type { TransactionClient } from './request-transaction.js';

/**
 * Who a transaction acts for: the organization RLS scopes every row to, and the user the audit
 * log and notification triggers name.
 */
export interface Tenant {
  orgId: string;
  userId?: string | null;
}

/**
 * The one place, besides app.begin_request (which sets the tenant of a GraphQL request only
 * after checking the membership), that sets the tenant of a transaction. Transaction-local
 * (set_config's third argument: SET LOCAL), so a pooled connection keeps nothing afterwards.
 * Trusted code only: scripts, seeds, signed file links, an organization just created; the
 * caller has already decided that acting for this organization is allowed.
 */
export async function enterTenant(tx: TransactionClient, tenant: Tenant): Promise<void> {
  await tx.$queryRaw`SELECT set_config('app.current_org_id', ${tenant.orgId}, true),
                            set_config('app.current_user_id', ${tenant.userId ?? ''}, true)`;
}

/** Runs `work` in a transaction of its own, acting for `tenant`. */
export function withTenant<T>(
  prisma: PrismaClient,
  tenant: Tenant,
  work: (tx: TransactionClient) => Promise<T>,
  options?: { timeoutMs?: number },
): Promise<T> {
  return prisma.$transaction(
    async (tx) => {
      await enterTenant(tx, tenant);
      return work(tx);
    },
    options?.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs, maxWait: options.timeoutMs },
  );
}

/** Acts as another member of the same organization for the statements that follow (seeds write as several people). */
export async function actAs(tx: TransactionClient, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT set_config('app.current_user_id', ${userId}, true)`;
}
