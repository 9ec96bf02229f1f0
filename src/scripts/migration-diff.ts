/**
 * Prints the SQL that takes a database built from prisma/migrations to prisma/schema.prisma:
 * paste it into prisma/migrations/<timestamp>_<name>/migration.sql. Starts no server; needs
 * DATABASE_ADMIN_URL (a role that may create databases) and uses a throwaway database on it.
 * Exit code 0 when there is nothing to migrate, 2 when SQL was printed (like `prisma migrate diff --exit-code`).
 *   DATABASE_ADMIN_URL=postgres://... npm run db:diff
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { applyMigrations } from '../db/migrate.js';
import { diffMigrationsAgainstSchema } from '../db/schema-engine.js';

const adminUrl = process.env.DATABASE_ADMIN_URL;
if (!adminUrl) {
  console.error('DATABASE_ADMIN_URL is not set (a PostgreSQL URL whose role may CREATE DATABASE)');
  process.exit(1);
}

const database = `migration_diff_${randomBytes(6).toString('hex')}`;
const url = new URL(adminUrl);
url.pathname = `/${database}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await admin(`CREATE DATABASE "${database}"`);
try {
  await applyMigrations(url.toString(), { log: (line) => console.error(line) });
  const diff = await diffMigrationsAgainstSchema(url.toString());
  console.log(diff.empty ? '-- no changes: migrations match prisma/schema.prisma' : diff.sql.trimEnd());
  if (!diff.empty) process.exitCode = 2;
} finally {
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
}
