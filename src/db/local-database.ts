import pg from 'pg';
import { JOB_QUEUE_ROLE } from '../jobs/schema.js';
import { applyMigrations } from './migrate.js';

/** The login role the API uses against a local database: a member of clientflow_app, nothing more. */
export const LOCAL_APP_ROLE = 'clientflow_api';
export const LOCAL_APP_PASSWORD = 'clientflow-api-local';
/** The login role a local worker reads the job queue with: a member of clientflow_worker, nothing more. */
export const LOCAL_WORKER_ROLE = 'clientflow_jobs';
export const LOCAL_WORKER_PASSWORD = 'clientflow-jobs-local';

/** The same server URL pointed at another database (and optionally another login). */
export function withDatabase(url: string, database: string, credentials?: { user: string; password: string }): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (credentials) {
    parsed.username = credentials.user;
    parsed.password = credentials.password;
  }
  return parsed.toString();
}

/**
 * For development and tests on a server where we hold a superuser: create the database if
 * missing, apply migrations as the owner, and make sure the API's login role exists.
 * Returns the owner URL, the API (RLS-bound) URL and the job queue's URL.
 */
export async function prepareLocalDatabase(
  adminUrl: string,
  database: string,
  options: { log?: (line: string) => void; recreate?: boolean } = {},
): Promise<{ ownerUrl: string; appUrl: string; workerUrl: string }> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    if (options.recreate) await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  const ownerUrl = withDatabase(adminUrl, database);
  await applyMigrations(ownerUrl, { log: options.log });
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    // Roles are cluster-wide; two databases on one cluster share this one.
    await owner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${LOCAL_APP_ROLE}') THEN
        CREATE ROLE ${LOCAL_APP_ROLE} LOGIN PASSWORD '${LOCAL_APP_PASSWORD}' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE IN ROLE clientflow_app;
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${LOCAL_WORKER_ROLE}') THEN
        CREATE ROLE ${LOCAL_WORKER_ROLE} LOGIN PASSWORD '${LOCAL_WORKER_PASSWORD}' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE IN ROLE ${JOB_QUEUE_ROLE};
      END IF;
    END $$`);
    await owner.query(`GRANT CONNECT ON DATABASE "${database}" TO clientflow_app`);
    // The migrations do this too; a database-level privilege, so repeat it wherever one is made.
    await owner.query(`REVOKE TEMPORARY ON DATABASE "${database}" FROM PUBLIC`);
    // Backstops for statements outside a request transaction (readiness probe, scripts): each
    // request sets tighter, configurable limits of its own (context/index.ts).
    await owner.query(`ALTER ROLE ${LOCAL_APP_ROLE} SET statement_timeout = '30s'`);
    await owner.query(`ALTER ROLE ${LOCAL_APP_ROLE} SET lock_timeout = '10s'`);
    await owner.query(`ALTER ROLE ${LOCAL_APP_ROLE} SET idle_in_transaction_session_timeout = '60s'`);
  } finally {
    await owner.end();
  }
  return {
    ownerUrl,
    appUrl: withDatabase(adminUrl, database, { user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD }),
    workerUrl: withDatabase(adminUrl, database, { user: LOCAL_WORKER_ROLE, password: LOCAL_WORKER_PASSWORD }),
  };
}
