// Applies pending migrations offline (no Prisma engine download): npm run db:migrate
// Uses MIGRATION_DATABASE_URL (the owner role). Equivalent to `prisma migrate deploy`.
import { applyMigrations } from '../db/migrate.js';

const url = process.env.MIGRATION_DATABASE_URL;
if (!url) {
  console.error('MIGRATION_DATABASE_URL is required (the owner role that may create tables and policies)');
  process.exit(1);
}
const { applied } = await applyMigrations(url, { log: console.log });
console.log(applied.length ? `applied ${applied.length} migration(s)` : 'no pending migrations');
