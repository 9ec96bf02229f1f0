import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chmodSync, rmSync } from 'node:fs';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { prepareLocalDatabase } from '../../src/db/local-database.js';

export const TEMPLATE_DATABASE = 'clientflow_test_template';

/**
 * Starts one real PostgreSQL for the whole run (embedded, throw-away) unless DATABASE_URL
 * names a server we may create databases on, and migrates a template database that every
 * test file clones.
 */
export async function startTestDatabase() {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'clientflow-test-pg-'));
    chmodSync(dir, 0o777);
    const embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), ephemeral: true });
    (globalThis as { __embeddedPostgres?: unknown }).__embeddedPostgres = {
      stop: async () => {
        await embedded.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
    adminUrl = embedded.adminUrl;
  }
  await prepareLocalDatabase(adminUrl, TEMPLATE_DATABASE, { recreate: true });
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  process.env.TEST_TEMPLATE_DATABASE = TEMPLATE_DATABASE;
}
