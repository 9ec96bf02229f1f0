/**
 * Writes the next migration from the difference between prisma/migrations and the source
 * (prisma/schema.prisma + sql/), then checks that the migrations now build the same database.
 *   npm run db:new-migration -- <name>
 * Uses DATABASE_ADMIN_URL (a role that may CREATE DATABASE; superuser for the sql/ files that
 * change built-in functions) or, without it, a throw-away embedded PostgreSQL.
 * Exit code 0: written and verified, or nothing to migrate; 2: written but differences remain.
 */
import { describeChanges } from '../db/catalog.js';
import { generateMigration } from '../db/migration-generator.js';
import { withAdminUrl } from './scratch-server.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:new-migration -- <name>   (lower case, digits and _)');
  process.exit(1);
}

await withAdminUrl(async (adminUrl) => {
  const result = await generateMigration(adminUrl, name, { log: (line) => console.log(line) });
  if (!result.name) {
    console.log('nothing to migrate: prisma/migrations already build prisma/schema.prisma + sql/');
    return;
  }
  for (const note of result.notes) console.warn(`note: ${note}`);
  const remaining = result.remaining!;
  if (remaining.changes.length === 0 && !remaining.tableSql) {
    console.log('verified: the migrations now build the same database as schema.prisma + sql/');
    return;
  }
  console.error('the migrations still differ from schema.prisma + sql/; edit the new migration:');
  if (remaining.tableSql) console.error(remaining.tableSql);
  console.error(describeChanges(remaining.changes));
  process.exitCode = 2;
});
