/**
 * Prints the migration `npm run db:new-migration` would write (prisma/migrations vs
 * prisma/schema.prisma + sql/), without writing it. Exit code 0 when there is nothing to
 * migrate, 2 when SQL was printed (like `prisma migrate diff --exit-code`).
 *   npm run db:diff        (DATABASE_ADMIN_URL=postgres://... to use a server of your own)
 */
import { generateMigration } from '../db/migration-generator.js';
import { withAdminUrl } from './scratch-server.js';

await withAdminUrl(async (adminUrl) => {
  const result = await generateMigration(adminUrl, 'pending', { write: false });
  if (!result.sql) {
    console.log('-- no changes: prisma/migrations match prisma/schema.prisma + sql/');
    return;
  }
  console.log(result.sql.trimEnd());
  for (const note of result.notes) console.error(`note: ${note}`);
  process.exitCode = 2;
});
