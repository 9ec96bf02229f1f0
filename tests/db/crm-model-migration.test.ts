import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/migration-generator.js';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../../src/db/migrate.js';

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;

// Deals in the pipeline per stage, from the records and from the counters.
const FROM_RECORDS = `
  SELECT stage_id::text AS key, count(*)::int AS n, sum(value)::text AS total
    FROM deals WHERE status NOT IN ('WON', 'LOST') AND deleted_at IS NULL GROUP BY stage_id ORDER BY 1`;
const FROM_COUNTERS = `
  SELECT stage_id::text AS key, deal_count AS n, total_value::text AS total
    FROM stage_deal_counters WHERE deal_count > 0 ORDER BY 1`;

// A database deployed before issue 14's CRM model holds contacts, deals and activities; the
// migration adds contact type and status, activity -> listing and the documents' enum values.
// The existing rows take the defaults, the counters stay right, and the new values work.
describe('the crm_enums_contact_type_activity_listing migration carries data forward', () => {
  const migrations = readMigrations();
  const index = migrations.findIndex((migration) => migration.name.endsWith('_crm_enums_contact_type_activity_listing'));
  let database: ScratchDatabase;
  let olderDir: string;

  beforeAll(async () => {
    if (!adminUrl) throw new Error('TEST_ADMIN_DATABASE_URL is not set');
    olderDir = mkdtempSync(join(tmpdir(), 'clientflow-migrations-'));
    for (const migration of migrations.slice(0, index))
      cpSync(join(MIGRATIONS_DIR, migration.name), join(olderDir, migration.name), { recursive: true });
    database = await createScratchDatabase(adminUrl, 'crm_model_forward');
    await applyMigrations(database.url, { dir: olderDir });
  }, 60_000);

  afterAll(async () => {
    await database?.drop();
    if (olderDir) rmSync(olderDir, { recursive: true, force: true });
  });

  it('gives old contacts PROSPECT/ACTIVE, keeps the counters and accepts the new values', async () => {
    expect(index).toBeGreaterThan(0);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`
        INSERT INTO organizations (name) VALUES ('Acme'), ('Globex');
        INSERT INTO pipelines (org_id, name, is_default) SELECT id, 'Sales', true FROM organizations;
        INSERT INTO pipeline_stages (org_id, pipeline_id, name, position, probability)
          SELECT org_id, id, 'Stage ' || n, n, n * 20 FROM pipelines, generate_series(0, 3) AS n;
        INSERT INTO deals (org_id, pipeline_id, stage_id, name, value, status)
          SELECT s.org_id, s.pipeline_id, s.id, 'Deal ' || n, n * 10, (ARRAY['OPEN', 'OPEN', 'WON', 'LOST'])[1 + n % 4]::deal_status
            FROM pipeline_stages s, generate_series(1, 12) AS n;
        INSERT INTO contacts (org_id, first_name, last_name) SELECT id, 'Carol', 'Jones ' || n FROM organizations, generate_series(1, 5) AS n;
        INSERT INTO activities (org_id, type, subject) SELECT id, 'CALL', 'Called' FROM organizations;
        INSERT INTO listings (org_id, title, property_type, price) SELECT id, 'Elm Street 1', 'HOUSE', 250000 FROM organizations;`);
      const counted = (await client.query(FROM_RECORDS)).rows;
      expect(counted.length).toBe(8); // 2 organizations x 4 stages

      await applyMigrations(database.url);

      const contacts = await client.query<{ type: string; status: string; n: number }>(
        'SELECT type::text, status::text, count(*)::int AS n FROM contacts GROUP BY 1, 2',
      );
      expect(contacts.rows).toEqual([{ type: 'PROSPECT', status: 'ACTIVE', n: 10 }]);
      const activities = await client.query('SELECT count(*)::int AS n FROM activities WHERE listing_id IS NOT NULL');
      expect(activities.rows).toEqual([{ n: 0 }]);
      expect((await client.query(FROM_COUNTERS)).rows).toEqual(counted);

      // The documents' values exist and behave: an ON_HOLD deal stays counted in its stage.
      await client.query(`
        UPDATE deals SET status = 'ON_HOLD' WHERE status = 'OPEN' AND name = 'Deal 4';
        UPDATE contacts SET type = 'PAST_CLIENT', status = 'DO_NOT_CONTACT' WHERE last_name = 'Jones 1';
        INSERT INTO leads (org_id, last_name, source, status) SELECT id, 'Lee', 'OPEN_HOUSE', 'LOST' FROM organizations;
        INSERT INTO activities (org_id, type, subject, listing_id) SELECT org_id, 'SHOWING', 'Showing', id FROM listings;`);
      expect((await client.query(FROM_COUNTERS)).rows).toEqual(counted);
      expect((await client.query("SELECT count(*)::int AS n FROM deals WHERE status = 'ON_HOLD'")).rows).toEqual([{ n: 8 }]);

      // Activity -> listing is a composite tenant reference like the others.
      const crossOrg = await client
        .query(
          `INSERT INTO activities (org_id, type, subject, listing_id)
           SELECT o.id, 'OPEN_HOUSE', 'Elsewhere', l.id FROM listings l JOIN organizations o ON o.id <> l.org_id LIMIT 1`,
        )
        .then(
          () => 'inserted',
          (error: { code?: string }) => error.code,
        );
      expect(crossOrg).toBe('23503');
    } finally {
      await client.end();
    }
  }, 60_000);
});
