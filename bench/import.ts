// npm run bench:import [-- --rows N] [--scenarios a,b]
// CSV import of N contacts (100,000 by default) as the import_csv job runs it (runImport, in one
// tenant transaction, batches of 1,000), on a throw-away embedded PostgreSQL (or DATABASE_ADMIN_URL).
// Each scenario runs in a child process of its own, so its peak RSS (getrusage maxrss) is that
// import's alone:
//   commit      the default: every row inserted, the contacts trigger emits one event per row
//               (no webhook or automation answers it, so no job);
//   no-events   the same with the contacts_events trigger disabled (what the events cost);
//   webhook     a webhook endpoint subscribed to contact.created: one process_event job per row;
//   dry-run     the dry run of the same file (the same transaction, rolled back);
//   update      every row's e-mail exists already and duplicatePolicy is UPDATE: one UPDATE per row.
// After `commit`, the export of the same contacts (writeCsvExport, GET /export/contacts.csv's body).
// Prints one JSON line per scenario; bench/README.md "CSV import" keeps the numbers.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import pg from 'pg';
import pino from 'pino';
import { createDatabase } from '../src/db/client.js';
import { prepareLocalDatabase } from '../src/db/local-database.js';
import { LocalDiskStore, storageKeyOf } from '../src/modules/attachment/store.js';
import { CONTACT_COLUMNS } from '../src/modules/import/columns.js';
import { writeCsvExport } from '../src/modules/import/export-route.js';
import { runImport } from '../src/modules/import/runner.js';
import { withTenant } from '../src/db/tenant.js';
import { Writable } from 'node:stream';
import { withAdminUrl } from '../src/scripts/scratch-server.js';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    scenarios: { type: 'string', default: 'commit,no-events,webhook,dry-run' },
    // Caps each child's V8 heap (--max-old-space-size): an import that finishes under the cap
    // holds no more than that live, whatever its peak RSS (V8 grows the heap lazily).
    'max-heap-mib': { type: 'string' },
    // Internal: one scenario in this (child) process.
    child: { type: 'string' },
    'app-url': { type: 'string' },
    'owner-url': { type: 'string' },
    dir: { type: 'string' },
  },
});
const rows = Number(args.rows);
const log = (line: string) => console.error(`[bench:import] ${line}`);

/** One organization with an OWNER, an uploaded CSV of `rows` contacts and a PENDING run; ids. */
async function prepareScenario(ownerUrl: string, store: LocalDiskStore, scenario: string) {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const orgId = randomUUID();
    const userId = randomUUID();
    const attachmentId = randomUUID();
    const runId = randomUUID();
    await owner.query(`INSERT INTO organizations (id, name) VALUES ($1, $2)`, [orgId, `Bench${scenario}`]);
    await owner.query(`INSERT INTO users (id, auth_subject) VALUES ($1, $2)`, [userId, `bench|${userId}`]);
    await owner.query(`INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [orgId, userId]);
    const key = storageKeyOf(orgId, attachmentId);
    const file = join(store.root, key);
    await writeCsv(file, rows);
    const size = statSync(file).size;
    await owner.query(
      `INSERT INTO attachments (org_id, id, uploaded_by_id, file_name, content_type, size_bytes, checksum_sha256, storage_key, status)
       VALUES ($1, $2, $3, 'contacts.csv', 'text/csv', $4, repeat('0', 64), $5, 'READY')`,
      [orgId, attachmentId, userId, size, key],
    );
    if (scenario === 'webhook') {
      await owner.query(
        `INSERT INTO webhook_endpoints (org_id, url, event_types, secret) VALUES ($1, 'http://127.0.0.1:9/hook', '{contact.created}', 'whsec_bench')`,
        [orgId],
      );
    }
    if (scenario === 'update') {
      // The contacts the file updates, written directly (replica mode: no audit or event rows for them).
      await owner.query('SET session_replication_role = replica');
      await owner.query(
        `INSERT INTO contacts (org_id, first_name, last_name, email, updated_at)
         SELECT $1, 'Old' || i, 'Old' || i, 'person' || i || '@bench-import.test', now() FROM generate_series(1, $2::int) AS i`,
        [orgId, rows],
      );
      await owner.query('SET session_replication_role = DEFAULT');
    }
    await owner.query(`ALTER TABLE contacts ${scenario === 'no-events' ? 'DISABLE' : 'ENABLE'} TRIGGER contacts_events`);
    await owner.query(
      `INSERT INTO import_runs (org_id, id, entity, attachment_id, created_by_id, dry_run, duplicate_policy, column_mapping)
       VALUES ($1, $2, 'CONTACT', $3, $4, $5, $6, '{}')`,
      [orgId, runId, attachmentId, userId, scenario === 'dry-run', scenario === 'update' ? 'UPDATE' : 'SKIP'],
    );
    return { orgId, runId, size };
  } finally {
    await owner.end();
  }
}

/** firstName,lastName,email,phone,title,tags: about 90 bytes a row. */
async function writeCsv(path: string, count: number) {
  execFileSync('mkdir', ['-p', join(path, '..')]);
  const out = createWriteStream(path);
  const write = (line: string) => (out.write(line) ? Promise.resolve() : new Promise<void>((done) => out.once('drain', () => done())));
  await write('firstName,lastName,email,phone,title,tags\n');
  for (let i = 1; i <= count; i += 1) {
    await write(`First${i},Last${i},person${i}@bench-import.test,+1 555 ${String(i).padStart(7, '0')},Buyer,"lead; csv"\n`);
  }
  await new Promise<void>((done) => out.end(() => done()));
}

async function child(scenario: string) {
  const store = new LocalDiskStore(args.dir!);
  const { orgId, runId, size } = await prepareScenario(args['owner-url']!, store, scenario);
  const database = createDatabase(args['app-url']!, { poolSize: 2 });
  const rssBefore = process.resourceUsage().maxRSS;
  const started = performance.now();
  await runImport(
    { prisma: database.prisma, store, logger: pino({ level: 'silent' }), timeoutMs: 3_600_000, statementTimeoutMs: 600_000 },
    { orgId, runId, attempt: 1, maxAttempts: 1 },
  );
  const seconds = (performance.now() - started) / 1000;
  // After a commit: the export route's body (GET /export/contacts.csv without HTTP) of the same rows.
  let exported: { seconds: number; mib: number } | null = null;
  if (scenario === 'commit') {
    let bytes = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    });
    const exportStarted = performance.now();
    await withTenant(database.prisma, { orgId }, (tx) => writeCsvExport(tx, 'contacts', { deletedAt: null }, CONTACT_COLUMNS, sink), {
      timeoutMs: 600_000,
    });
    exported = { seconds: +((performance.now() - exportStarted) / 1000).toFixed(2), mib: +(bytes / 2 ** 20).toFixed(1) };
  }
  const owner = new pg.Client({ connectionString: args['owner-url']! });
  await owner.connect();
  const run = (await owner.query(`SELECT status, created_count, updated_count, error_count, error FROM import_runs WHERE id = $1`, [runId]))
    .rows[0];
  const events = Number((await owner.query(`SELECT count(*) AS n FROM events WHERE org_id = $1`, [orgId])).rows[0].n);
  const jobs = Number(
    (await owner.query(`SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE payload->>'orgId' = $1`, [orgId])).rows[0].n,
  );
  await owner.query(`ALTER TABLE contacts ENABLE TRIGGER contacts_events`);
  await owner.end();
  await database.close();
  console.log(
    JSON.stringify({
      scenario,
      rows,
      fileMiB: +(size / 2 ** 20).toFixed(1),
      seconds: +seconds.toFixed(2),
      rowsPerSecond: Math.round(rows / seconds),
      peakRssMiB: +(process.resourceUsage().maxRSS / 1024).toFixed(0),
      rssBeforeMiB: +(rssBefore / 1024).toFixed(0),
      heapLimitMiB: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20),
      status: run.status,
      created: run.created_count,
      updated: run.updated_count,
      errors: run.error_count,
      error: run.error,
      events,
      jobs,
      export: exported,
    }),
  );
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'clientflow-bench-import-'));
  try {
    await withAdminUrl(async (adminUrl) => {
      log('migrating a scratch database');
      const { ownerUrl, appUrl } = await prepareLocalDatabase(adminUrl, 'clientflow_bench_import', { recreate: true });
      for (const scenario of args.scenarios!.split(',')) {
        log(`${scenario}: ${rows} rows`);
        const out = execFileSync(
          process.execPath,
          [
            ...process.execArgv,
            ...(args['max-heap-mib'] ? [`--max-old-space-size=${args['max-heap-mib']}`] : []),
            process.argv[1]!,
            '--child',
            scenario,
            '--rows',
            String(rows),
            '--app-url',
            appUrl,
            '--owner-url',
            ownerUrl,
            '--dir',
            dir,
          ],
          { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
        );
        process.stdout.write(out);
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (args.child) await child(args.child);
else await main();
