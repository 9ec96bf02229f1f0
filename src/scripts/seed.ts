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
import { deleteOrganizationObjects } from '../modules/attachment/purge.js';
import { createAttachmentStore } from '../modules/attachment/store-factory.js';
import { loadDotEnv } from '../env-file.js';
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
 * deleted one (src/jobs/tasks.ts): its attachments' stored objects first, then
 * app.purge_organization deletes the row, every tenant row (the foreign keys cascade) and its
 * audit log in one transaction, here with the grace period cut to now. The demo users stay
 * (users are not tenant rows); seeding gives them their memberships back.
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
      await deleteOrganizationObjects(database.prisma, await createAttachmentStore(loadConfig()), orgId);
    } finally {
      await database.close();
    }
    await client.query('BEGIN');
    // The owner is subject to the tables' forced RLS unless it is a superuser: act in the organization.
    await client.query(`SELECT set_config('app.current_org_id', $1, true)`, [orgId]);
    // Truncated, not now(): the column keeps milliseconds, and a rounded-up now() would not be due yet.
    await client.query(
      `UPDATE organizations SET deleted_at = coalesce(deleted_at, now()), purge_after = date_trunc('milliseconds', now()) WHERE id = $1`,
      [orgId],
    );
    const purged = await client.query<{ purged: boolean }>('SELECT app.purge_organization($1) AS purged', [orgId]);
    if (!purged.rows[0]?.purged) throw new Error(`the demo organization ${orgId} could not be purged`);
    await client.query('COMMIT');
    return orgId;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
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
