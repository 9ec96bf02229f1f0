// Grants (or revokes) the platform-administrator flag that opens the marketplace catalog for
// writing. Only this script sets users.is_platform_admin: the API's role cannot update users.
//
//   npm run platform-admin -- --email someone@example.com [--revoke]
//   npm run platform-admin -- --subject 'auth0|abc123' [--revoke]
//
// Connects as the database owner: DATABASE_ADMIN_URL (or MIGRATION_DATABASE_URL, the same role).
// Without either, it uses the local embedded development database the way `npm start` does,
// whether or not the server is running. The user must have signed in once (users are created
// on first sign-in). The flag is read on every request, so no restart is needed.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { EMBEDDED_SUPERUSER, EMBEDDED_SUPERUSER_PASSWORD, startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres.js';
import { withDatabase } from '../db/local-database.js';

// The embedded cluster's superuser (src/db/embedded-postgres.ts) and database (src/db/bootstrap.ts).
const EMBEDDED_SUPERUSER_URL = (port: number) =>
  `postgres://${EMBEDDED_SUPERUSER}:${EMBEDDED_SUPERUSER_PASSWORD}@127.0.0.1:${port}/clientflow`;

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run platform-admin -- (--email <address> | --subject <sub>) [--revoke]`);
  process.exit(2);
}

/** The port of the embedded PostgreSQL already running on `dataDir` (e.g. under `npm start`), if any. */
function runningEmbeddedPort(dataDir: string): number | null {
  const pidFile = join(resolve(dataDir), 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: line 1 the pid, line 4 the port.
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but owned by another OS user (the package runs it as `postgres` under root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return port;
}

async function ownerConnection(): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  const explicit = process.env.DATABASE_ADMIN_URL || process.env.MIGRATION_DATABASE_URL;
  if (explicit) return { url: explicit, embedded: null };
  const config = loadConfig();
  if (config.DATABASE_URL) {
    throw new Error('DATABASE_URL is the API role, which cannot change users; set DATABASE_ADMIN_URL to the owner role of that database');
  }
  const port = runningEmbeddedPort(config.EMBEDDED_POSTGRES_DIR);
  if (port) return { url: EMBEDDED_SUPERUSER_URL(port), embedded: null };
  if (!existsSync(join(resolve(config.EMBEDDED_POSTGRES_DIR), 'PG_VERSION'))) {
    throw new Error(
      `No development database in ${config.EMBEDDED_POSTGRES_DIR}: run npm start once (and sign in), or set DATABASE_ADMIN_URL`,
    );
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_POSTGRES_DIR });
  return { url: withDatabase(embedded.adminUrl, 'clientflow'), embedded };
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, subject: { type: 'string' }, revoke: { type: 'boolean', default: false } },
    strict: true,
  });
  if (!values.email === !values.subject) usage('Give exactly one of --email and --subject.');
  const grant = !values.revoke;

  const { url, embedded } = await ownerConnection();
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    // E-mail addresses are not unique across identity providers: refuse to guess.
    const found = await client.query<{ id: string; auth_subject: string; email: string | null; is_platform_admin: boolean }>(
      values.email
        ? 'SELECT id, auth_subject, email, is_platform_admin FROM users WHERE lower(email) = lower($1) ORDER BY created_at'
        : 'SELECT id, auth_subject, email, is_platform_admin FROM users WHERE auth_subject = $1',
      [values.email ?? values.subject],
    );
    if (found.rows.length === 0) {
      throw new Error(`No user ${values.email ?? values.subject}: users are created when they first sign in to the API`);
    }
    if (found.rows.length > 1) {
      const subjects = found.rows.map((row) => `  ${row.auth_subject}`).join('\n');
      throw new Error(`Several users have the e-mail ${values.email}; name one with --subject:\n${subjects}`);
    }
    const user = found.rows[0]!;
    await client.query('UPDATE users SET is_platform_admin = $2, updated_at = now() WHERE id = $1', [user.id, grant]);
    const outcome = grant ? (user.is_platform_admin ? 'already was' : 'is now') : user.is_platform_admin ? 'is no longer' : 'was not';
    console.log(`${user.email ?? user.auth_subject} (${user.auth_subject}) ${outcome} a platform administrator`);
  } finally {
    await client.end().catch(() => {});
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
