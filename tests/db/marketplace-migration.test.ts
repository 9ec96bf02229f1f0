/**
 * The marketplace_lifecycle migration carries a deployed catalog and its purchases forward: old
 * tiers, free-text categories and bundle types map to the new enums (README "Marketplace"), prices
 * follow the tier, bundles keep their discount, and the counters start from the existing rows.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/migration-generator.js';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../../src/db/migrate.js';

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
const MIGRATION = /_marketplace_lifecycle$/;

describe('the marketplace_lifecycle migration', () => {
  const migrations = readMigrations();
  const index = migrations.findIndex((migration) => MIGRATION.test(migration.name));
  let database: ScratchDatabase;
  let olderDir: string;
  let client: pg.Client;

  beforeAll(async () => {
    if (!adminUrl) throw new Error('TEST_ADMIN_DATABASE_URL is not set');
    olderDir = mkdtempSync(join(tmpdir(), 'clientflow-marketplace-'));
    for (const migration of migrations.slice(0, index))
      cpSync(join(MIGRATIONS_DIR, migration.name), join(olderDir, migration.name), { recursive: true });
    database = await createScratchDatabase(adminUrl, 'marketplace');
    await applyMigrations(database.url, { dir: olderDir });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    // The previous head's shapes: old enum values, free-text categories, prices in several currencies.
    await client.query(`
      INSERT INTO organizations (name) VALUES ('Acme');
      INSERT INTO users (auth_subject, email, name) VALUES ('mig|ann', 'ann@example.com', 'Ann'), ('mig|bob', 'bob@example.com', 'Bob');
      INSERT INTO memberships (org_id, user_id, role) SELECT o.id, u.id, 'OWNER' FROM organizations o, users u;
      INSERT INTO marketplace_tools (slug, name, category, tier, price, currency, rating) VALUES
        ('kiosk', 'Kiosk', 'Lead capture', 'FREE', 0, 'USD', 4.2),
        ('sign', 'Sign', 'E-signature', 'STARTER', 12, 'USD', 4.1),
        ('tour', 'Tour', 'Virtual tours', 'PROFESSIONAL', 49, 'USD', 4.8),
        ('stats', 'Stats', 'Analytics', 'ENTERPRISE', 99, 'EUR', NULL),
        ('misc', 'Misc', 'Something else', 'PROFESSIONAL', 10, 'USD', 3.0);
      INSERT INTO tool_bundles (slug, name, type, original_price, bundle_price) VALUES
        ('start', 'Start', 'STARTER', 61, 48.8), ('ind', 'Industry', 'INDUSTRY', 0, 0),
        ('grow', 'Grow', 'GROWTH', 0, 0), ('big', 'Big', 'ENTERPRISE', 0, 0);
      INSERT INTO tool_bundle_items (bundle_id, tool_id, position)
        SELECT b.id, t.id, 0 FROM tool_bundles b, marketplace_tools t WHERE b.slug = 'start' AND t.slug IN ('sign', 'tour');
      INSERT INTO tool_purchases (org_id, tool_id, price, currency, status)
        SELECT o.id, t.id, t.price, t.currency, CASE t.slug WHEN 'kiosk' THEN 'REFUNDED' ELSE 'ACTIVE' END::purchase_status
          FROM organizations o, marketplace_tools t WHERE t.slug IN ('tour', 'sign', 'kiosk');
      INSERT INTO tool_reviews (org_id, tool_id, reviewer_id, rating, deleted_at)
        SELECT m.org_id, t.id, m.user_id, CASE u.auth_subject WHEN 'mig|ann' THEN 5 ELSE 2 END, NULL
          FROM memberships m JOIN users u ON u.id = m.user_id, marketplace_tools t WHERE t.slug = 'tour';
      UPDATE tool_reviews SET rating = 4, deleted_at = now()
       WHERE reviewer_id = (SELECT id FROM users WHERE auth_subject = 'mig|bob')
         AND tool_id = (SELECT id FROM marketplace_tools WHERE slug = 'tour');
      INSERT INTO tool_reviews (org_id, tool_id, reviewer_id, rating)
        SELECT m.org_id, t.id, m.user_id, 3 FROM memberships m JOIN users u ON u.id = m.user_id, marketplace_tools t
         WHERE t.slug = 'sign' AND u.auth_subject = 'mig|bob';`);
    const { applied } = await applyMigrations(database.url);
    expect(applied).toEqual(migrations.slice(index).map((migration) => migration.name));
  }, 120_000);

  afterAll(async () => {
    await client?.end();
    await database?.drop();
    if (olderDir) rmSync(olderDir, { recursive: true, force: true });
  });

  it('maps tiers, categories and prices of every tool', async () => {
    const { rows } = await client.query(
      `SELECT slug, tier::text, category::text, price::text, currency, purchase_count, rating::text, rating_count, rating_sum
         FROM marketplace_tools ORDER BY slug`,
    );
    expect(rows).toEqual([
      // A refunded purchase is not counted; the curated rating stays until the first review.
      {
        slug: 'kiosk',
        tier: 'T1',
        category: 'GROWTH',
        price: '100.00',
        currency: 'USD',
        purchase_count: 0,
        rating: '4.20',
        rating_count: 0,
        rating_sum: 0,
      },
      {
        slug: 'misc',
        tier: 'T2',
        category: 'CUSTOM',
        price: '200.00',
        currency: 'USD',
        purchase_count: 0,
        rating: '3.00',
        rating_count: 0,
        rating_sum: 0,
      },
      {
        slug: 'sign',
        tier: 'T1',
        category: 'INTEGRATION',
        price: '100.00',
        currency: 'USD',
        purchase_count: 1,
        rating: '3.00',
        rating_count: 1,
        rating_sum: 3,
      },
      {
        slug: 'stats',
        tier: 'T3',
        category: 'ADVANCED',
        price: '300.00',
        currency: 'USD',
        purchase_count: 0,
        rating: null,
        rating_count: 0,
        rating_sum: 0,
      },
      // Ann's 5 counts, Bob's deleted review does not.
      {
        slug: 'tour',
        tier: 'T2',
        category: 'ELITE',
        price: '200.00',
        currency: 'USD',
        purchase_count: 1,
        rating: '5.00',
        rating_count: 1,
        rating_sum: 5,
      },
    ]);
  });

  it('maps bundle types and keeps each bundle its discount percentage', async () => {
    const { rows } = await client.query(
      `SELECT slug, type::text, original_price::text, bundle_price::text, popular FROM tool_bundles ORDER BY slug`,
    );
    expect(rows).toEqual([
      { slug: 'big', type: 'ELITE_PACK', original_price: '0.00', bundle_price: '0.00', popular: false },
      { slug: 'grow', type: 'GROWTH_PACK', original_price: '0.00', bundle_price: '0.00', popular: false },
      { slug: 'ind', type: 'CUSTOM_PACK', original_price: '0.00', bundle_price: '0.00', popular: false },
      // 48.80 of 61.00 was 80 %: 80 % of the new 300.00.
      { slug: 'start', type: 'STARTER_PACK', original_price: '300.00', bundle_price: '240.00', popular: false },
    ]);
  });

  it('keeps purchases, their prices and statuses, and starts them unused and without expiry', async () => {
    const { rows } = await client.query(
      `SELECT t.slug, p.price::text, p.currency, p.status::text, p.expires_at, p.usage_count, p.last_used_at
         FROM tool_purchases p JOIN marketplace_tools t ON t.id = p.tool_id ORDER BY t.slug`,
    );
    expect(rows).toEqual([
      { slug: 'kiosk', price: '0.00', currency: 'USD', status: 'REFUNDED', expires_at: null, usage_count: 0, last_used_at: null },
      { slug: 'sign', price: '12.00', currency: 'USD', status: 'ACTIVE', expires_at: null, usage_count: 0, last_used_at: null },
      { slug: 'tour', price: '49.00', currency: 'USD', status: 'ACTIVE', expires_at: null, usage_count: 0, last_used_at: null },
    ]);
  });

  it('leaves row-level security forced on the tables it backfilled', async () => {
    const { rows } = await client.query(
      `SELECT relname, relforcerowsecurity FROM pg_class
        WHERE relname IN ('marketplace_tools', 'tool_bundles', 'tool_bundle_items', 'tool_purchases', 'tool_reviews') ORDER BY relname`,
    );
    expect(rows.every((row: { relforcerowsecurity: boolean }) => row.relforcerowsecurity)).toBe(true);
    expect(rows).toHaveLength(5);
  });
});
