import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import pg from 'pg';
import { describeChanges, diffCatalogs, snapshotDatabase, type CatalogSnapshot } from '../../src/db/catalog.js';
import {
  buildFromMigrations,
  buildFromSource,
  composeMigration,
  createScratchDatabase,
  type ScratchDatabase,
  type SourceBuild,
} from '../../src/db/migration-generator.js';
import { diffMigrationsAgainstSchema } from '../../src/db/schema-engine.js';
import { applySqlFiles, readSqlFiles } from '../../src/db/sql-files.js';

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;

async function query(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function applySqlDir(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET client_min_messages = error');
    await applySqlFiles(client, readSqlFiles());
  } finally {
    await client.end();
  }
}

// prisma/migrations (the history) must build the database that prisma/schema.prisma + sql/ (the
// current state) describe; `npm run db:new-migration -- <name>` writes the migration that is missing.
describe('prisma/migrations vs prisma/schema.prisma + sql/', () => {
  let migrated: ScratchDatabase;
  let source: ScratchDatabase;
  let migratedSnapshot: CatalogSnapshot;
  let sourceBuild: SourceBuild;

  beforeAll(async () => {
    if (!adminUrl) throw new Error('TEST_ADMIN_DATABASE_URL is not set');
    migrated = await createScratchDatabase(adminUrl, 'drift_migrated');
    source = await createScratchDatabase(adminUrl, 'drift_source');
    migratedSnapshot = await buildFromMigrations(migrated.url);
    sourceBuild = await buildFromSource(source.url);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([migrated?.drop(), source?.drop()]);
  });

  it('the migrated database has the tables of schema.prisma', async () => {
    const diff = await diffMigrationsAgainstSchema(migrated.url);
    // On failure "Received" is the missing migration; npm run db:diff prints it.
    expect(diff.empty ? '' : diff.sql).toBe('');
  }, 30_000);

  it('the migrated database has the functions, policies, triggers and grants of sql/', () => {
    expect(describeChanges(diffCatalogs(migratedSnapshot, sourceBuild.snapshot))).toBe('');
  });

  it('sql/ defines the objects it is compared on (the snapshot is not empty)', () => {
    const keys = [...sourceBuild.snapshot.keys()];
    expect(keys).toContain('function app.begin_request(text,text,text,uuid)');
    expect(keys).toContain('policy tenant_select ON public.companies');
    expect(keys).toContain('trigger memberships_keep_an_owner ON public.memberships');
    expect(keys).toContain('grant UPDATE (user_id) ON TABLE public.checkouts TO clientflow_app');
    expect(sourceBuild.snapshot.get('row level security public.companies')?.value).toBe('ENABLE FORCE');
  });

  it('each object is defined by one sql/ file', () => {
    // Leakproof marks and costs of built-in and extension functions are properties of objects
    // sql/ does not define (00_extensions creates pg_trgm's, 60_search_under_rls marks them).
    const twice = [...sourceBuild.writers]
      .filter(([key, files]) => files.length > 1 && !key.startsWith('function properties '))
      .map(([key, files]) => `${key}: ${files.join(', ')}`);
    expect(twice).toEqual([]);
  });

  it('applying sql/ a second time changes nothing', async () => {
    await applySqlDir(source.url);
    expect(describeChanges(diffCatalogs(sourceBuild.snapshot, await snapshotDatabase(source.url)), { from: 'once', to: 'twice' })).toBe('');
  }, 30_000);

  it('applying sql/ to the migrated database changes nothing', async () => {
    await applySqlDir(migrated.url);
    expect(
      describeChanges(diffCatalogs(migratedSnapshot, await snapshotDatabase(migrated.url)), { from: 'migrated', to: 'migrated + sql/' }),
    ).toBe('');
  }, 30_000);

  // The probes below change the migrated database: they run last.
  it('a policy only the migrations define becomes a DROP POLICY in the next migration', async () => {
    await query(migrated.url, 'CREATE POLICY drift_probe ON companies FOR SELECT USING (true)');
    const probed = await snapshotDatabase(migrated.url);
    const changes = diffCatalogs(probed, sourceBuild.snapshot);
    expect(changes.map((change) => change.key)).toEqual(['policy drift_probe ON public.companies']);
    const next = composeMigration({ tableSql: '', changes, migrated: probed, source: sourceBuild, dependents: new Map() });
    expect(next?.sql).toContain('DROP POLICY IF EXISTS drift_probe ON public.companies;');
    await query(migrated.url, 'DROP POLICY drift_probe ON companies');
  }, 30_000);

  it('a function whose body differs brings its sql/ file into the next migration, verbatim', async () => {
    await query(
      migrated.url,
      `CREATE OR REPLACE FUNCTION app.global_id(typename text, id uuid) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'x' $$`,
    );
    const probed = await snapshotDatabase(migrated.url);
    const changes = diffCatalogs(probed, sourceBuild.snapshot);
    expect(changes.map((change) => change.key)).toEqual(['function app.global_id(text,uuid)']);
    const owner = sourceBuild.owners.get('function app.global_id(text,uuid)')!;
    const next = composeMigration({ tableSql: '', changes, migrated: probed, source: sourceBuild, dependents: new Map() });
    expect(next?.sql).toContain(
      readSqlFiles()
        .find((file) => file.name === owner)!
        .sql.trim(),
    );
  }, 30_000);

  it('reports drift when a column differs', async () => {
    await query(migrated.url, 'ALTER TABLE companies ADD COLUMN drift_probe int');
    const diff = await diffMigrationsAgainstSchema(migrated.url);
    expect(diff.empty).toBe(false);
    expect(diff.sql).toContain('drift_probe');
  }, 30_000);
});
