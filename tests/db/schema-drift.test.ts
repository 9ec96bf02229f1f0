import { randomBytes } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import pg from 'pg';
import { prepareLocalDatabase } from '../../src/db/local-database.js';
import { diffMigrationsAgainstSchema } from '../../src/db/schema-engine.js';

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
const database = `drift_${randomBytes(6).toString('hex')}`;

async function query(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// Fails if someone edits prisma/schema.prisma without adding the matching migration (or the reverse).
describe('prisma/migrations vs prisma/schema.prisma', () => {
  let ownerUrl: string;

  beforeAll(async () => {
    if (!adminUrl) throw new Error('TEST_ADMIN_DATABASE_URL is not set');
    ({ ownerUrl } = await prepareLocalDatabase(adminUrl, database));
  }, 60_000);

  afterAll(async () => {
    if (adminUrl) await query(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  it('the migrated database matches the datamodel', async () => {
    const diff = await diffMigrationsAgainstSchema(ownerUrl);
    // On failure "Received" is the missing migration; npm run db:diff prints the same SQL.
    expect(diff.empty ? '' : diff.sql).toBe('');
  }, 30_000);

  it('reports drift when the database differs', async () => {
    await query(ownerUrl, 'ALTER TABLE companies ADD COLUMN drift_probe int');
    const diff = await diffMigrationsAgainstSchema(ownerUrl);
    expect(diff.empty).toBe(false);
    expect(diff.sql).toContain('drift_probe');
  }, 30_000);
});
