// Recomputes the daily metrics of every organization (or of the ones named) for a day range,
// for cron: npm run metrics:refresh -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--org <uuid>]...
// The range defaults to yesterday..today (UTC), so a run shortly after midnight also finishes
// the day that just ended.
//
// Two connections, each doing only what it must:
// - DATABASE_URL, the API's RLS-bound role, does the writes: one transaction per organization
//   with app.current_org_id set to it, exactly like an API request, through the same statement
//   as the refreshMetrics mutation (src/modules/metrics/service.ts).
// - DATABASE_ADMIN_URL lists the organizations when no --org is given. The app role cannot: RLS
//   shows it only the organizations of the user it acts for, and organizations has FORCE ROW
//   LEVEL SECURITY, so even the table owner (MIGRATION_DATABASE_URL) sees none. It must be a
//   superuser or a BYPASSRLS role; it runs a single read-only SELECT of the ids.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { assertRlsBoundRole } from '../db/bootstrap.js';
import { createDatabase } from '../db/client.js';
import { withTenant } from '../db/tenant.js';
import { addDays, checkDayRange, refreshDailyMetrics, todayUtc, type DayRange } from '../modules/metrics/service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const USAGE = 'usage: npm run metrics:refresh -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--org <uuid>]...';

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

function parseDay(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const day = new Date(`${value}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    fail(`--${name} must be a calendar date such as 2026-01-31, not "${value}"`);
  }
  return day;
}

function parseCommandLine(): { range: DayRange; orgIds: string[] } {
  let values;
  try {
    ({ values } = parseArgs({
      options: { from: { type: 'string' }, to: { type: 'string' }, org: { type: 'string', multiple: true } },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const to = parseDay(values.to, 'to') ?? todayUtc();
  const from = parseDay(values.from, 'from') ?? addDays(to, -1);
  let range: DayRange;
  try {
    range = checkDayRange({ from, to });
  } catch (error) {
    fail((error as Error).message);
  }
  const orgIds = (values.org ?? []).map((id) => (UUID.test(id) ? id.toLowerCase() : fail(`--org must be a uuid, not "${id}"`)));
  return { range, orgIds };
}

/** Every organization's id, read with the admin connection (see above). */
async function allOrganizationIds(adminUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: 'clientflow-metrics-refresh' });
  await client.connect();
  try {
    await client.query('BEGIN READ ONLY');
    const { rows } = await client.query<{ id: string }>('SELECT id::text FROM organizations ORDER BY id');
    await client.query('COMMIT');
    return rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

const { range, orgIds: requested } = parseCommandLine();
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) fail('DATABASE_URL is required: the API role (IN ROLE clientflow_app) that writes the metrics');
const adminUrl = process.env.DATABASE_ADMIN_URL;
if (requested.length === 0 && !adminUrl) {
  fail('Without --org, DATABASE_ADMIN_URL is required (a superuser or BYPASSRLS role) to list every organization');
}
await assertRlsBoundRole(databaseUrl);

const orgIds = requested.length > 0 ? requested : await allOrganizationIds(adminUrl!);
const database = createDatabase(databaseUrl, { poolSize: 1 });
const days = `${range.from.toISOString().slice(0, 10)}..${range.to.toISOString().slice(0, 10)}`;
let failures = 0;
try {
  for (const orgId of orgIds) {
    try {
      const refreshed = await withTenant(database.prisma, { orgId }, (tx) => refreshDailyMetrics(tx, orgId, range));
      console.log(`${orgId}: refreshed ${refreshed} day(s) ${days}`);
    } catch (error) {
      failures += 1;
      console.error(`${orgId}: failed: ${(error as Error).message}`);
    }
  }
} finally {
  await database.close();
}
console.log(`${orgIds.length - failures} of ${orgIds.length} organization(s) refreshed (${days})`);
process.exitCode = failures > 0 ? 1 : 0;
