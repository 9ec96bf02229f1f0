import { defineConfig } from 'prisma/config';

// The CLI reads DATABASE_URL only for commands that talk to a database (migrate deploy/status);
// `prisma generate` works without one.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL ?? '' },
});
