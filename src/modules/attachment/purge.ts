import type { PrismaClient } from '../../generated/prisma/client.js';
import { withTenant } from '../../db/tenant.js';
import type { AttachmentStore } from './store.js';

/**
 * Deletes the bytes and the row of one attachment deleted before `before`, in its organization's
 * transaction. The row is locked first: a restoreAttachment running at the same time waits and
 * then finds nothing, or wins and this finds the row no longer deleted and does nothing. The
 * object goes before the row, so a failure leaves the row to try again on the next run (deleting
 * an object that is already gone is no error); a crash after the object went and before the
 * commit leaves a row whose bytes are gone, which the next run removes. True when it purged.
 */
export async function purgeDeletedAttachment(
  prisma: PrismaClient,
  store: AttachmentStore,
  target: { orgId: string; id: string },
  before: Date,
): Promise<boolean> {
  const { orgId, id } = target;
  return withTenant(prisma, { orgId }, async (tx) => {
    const [row] = await tx.$queryRaw<{ storage_key: string }[]>`
      SELECT storage_key FROM attachments
       WHERE org_id = ${orgId}::uuid AND id = ${id}::uuid AND deleted_at < ${before}
         FOR UPDATE`;
    if (!row) return false;
    await store.delete(row.storage_key);
    await tx.attachment.delete({ where: { orgId_id: { orgId, id } } });
    return true;
  });
}
