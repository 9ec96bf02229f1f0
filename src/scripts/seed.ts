// Seeds the demo organization (what `npm start` does on an embedded database), on demand.
//
//   npm run db:seed               the demo organization, unless it exists (then nothing changes)
//   npm run db:seed -- --reset    the demo organization removed with all its rows, then seeded
//                                 afresh: back to the state a new database gets today
//
// Both are idempotent: run twice, the second run leaves what the first one did. The reset is the
// purge of a deleted organization (README "Deleting an organization"), without the grace period.
// The seed writes
// as the API's RLS-bound role (DATABASE_URL), like a request; the marketplace catalog and
// --reset need the owner role (DATABASE_ADMIN_URL or MIGRATION_DATABASE_URL). Without
// DATABASE_URL it uses the development embedded PostgreSQL, whether or not `npm start` runs.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { createDatabase } from '../db/client.js';
import { openEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres.js';
import { prepareLocalDatabase } from '../db/local-database.js';
import { createAttachmentStore } from '../modules/attachment/store-factory.js';
import { loadDotEnv } from '../env-file.js';
import { purgeOrganization } from '../modules/organization/purge.js';
import { DEMO_OWNER, seedDemoOrganization } from '../seed/demo.js';

interface SeedTarget {
  appUrl: string;
  ownerUrl: string | null;
  /** The owner connection the seed may use to curate the marketplace catalog (not in production). */
  catalogOwner: string | null;
  embedded: EmbeddedDatabase | null;
}

async function seedTarget(): Promise<SeedTarget> {
  const config = loadConfig();
  const ownerUrl = process.env.DATABASE_ADMIN_URL || config.MIGRATION_DATABASE_URL || null;
  // As in npm start: in production only `npm run platform-admin` makes platform staff, so the
  // demo's catalog curator is not made there (--reset still works with an owner URL).
  const catalogOwner = config.NODE_ENV === 'production' ? null : ownerUrl;
  if (config.DATABASE_URL) return { appUrl: config.DATABASE_URL, ownerUrl, catalogOwner, embedded: null };
  const embedded = await openEmbeddedPostgres(config.EMBEDDED_POSTGRES_DIR, { create: true });
  try {
    // Creates the database and roles on first use and applies pending migrations, as npm start does.
    const local = await prepareLocalDatabase(embedded.adminUrl, 'clientflow');
    return { appUrl: local.appUrl, ownerUrl: local.ownerUrl, catalogOwner: local.ownerUrl, embedded };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/**
 * Removes the demo organization (the first one the demo owner owns) as the daily purge removes a
 * deleted one, with the same function (purgeOrganization: its attachments' stored objects, then
 * its rows and audit log in one transaction), here on the owner's connection with the grace
 * period cut to now. The demo users stay (users are not tenant rows); seeding gives them their
 * memberships back.
 */
async function removeDemoOrganization(target: SeedTarget, ownerUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ org_id: string }>(
      `SELECT m.org_id FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE u.auth_subject = $1 AND m.role = 'OWNER' ORDER BY m.created_at LIMIT 1`,
      [DEMO_OWNER.sub],
    );
    const orgId = rows[0]?.org_id ?? null;
    if (!orgId) return null;
    const database = createDatabase(target.appUrl);
    try {
      const store = await createAttachmentStore(loadConfig());
      const { purged } = await purgeOrganization({ prisma: database.prisma, store, withConnection: (work) => work(client) }, orgId, {
        endGracePeriod: true,
      });
      if (!purged) throw new Error(`the demo organization ${orgId} could not be purged`);
    } finally {
      await database.close();
    }
    return orgId;
  } finally {
    await client.end();
  }
}

async function main() {
  loadDotEnv();
  const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false } }, strict: true });
  const target = await seedTarget();
  try {
    if (values.reset) {
      if (!target.ownerUrl) throw new Error('--reset removes rows as the owner role: set DATABASE_ADMIN_URL (or MIGRATION_DATABASE_URL)');
      const removed = await removeDemoOrganization(target, target.ownerUrl);
      console.log(removed ? `removed the demo organization ${removed}` : 'no demo organization to remove');
    }
    const database = createDatabase(target.appUrl);
    try {
      const result = await seedDemoOrganization(database.prisma, { ownerUrl: target.catalogOwner });
      console.log(
        result.created
          ? `seeded the demo organization ${result.orgId}`
          : `the demo organization ${result.orgId} exists; nothing changed (--reset seeds it afresh)`,
      );
      if (!target.catalogOwner) console.log('no owner connection: the marketplace catalog and purchases were not seeded');
    } finally {
      await database.close();
    }
  } finally {
    await target.embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
