/**
 * `npm run db:seed` (src/scripts/seed.ts, run through tsx) against a real database: it seeds the
 * demo organization once, a second run changes nothing, and --reset puts a changed demo back to
 * the freshly seeded state without leaving a row of the old one behind (audit log included).
 */
import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LOCAL_APP_PASSWORD, LOCAL_APP_ROLE, withDatabase } from '../../src/db/local-database.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const run = promisify(execFile);

describe('npm run db:seed', () => {
  let app: TestApp;
  let env: Record<string, string>;

  async function seed(...args: string[]) {
    const { stdout } = await run(tsx, ['src/scripts/seed.ts', ...args], { cwd: root, env, timeout: 120_000 });
    return stdout;
  }

  /** Rows per tenant table of one organization, and of all organizations. */
  async function counts(orgId: string) {
    const { rows: tables } = await app.owner.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'org_id' ORDER BY 1`,
    );
    const result: Record<string, number> = {};
    for (const { name } of tables) {
      const { rows } = await app.owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}" WHERE org_id = $1`, [orgId]);
      result[name] = rows[0]!.n;
    }
    return result;
  }

  const demoOrgId = async () =>
    (
      await app.owner.query<{ org_id: string }>(
        `SELECT m.org_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.auth_subject = 'demo|owner' AND m.role = 'OWNER'`,
      )
    ).rows.map((row) => row.org_id);

  beforeAll(async () => {
    app = await startTestApp();
    const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
    env = {
      PATH: process.env.PATH!,
      HOME: process.env.HOME!,
      NODE_ENV: 'development',
      DATABASE_URL: withDatabase(adminUrl, app.owner.database!, { user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD }),
      DATABASE_ADMIN_URL: withDatabase(adminUrl, app.owner.database!),
    };
  });
  afterAll(async () => app?.close());

  it('seeds once, then changes nothing; --reset seeds afresh and leaves nothing of the old demo', async () => {
    expect(await seed()).toMatch(/^seeded the demo organization [0-9a-f-]{36}$/m);
    const [first] = await demoOrgId();
    const seeded = await counts(first!);
    expect(seeded.contacts).toBe(48);
    expect(seeded.tool_purchases).toBeGreaterThan(0); // the owner URL let it curate the catalog

    expect(await seed()).toMatch(/exists; nothing changed/);
    expect(await demoOrgId()).toEqual([first]);
    expect(await counts(first!)).toEqual(seeded);

    // Someone played with the demo.
    await app.owner.query(`SELECT set_config('app.current_org_id', $1, false)`, [first]);
    await app.owner.query(`DELETE FROM activities WHERE org_id = $1 AND type = 'NOTE'`, [first]);
    await app.owner.query(`INSERT INTO companies (org_id, name) VALUES ($1, 'Scratch Inc')`, [first]);
    expect(await counts(first!)).not.toEqual(seeded);

    const output = await seed('--reset');
    expect(output).toContain(`removed the demo organization ${first}`);
    const [second] = await demoOrgId();
    expect(second).not.toBe(first);
    expect(await counts(second!)).toEqual(seeded);
    // Nothing of the old demo is left, its audit log included: the reset is the purge of a deleted organization.
    expect(Object.entries(await counts(first!)).filter(([, n]) => n > 0)).toEqual([]);
    const { rows: organizations } = await app.owner.query('SELECT id FROM organizations WHERE id = $1', [first]);
    expect(organizations).toEqual([]);
  }, 240_000);

  it('refuses --reset without an owner connection, and says why', async () => {
    const apiOnly = Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'DATABASE_ADMIN_URL'));
    const failed = await run(tsx, ['src/scripts/seed.ts', '--reset'], { cwd: root, env: apiOnly, timeout: 120_000 }).then(
      () => 'exited 0',
      (error: { code?: number; stderr?: string }) => `${error.code}: ${error.stderr?.trim()}`,
    );
    expect(failed).toBe('1: --reset removes rows as the owner role: set DATABASE_ADMIN_URL (or MIGRATION_DATABASE_URL)');
  }, 120_000);
});
