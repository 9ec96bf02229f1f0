import type pg from 'pg';
import type { PrismaClient } from '../../generated/prisma/client.js';
import { deleteOrganizationObjects } from '../attachment/purge.js';
import type { AttachmentStore } from '../attachment/store.js';

/**
 * Lends a connection that may call app.purge_organization: the queue's (graphile-worker's
 * `helpers.withPgClient` has this shape) or the owner's (the seed's --reset).
 */
export type WithPurgeConnection = <T>(work: (client: pg.ClientBase) => Promise<T>) => Promise<T>;

export interface PurgeDependencies {
  /** The API's (RLS-bound) client: the attachments' storage keys are read in the organization. */
  prisma: PrismaClient;
  store: AttachmentStore;
  withConnection: WithPurgeConnection;
}

export interface OrganizationPurge {
  /** False when the organization was not due (restored, not yet due, or already gone): nothing was deleted but objects. */
  purged: boolean;
  /** Stored objects deleted (attachments' bytes, deleted attachments' included). */
  objects: number;
}

/**
 * Purges a deleted organization (README "Deleting an organization"): every stored object of its
 * attachments first (a failure leaves the rows and the next run tries again), then, in one
 * transaction on the lent connection, app.purge_organization deletes the row, every tenant row
 * (the foreign keys cascade) and its audit log. `endGracePeriod` (the demo's --reset, which needs
 * the owner's connection) first makes it due now, in the same transaction, so nothing of it is
 * kept when the purge does not happen.
 */
export async function purgeOrganization(
  deps: PurgeDependencies,
  orgId: string,
  options: { endGracePeriod?: boolean } = {},
): Promise<OrganizationPurge> {
  const objects = await deleteOrganizationObjects(deps.prisma, deps.store, orgId);
  const purged = await deps.withConnection(async (client) => {
    await client.query('BEGIN');
    try {
      if (options.endGracePeriod) {
        // The owner is subject to the tables' forced RLS unless it is a superuser: act in the organization.
        await client.query(`SELECT set_config('app.current_org_id', $1, true)`, [orgId]);
        // Truncated, not now(): the column keeps milliseconds, and a rounded-up now() would not be due yet.
        await client.query(
          `UPDATE organizations SET deleted_at = coalesce(deleted_at, now()), purge_after = date_trunc('milliseconds', now()) WHERE id = $1`,
          [orgId],
        );
      }
      const { rows } = await client.query<{ purged: boolean }>('SELECT app.purge_organization($1) AS purged', [orgId]);
      const done = rows[0]?.purged === true;
      await client.query(done ? 'COMMIT' : 'ROLLBACK');
      return done;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  });
  return { purged, objects };
}
