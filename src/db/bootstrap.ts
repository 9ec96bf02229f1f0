import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { prepareLocalDatabase } from './local-database.js';
import { applyMigrations } from './migrate.js';

export interface DatabaseTarget {
  /** The RLS-bound connection the API uses. */
  appUrl: string;
  /** The owner's (migrations) connection when we have one: embedded, or MIGRATION_DATABASE_URL. */
  ownerUrl: string | null;
  /** The job queue's connection (a login role IN ROLE clientflow_worker): WORKER_DATABASE_URL, or the embedded one's. */
  workerUrl: string | null;
  embedded: EmbeddedDatabase | null;
}

/**
 * Decides where the API's data lives: the server in DATABASE_URL (migrated first when
 * MIGRATION_DATABASE_URL is given), or an embedded PostgreSQL for development.
 */
export async function resolveDatabase(config: Config, log: (line: string) => void): Promise<DatabaseTarget> {
  if (config.DATABASE_URL) {
    if (config.MIGRATION_DATABASE_URL) {
      const { applied } = await applyMigrations(config.MIGRATION_DATABASE_URL, { log });
      log(applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');
    }
    return {
      appUrl: config.DATABASE_URL,
      ownerUrl: config.MIGRATION_DATABASE_URL ?? null,
      workerUrl: config.WORKER_DATABASE_URL ?? null,
      embedded: null,
    };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_POSTGRES_DIR });
  try {
    const { appUrl, ownerUrl, workerUrl } = await prepareLocalDatabase(embedded.adminUrl, 'clientflow', { log });
    return { appUrl, ownerUrl, workerUrl: config.WORKER_DATABASE_URL ?? workerUrl, embedded };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/**
 * Refuses a connection whose role could bypass row-level security: tenancy would be off. That
 * includes a role that may create temporary tables: one named like ours (users, memberships)
 * would shadow it in any function that searches pg_temp first (README, Production).
 */
export async function assertRlsBoundRole(appUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
      `SELECT r.rolname, r.rolsuper, r.rolbypassrls FROM pg_roles r
        WHERE pg_has_role(current_user, r.oid, 'MEMBER') AND (r.rolsuper OR r.rolbypassrls)`,
    );
    if (rows.length > 0) {
      throw new Error(
        `DATABASE_URL connects as a role that bypasses row-level security (${rows[0]!.rolname}); use a login role IN ROLE clientflow_app (see README, Production)`,
      );
    }
    const temp = await client.query<{ database: string; allowed: boolean }>(
      `SELECT current_database() AS database, has_database_privilege(current_database(), 'TEMPORARY') AS allowed`,
    );
    if (temp.rows[0]!.allowed) {
      const database = temp.rows[0]!.database;
      throw new Error(
        `DATABASE_URL connects as a role that may create temporary tables in ${database}; as its owner run REVOKE TEMPORARY ON DATABASE "${database}" FROM PUBLIC (see README, Production)`,
      );
    }
  } finally {
    await client.end();
  }
}

/** Development only: a random HS256 secret kept beside the embedded database, so tokens survive restarts. */
export function developmentJwtSecret(dataDir: string): string {
  const file = resolve(dirname(resolve(dataDir)), 'dev-jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
