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
    // A deleted attachment that is still the logo (deleteAttachment on it) stops being it.
    await tx.organization.updateMany({ where: { id: orgId, logoId: id }, data: { logoId: null } });
    await tx.attachment.delete({ where: { orgId_id: { orgId, id } } });
    return true;
  });
}

/** Attachments listed per transaction while an organization's objects are deleted. */
const ORGANIZATION_OBJECTS_BATCH = 1_000;

/**
 * Deletes every stored object of an organization's attachments (deleted ones included), for the
 * purge of a deleted organization, before its rows go: a failure leaves the rows and the job
 * retries, and objects already gone are no error. Keyset pages, each read in a short transaction
 * of the organization under RLS; the store calls run outside any transaction.
 */
export async function deleteOrganizationObjects(prisma: PrismaClient, store: AttachmentStore, orgId: string): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let deleted = 0;
  for (;;) {
    const page = await withTenant(
      prisma,
      { orgId },
      (tx) =>
        tx.$queryRaw<{ id: string; storage_key: string }[]>`
        SELECT id, storage_key FROM attachments
         WHERE org_id = ${orgId}::uuid AND id > ${after}::uuid
         ORDER BY id LIMIT ${ORGANIZATION_OBJECTS_BATCH}`,
    );
    for (const row of page) await store.delete(row.storage_key);
    deleted += page.length;
    if (page.length < ORGANIZATION_OBJECTS_BATCH) return deleted;
    after = page.at(-1)!.id;
  }
}
