import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TestApp } from './app.js';

/**
 * Puts an upload's bytes into the local store without the API's PUT /files route, as a direct
 * upload to S3 lands them, and marks the attachment READY as the API does once it sees them: so
 * the set-time sniff of setOrganizationLogo and updateProfile can be tested on bytes that the
 * upload route would have refused.
 */
export async function storeBehindTheApi(app: TestApp, storeDir: string, attachmentId: string, bytes: Buffer): Promise<void> {
  const { rows } = await app.owner.query<{ storage_key: string }>('SELECT storage_key FROM attachments WHERE id = $1', [attachmentId]);
  const path = join(storeDir, rows[0]!.storage_key);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  await app.owner.query(`UPDATE attachments SET status = 'READY' WHERE id = $1`, [attachmentId]);
}
