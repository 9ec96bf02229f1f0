import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/migration-generator.js';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../../src/db/migrate.js';

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;

// The not deleted activities per organization, UTC day, type and owner, from the records (the slow path).
const FROM_RECORDS = `
  SELECT org_id::text, (occurred_at AT TIME ZONE 'UTC')::date::text AS day, type::text, owner_id::text, count(*)::int AS n
    FROM activities WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
const FROM_COUNTERS = `
  SELECT org_id::text, day::text, type::text, NULLIF(owner_key, '00000000-0000-0000-0000-000000000000')::text AS owner_id,
         sum(activity_count)::int AS n
    FROM activity_day_counters GROUP BY 1, 2, 3, 4 HAVING sum(activity_count) > 0 ORDER BY 1, 2, 3, 4`;

// A database deployed before the activity counters holds activities; the migration that adds the
// counters must fill them from those rows (app.rebuild_dashboard_counters per organization).
describe('the activity_day_counters migration backfills the counters', () => {
  const migrations = readMigrations();
  const index = migrations.findIndex((migration) => migration.name.endsWith('_activity_day_counters'));
  let database: ScratchDatabase;
  let olderDir: string;

  beforeAll(async () => {
    if (!adminUrl) throw new Error('TEST_ADMIN_DATABASE_URL is not set');
    olderDir = mkdtempSync(join(tmpdir(), 'clientflow-migrations-'));
    for (const migration of migrations.slice(0, index))
      cpSync(join(MIGRATIONS_DIR, migration.name), join(olderDir, migration.name), { recursive: true });
    database = await createScratchDatabase(adminUrl, 'activity_counters_backfill');
    await applyMigrations(database.url, { dir: olderDir });
  }, 60_000);

  afterAll(async () => {
    await database?.drop();
    if (olderDir) rmSync(olderDir, { recursive: true, force: true });
  });

  it('fills them with the counts of the existing activities', async () => {
    expect(index).toBeGreaterThan(0);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`
        INSERT INTO organizations (name) VALUES ('Acme'), ('Globex');
        INSERT INTO users (auth_subject) SELECT 'user-' || n FROM generate_series(1, 3) AS n;
        INSERT INTO memberships (org_id, user_id, role) SELECT o.id, u.id, 'MEMBER' FROM organizations o, users u;
        -- Every 5 hours over 20 days: some days have activities on both sides of midnight.
        INSERT INTO activities (org_id, type, subject, occurred_at, owner_id, deleted_at)
          SELECT o.id, (enum_range(NULL::activity_type))[1 + n % 6], 'Activity ' || n,
                 timestamptz '2026-03-01 00:00:00+00' + n * interval '5 hours',
                 CASE WHEN n % 4 = 0 THEN NULL ELSE (SELECT user_id FROM memberships m WHERE m.org_id = o.id ORDER BY user_id OFFSET n % 3 LIMIT 1) END,
                 CASE WHEN n % 7 = 0 THEN now() END
            FROM organizations o, generate_series(1, 96) AS n;`);
      const expected = (await client.query(FROM_RECORDS)).rows;
      expect(expected.length).toBeGreaterThan(100);
      expect(expected.some((row) => row.owner_id === null)).toBe(true);

      await applyMigrations(database.url);
      expect((await client.query(FROM_COUNTERS)).rows).toEqual(expected);
    } finally {
      await client.end();
    }
  }, 60_000);
});
