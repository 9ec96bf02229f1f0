import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/migration-generator.js';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../../src/db/migrate.js';

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;

// The open deals per stage and the leads per status, from the records (the slow path).
const FROM_RECORDS = `
  SELECT 'stage' AS kind, stage_id::text AS key, count(*)::int AS n, sum(value)::text AS total
    FROM deals WHERE status = 'OPEN' AND deleted_at IS NULL GROUP BY stage_id
  UNION ALL
  SELECT 'lead', org_id::text || ' ' || status, count(*)::int, NULL FROM leads WHERE deleted_at IS NULL GROUP BY org_id, status
  ORDER BY 1, 2`;
const FROM_COUNTERS = `
  SELECT 'stage' AS kind, stage_id::text AS key, deal_count AS n, total_value::text AS total FROM stage_deal_counters WHERE deal_count > 0
  UNION ALL
  SELECT 'lead', org_id::text || ' ' || status, lead_count, NULL FROM lead_status_counters WHERE lead_count > 0
  ORDER BY 1, 2`;

// A database deployed before the counters holds deals and leads; the migration that adds the
// counters must fill them from those rows (app.rebuild_dashboard_counters per organization).
describe('the dashboard_counters migration backfills the counters', () => {
  const migrations = readMigrations();
  const index = migrations.findIndex((migration) => migration.name.endsWith('_dashboard_counters'));
  let database: ScratchDatabase;
  let olderDir: string;

  beforeAll(async () => {
    if (!adminUrl) throw new Error('TEST_ADMIN_DATABASE_URL is not set');
    olderDir = mkdtempSync(join(tmpdir(), 'clientflow-migrations-'));
    for (const migration of migrations.slice(0, index))
      cpSync(join(MIGRATIONS_DIR, migration.name), join(olderDir, migration.name), { recursive: true });
    database = await createScratchDatabase(adminUrl, 'counters_backfill');
    await applyMigrations(database.url, { dir: olderDir });
  }, 60_000);

  afterAll(async () => {
    await database?.drop();
    if (olderDir) rmSync(olderDir, { recursive: true, force: true });
  });

  it('fills them with the counts of the existing records', async () => {
    expect(index).toBeGreaterThan(0);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`
        INSERT INTO organizations (name) VALUES ('Acme'), ('Globex');
        INSERT INTO pipelines (org_id, name, is_default) SELECT id, 'Sales', true FROM organizations;
        INSERT INTO pipeline_stages (org_id, pipeline_id, name, position, probability)
          SELECT org_id, id, 'Stage ' || n, n, n * 20 FROM pipelines, generate_series(0, 3) AS n;
        INSERT INTO deals (org_id, pipeline_id, stage_id, name, value, probability, status, deleted_at)
          SELECT s.org_id, s.pipeline_id, s.id, 'Deal ' || n, n * 12.5, CASE WHEN n % 3 = 0 THEN NULL ELSE n % 100 END,
                 (ARRAY['OPEN', 'OPEN', 'WON', 'LOST'])[1 + n % 4]::deal_status, CASE WHEN n % 7 = 0 THEN now() END
            FROM pipeline_stages s, generate_series(1, 40) AS n;
        INSERT INTO leads (org_id, last_name, status, deleted_at)
          SELECT o.id, 'Lead ' || n, (enum_range(NULL::lead_status))[1 + n % 5], CASE WHEN n % 6 = 0 THEN now() END
            FROM organizations o, generate_series(1, 50) AS n;`);
      const expected = (await client.query(FROM_RECORDS)).rows;
      expect(expected.length).toBeGreaterThan(10);

      await applyMigrations(database.url);
      expect((await client.query(FROM_COUNTERS)).rows).toEqual(expected);
    } finally {
      await client.end();
    }
  }, 60_000);
});
