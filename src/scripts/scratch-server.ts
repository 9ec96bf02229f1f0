import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';

/**
 * Runs `fn` with the URL of a role that may create databases: DATABASE_ADMIN_URL when set,
 * otherwise a throw-away embedded PostgreSQL (started here, removed afterwards).
 */
export async function withAdminUrl<T>(fn: (adminUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_ADMIN_URL) return fn(process.env.DATABASE_ADMIN_URL);
  const dir = mkdtempSync(join(tmpdir(), 'clientflow-migrations-pg-'));
  chmodSync(dir, 0o777); // embedded-postgres runs the server as OS user postgres when we are root
  const embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), ephemeral: true });
  try {
    return await fn(embedded.adminUrl);
  } finally {
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
