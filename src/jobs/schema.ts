import { runMigrations } from 'graphile-worker';
import pg from 'pg';
import { quietLogger } from './logger.js';

/** The schema graphile-worker keeps its jobs in. */
export const JOB_QUEUE_SCHEMA = 'graphile_worker';

/** The group role of the job queue's login roles (WORKER_DATABASE_URL): the queue's schema and nothing else. */
export const JOB_QUEUE_ROLE = 'clientflow_worker';

/**
 * Installs or upgrades graphile-worker's schema as the migration owner, then lets the queue's
 * role (clientflow_worker) use it. A worker connected as that role finds the schema current and
 * never tries to create it (graphile-worker installs only when its migrations table is missing).
 *
 * The API's role (clientflow_app) gets nothing here: the queue's tables hold every tenant's job
 * ids outside row-level security, so a request may not read or add jobs; it adds them only
 * through the SECURITY DEFINER triggers of the tables whose rows they are about. A worker reads
 * the queue as clientflow_worker and each job's rows through the API's pool, under RLS
 * (src/jobs/worker.ts).
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, logger: quietLogger });
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // Roles are cluster-wide: create it once, as sql/01 does for clientflow_app. CONNECT comes
    // from PUBLIC as for the API's role (where a DBA revoked that, README "Jobs" says what to grant).
    await client.query(`SET client_min_messages = warning;
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${JOB_QUEUE_ROLE}') THEN
          CREATE ROLE ${JOB_QUEUE_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$;
      GRANT USAGE ON SCHEMA ${JOB_QUEUE_SCHEMA} TO ${JOB_QUEUE_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_QUEUE_SCHEMA} TO ${JOB_QUEUE_ROLE};
      GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${JOB_QUEUE_SCHEMA} TO ${JOB_QUEUE_ROLE};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_QUEUE_SCHEMA} TO ${JOB_QUEUE_ROLE};`);
    // graphile-worker enables row-level security on its tables without policies (only their
    // owner may use them); the queue's role gets a policy for all of its rows on each of them.
    await client.query(`DO $$
      DECLARE t record;
      BEGIN
        FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = '${JOB_QUEUE_SCHEMA}' AND c.relkind = 'r' AND c.relrowsecurity LOOP
          EXECUTE format('DROP POLICY IF EXISTS queue_worker ON ${JOB_QUEUE_SCHEMA}.%I', t.relname);
          EXECUTE format('CREATE POLICY queue_worker ON ${JOB_QUEUE_SCHEMA}.%I FOR ALL TO ${JOB_QUEUE_ROLE} USING (true) WITH CHECK (true)', t.relname);
        END LOOP;
      END $$`);
  } finally {
    await client.end();
  }
}
