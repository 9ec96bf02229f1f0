import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import pg from 'pg';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/migration-generator.js';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../../src/db/migrate.js';

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;

// Rows of every table, by id, as JSON: what must survive a migration.
async function contents(client: pg.Client): Promise<Map<string, Map<string, Record<string, unknown>>>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id' AND NOT a.attisdropped)`,
  );
  const result = new Map<string, Map<string, Record<string, unknown>>>();
  for (const { name } of tables) {
    const { rows } = await client.query<{ id: string; row: Record<string, unknown> }>(
      `SELECT id::text, to_jsonb(t) AS row FROM "${name}" t`,
    );
    result.set(name, new Map(rows.map((row) => [row.id, row.row])));
  }
  return result;
}

// A deployed database is at the previous migration head and holds data; the newest migration must
// take it forward without losing a row or a value (new columns may appear).
describe('migrating forward from the previous migration head', () => {
  const migrations = readMigrations();
  const previous = migrations.at(-2)!;
  const latest = migrations.at(-1)!;
  let database: ScratchDatabase;
  let olderDir: string;

  beforeAll(async () => {
    if (!adminUrl) throw new Error('TEST_ADMIN_DATABASE_URL is not set');
    // prisma/migrations without the newest one: what databases deployed before it have.
    olderDir = mkdtempSync(join(tmpdir(), 'clientflow-migrations-'));
    for (const migration of migrations.slice(0, -1))
      cpSync(join(MIGRATIONS_DIR, migration.name), join(olderDir, migration.name), { recursive: true });
    database = await createScratchDatabase(adminUrl, 'forward');
    await applyMigrations(database.url, { dir: olderDir });
  }, 60_000);

  afterAll(async () => {
    await database?.drop();
    if (olderDir) rmSync(olderDir, { recursive: true, force: true });
  });

  it(`keeps every row and value from ${previous.name} through ${latest.name}`, async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      // Two organizations with members and records in the tenant tables (as the owner, a
      // superuser here: no tenant setting needed; the audit and notification triggers fire).
      await client.query(`
        WITH o AS (INSERT INTO organizations (name) VALUES ('Acme'), ('Globex') RETURNING id, name),
             u AS (INSERT INTO users (auth_subject, email, name) VALUES ('forward|ann', 'ann@example.com', 'Ann'),
                                                                        ('forward|bob', 'bob@example.com', 'Bob') RETURNING id, auth_subject)
        INSERT INTO memberships (org_id, user_id, role)
        SELECT o.id, u.id, CASE WHEN u.auth_subject = 'forward|ann' THEN 'OWNER' ELSE 'MEMBER' END::membership_role FROM o, u`);
      await client.query(`
        INSERT INTO companies (org_id, name, domain) SELECT id, name || ' Corp', lower(name) || '.example' FROM organizations;
        INSERT INTO contacts (org_id, company_id, first_name, last_name, email)
          SELECT org_id, id, 'Carol', 'Jones', 'carol@' || domain FROM companies;
        INSERT INTO leads (org_id, first_name, last_name, assignee_id)
          SELECT m.org_id, 'Dan', 'Lee', m.user_id FROM memberships m WHERE m.role = 'MEMBER';
        INSERT INTO pipelines (org_id, name) SELECT id, 'Sales' FROM organizations;
        INSERT INTO pipeline_stages (org_id, pipeline_id, name, position, probability) SELECT org_id, id, 'New', 0, 10 FROM pipelines;
        INSERT INTO deals (org_id, pipeline_id, stage_id, name, owner_id)
          SELECT s.org_id, s.pipeline_id, s.id, 'First deal', m.user_id
            FROM pipeline_stages s JOIN memberships m ON m.org_id = s.org_id AND m.role = 'MEMBER';
        INSERT INTO activities (org_id, type, subject) SELECT id, 'NOTE', 'Called' FROM organizations;
        INSERT INTO listings (org_id, title, property_type, price) SELECT id, 'Elm Street 1', 'HOUSE', 250000 FROM organizations;
        INSERT INTO appointments (org_id, title, starts_at, ends_at, contact_id, listing_id)
          SELECT c.org_id, 'Viewing', now(), now() + interval '1 hour', c.id, l.id FROM contacts c JOIN listings l ON l.org_id = c.org_id;
        INSERT INTO appointment_attendees (org_id, appointment_id, contact_id) SELECT org_id, id, contact_id FROM appointments;
        INSERT INTO messages (org_id, channel, direction, from_address, body, sent_at, contact_id)
          SELECT org_id, 'EMAIL', 'INBOUND', email, 'Hello', now(), id FROM contacts;
        INSERT INTO attachments (org_id, file_name, content_type, size_bytes, checksum_sha256, storage_key, contact_id)
          SELECT org_id, 'a.pdf', 'application/pdf', 1, repeat('0', 64), org_id || '/' || id, id FROM contacts;
        INSERT INTO invitations (org_id, email, role, expires_at) SELECT id, 'eve@example.com', 'MEMBER', now() + interval '1 day' FROM organizations;
        INSERT INTO shopping_carts (org_id, user_id) SELECT org_id, user_id FROM memberships;`);
      const before = await contents(client);
      const filled = [...before].filter(([, rows]) => rows.size > 0).map(([table]) => table);
      expect(filled).toEqual(
        expect.arrayContaining([
          'organizations',
          'users',
          'memberships',
          'companies',
          'contacts',
          'leads',
          'deals',
          'activities',
          'notifications',
          'audit_log',
          'appointment_attendees',
          'attachments',
          'shopping_carts',
        ]),
      );

      const { applied } = await applyMigrations(database.url);
      expect(applied).toEqual([latest.name]);

      const after = await contents(client);
      for (const [table, rows] of before) {
        const now = after.get(table);
        expect({ table, exists: now !== undefined }).toEqual({ table, exists: true });
        for (const [id, row] of rows) {
          const kept = now!.get(id);
          // The columns the row had keep their values; columns a migration adds may hold anything.
          const keptOld = kept && Object.fromEntries(Object.keys(row).map((column) => [column, kept[column]]));
          expect({ table, id, row: keptOld }).toEqual({ table, id, row });
        }
      }
      // The composite references still hold: a row cannot point at another organization's row.
      const crossOrg = await client
        .query(
          `INSERT INTO activities (org_id, type, subject, deal_id)
           SELECT o.id, 'NOTE', 'Elsewhere', d.id FROM deals d JOIN organizations o ON o.id <> d.org_id LIMIT 1`,
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
