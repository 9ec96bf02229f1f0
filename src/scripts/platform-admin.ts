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
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { openEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres.js';
import { withDatabase } from '../db/local-database.js';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run platform-admin -- (--email <address> | --subject <sub>) [--revoke]`);
  process.exit(2);
}

async function ownerConnection(): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  const explicit = process.env.DATABASE_ADMIN_URL || process.env.MIGRATION_DATABASE_URL;
  if (explicit) return { url: explicit, embedded: null };
  const config = loadConfig();
  if (config.DATABASE_URL) {
    throw new Error('DATABASE_URL is the API role, which cannot change users; set DATABASE_ADMIN_URL to the owner role of that database');
  }
  // The database src/db/bootstrap.ts creates in the development cluster.
  const embedded = await openEmbeddedPostgres(config.EMBEDDED_POSTGRES_DIR, { create: false });
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
