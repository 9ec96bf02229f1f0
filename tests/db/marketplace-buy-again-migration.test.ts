/**
 * The marketplace_buy_again migration carries purchases and reviews forward: one row per tool
 * and organization becomes "at most one ACTIVE" (partial unique indexes), reviews point at the
 * catalog tool instead of the (now non-unique) purchase, and nothing is rewritten.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/migration-generator.js';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../../src/db/migrate.js';

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
const MIGRATION = /_marketplace_buy_again$/;

describe('the marketplace_buy_again migration', () => {
  const migrations = readMigrations();
  const index = migrations.findIndex((migration) => MIGRATION.test(migration.name));
  let database: ScratchDatabase;
  let olderDir: string;
  let client: pg.Client;
  let before: unknown[];

  const purchases = async () =>
    (
      await client.query(
        `SELECT t.slug, p.status::text, p.price::text, p.created_at FROM tool_purchases p JOIN marketplace_tools t ON t.id = p.tool_id
          ORDER BY t.slug, p.created_at`,
      )
    ).rows;

  beforeAll(async () => {
    if (!adminUrl) throw new Error('TEST_ADMIN_DATABASE_URL is not set');
    expect(index).toBeGreaterThan(0);
    olderDir = mkdtempSync(join(tmpdir(), 'clientflow-buy-again-'));
    for (const migration of migrations.slice(0, index))
      cpSync(join(MIGRATIONS_DIR, migration.name), join(olderDir, migration.name), { recursive: true });
    database = await createScratchDatabase(adminUrl, 'buyagain');
    await applyMigrations(database.url, { dir: olderDir });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    // The previous head: one purchase per tool and organization, in every status, and reviews of them.
    await client.query(`
      INSERT INTO organizations (name) VALUES ('Acme');
      INSERT INTO users (auth_subject, email, name) VALUES ('mig|ann', 'ann@example.com', 'Ann');
      INSERT INTO memberships (org_id, user_id, role) SELECT o.id, u.id, 'OWNER' FROM organizations o, users u;
      INSERT INTO marketplace_tools (slug, name, category, tier, price, currency) VALUES
        ('active', 'Active', 'GROWTH', 'T1', 100, 'USD'), ('cancelled', 'Cancelled', 'GROWTH', 'T1', 100, 'USD'),
        ('refunded', 'Refunded', 'GROWTH', 'T1', 100, 'USD'), ('expired', 'Expired', 'GROWTH', 'T1', 100, 'USD');
      INSERT INTO tool_purchases (org_id, tool_id, price, currency, status)
        SELECT o.id, t.id, t.price, t.currency, upper(t.slug)::purchase_status FROM organizations o, marketplace_tools t;
      INSERT INTO tool_reviews (org_id, tool_id, reviewer_id, rating)
        SELECT m.org_id, t.id, m.user_id, 4 FROM memberships m, marketplace_tools t WHERE t.slug IN ('active', 'cancelled');`);
    before = await purchases();
    const { applied } = await applyMigrations(database.url);
    expect(applied[0]).toBe(migrations[index]!.name);
  }, 120_000);

  afterAll(async () => {
    await client?.end();
    await database?.drop();
    if (olderDir) rmSync(olderDir, { recursive: true, force: true });
  });

  it('keeps every purchase and review as it was', async () => {
    expect(await purchases()).toEqual(before);
    expect(before).toHaveLength(4);
    const reviews = await client.query('SELECT t.slug FROM tool_reviews r JOIN marketplace_tools t ON t.id = r.tool_id ORDER BY t.slug');
    expect(reviews.rows).toEqual([{ slug: 'active' }, { slug: 'cancelled' }]);
  });

  it('allows a second purchase of a cancelled tool, not a second ACTIVE one', async () => {
    const insert = (slug: string) =>
      client.query(
        `INSERT INTO tool_purchases (org_id, tool_id, price, currency)
           SELECT o.id, t.id, t.price, t.currency FROM organizations o, marketplace_tools t WHERE t.slug = $1`,
        [slug],
      );
    await insert('cancelled');
    await expect(insert('active')).rejects.toMatchObject({ code: '23505', constraint: 'tool_purchases_one_active_per_tool' });
    const counts = await client.query(
      `SELECT t.slug, count(*)::int AS n FROM tool_purchases p JOIN marketplace_tools t ON t.id = p.tool_id GROUP BY t.slug ORDER BY t.slug`,
    );
    expect(counts.rows).toEqual([
      { slug: 'active', n: 1 },
      { slug: 'cancelled', n: 2 },
      { slug: 'expired', n: 1 },
      { slug: 'refunded', n: 1 },
    ]);
  });

  it('a review now needs its catalog tool (foreign key to marketplace_tools), not a purchase row', async () => {
    const { rows } = await client.query(
      `SELECT conname, confrelid::regclass::text AS target FROM pg_constraint
        WHERE conrelid = 'tool_reviews'::regclass AND contype = 'f' ORDER BY conname`,
    );
    expect(rows).toContainEqual({ conname: 'tool_reviews_tool_id_fkey', target: 'marketplace_tools' });
    expect(rows.map((row: { target: string }) => row.target)).not.toContain('tool_purchases');
  });
});
