/**
 * README "Backup and restore", the embedded data folder: stop the cluster, copy the folder
 * (cp -a: the files belong to the OS user PostgreSQL runs as), start a cluster on the copy and
 * read a tenant's data back through the API's RLS-bound role. The copy holds the seeded demo
 * organization and another one; the demo's reads match what was there before the backup, the
 * other organization stays invisible, and a connection with no tenant sees nothing.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createDatabase } from '../../src/db/client.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded-postgres.js';
import { prepareLocalDatabase } from '../../src/db/local-database.js';
import { withTenant } from '../../src/db/tenant.js';
import { seedDemoOrganization } from '../../src/seed/demo.js';

/** What a member of `orgId` reads: contact names, deal names and values, listing titles. */
async function tenantView(appUrl: string, orgId: string) {
  const database = createDatabase(appUrl);
  try {
    return await withTenant(database.prisma, { orgId }, async (tx) => ({
      contacts: (await tx.contact.findMany({ select: { lastName: true, type: true, email: true }, orderBy: { email: 'asc' } })).map(
        (c) => `${c.lastName} ${c.type} ${c.email}`,
      ),
      deals: (await tx.deal.findMany({ select: { name: true, value: true, status: true }, orderBy: { name: 'asc' } })).map(
        (d) => `${d.name} ${d.value.toFixed(2)} ${d.status}`,
      ),
      listings: (await tx.listing.findMany({ select: { title: true }, orderBy: { title: 'asc' } })).map((l) => l.title),
      foreign: await tx.contact.count({ where: { lastName: 'Elsewhere' } }),
    }));
  } finally {
    await database.close();
  }
}

/** A fresh folder the cluster's OS user may enter (under root the package runs PostgreSQL as `postgres`). */
function scratchFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(folder, 0o777);
  return folder;
}

describe('backup and restore of the embedded data folder', () => {
  const folders: string[] = [];
  const clusters: EmbeddedDatabase[] = [];
  afterAll(async () => {
    for (const cluster of clusters) await cluster.stop().catch(() => {});
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('a copy of the folder, started elsewhere, gives a tenant its data back under RLS and nothing more', async () => {
    const original = scratchFolder('clientflow-backup-');
    folders.push(original);
    const first = await startEmbeddedPostgres({ dataDir: join(original, 'postgres') });
    clusters.push(first);
    const local = await prepareLocalDatabase(first.adminUrl, 'clientflow');
    const database = createDatabase(local.appUrl);
    const { orgId } = await seedDemoOrganization(database.prisma, { ownerUrl: local.ownerUrl }).finally(() => database.close());
    const owner = new pg.Client({ connectionString: local.ownerUrl });
    await owner.connect();
    await owner.query(`WITH o AS (INSERT INTO organizations (name) VALUES ('Elsewhere') RETURNING id)
                       INSERT INTO contacts (org_id, first_name, last_name) SELECT id, 'Other', 'Elsewhere' FROM o`);
    await owner.end();
    const before = await tenantView(local.appUrl, orgId);
    expect(before.contacts).toHaveLength(48);
    expect(before.foreign).toBe(0);

    // The backup: a stopped cluster's folder, copied with its owner and modes.
    await first.stop();
    clusters.pop();
    const restored = scratchFolder('clientflow-restore-');
    folders.push(restored);
    const copy = spawnSync('cp', ['-a', join(original, 'postgres'), join(restored, 'postgres')], { encoding: 'utf8' });
    expect(copy.stderr).toBe('');
    expect(copy.status).toBe(0);
    rmSync(original, { recursive: true, force: true }); // the original is gone: only the copy remains

    const second = await startEmbeddedPostgres({ dataDir: join(restored, 'postgres') });
    clusters.push(second);
    const back = await prepareLocalDatabase(second.adminUrl, 'clientflow'); // migrations: nothing to apply
    expect(await tenantView(back.appUrl, orgId)).toEqual(before);

    // RLS still holds on the restored copy: no tenant, no rows.
    const api = new pg.Client({ connectionString: back.appUrl });
    await api.connect();
    try {
      const { rows } = await api.query<{ n: number }>('SELECT count(*)::int AS n FROM contacts');
      expect(rows).toEqual([{ n: 0 }]);
    } finally {
      await api.end();
    }
  }, 180_000);
});
