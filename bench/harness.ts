// What every benchmark script shares: the embedded cluster with the seeded dataset, the real API
// as a child process, tokens it accepts, and small helpers.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { signAccessToken } from '../src/auth/jwt.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { loadDataset, readManifest, type DatasetIdentity, type DatasetManifest } from './dataset.js';

export const benchDir = dirname(fileURLToPath(import.meta.url));
export const root = resolve(benchDir, '..');
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';
// Production requires an issuer and an audience (RFC 8725): the bench's tokens carry both.
const ISSUER = 'https://bench.clientflow.invalid/';
const AUDIENCE = 'clientflow-bench';

export const benchLog = (line: string) => console.log(`[bench] ${line}`);

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface BenchApi {
  url: string;
  process: ChildProcess;
}

/** The real server (src/main.ts, NODE_ENV=production) on a free loopback port; `env` adds or overrides settings. */
export async function startApi(
  appUrl: string,
  options: { poolSize: number; env?: Record<string, string>; nodeArgs?: string[] },
): Promise<BenchApi> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: appUrl,
      DATABASE_POOL_SIZE: String(options.poolSize),
      AUTH_JWT_SECRET: JWT_SECRET,
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      ...options.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return { url: `${base}/graphql`, process: child };
    } catch {
      /* not listening yet */
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGTERM');
  throw new Error('the API did not become ready');
}

export async function stopApi(api: BenchApi) {
  if (api.process.exitCode !== null) return;
  await new Promise<void>((done) => {
    api.process.once('exit', () => done());
    api.process.kill('SIGTERM');
  });
}

/** Headers of a request by `identity` in organization `orgId`, with a token the bench API accepts. */
export async function headersFor(identity: DatasetIdentity, orgId: string): Promise<Record<string, string>> {
  const token = await signAccessToken(
    JWT_SECRET,
    { sub: identity.subject, email: identity.email, name: identity.name },
    { issuer: ISSUER, audience: AUDIENCE },
  );
  return { authorization: `Bearer ${token}`, 'x-organization-id': orgId };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The embedded cluster under bench/.data with the dataset of `scale` loaded (or reused). */
export async function openBenchDatabase(options: {
  scale: number;
  reload?: boolean;
  log?: (line: string) => void;
  /** Receives PostgreSQL's own log lines (auto_explain plans, for the plan guard). */
  postgresLog?: (line: string) => void;
}): Promise<{ cluster: EmbeddedDatabase; manifest: DatasetManifest; database: string }> {
  const log = options.log ?? (() => {});
  const cluster = await startEmbeddedPostgres({
    dataDir: join(benchDir, '.data', 'postgres'),
    settings: {
      shared_preload_libraries: 'pg_stat_statements',
      // top: statements the API sends, not the ones inside app.begin_request.
      'pg_stat_statements.track': 'top',
      shared_buffers: '512MB',
      max_connections: '200',
    },
    log: options.postgresLog,
  });
  try {
    const database = options.scale < 1 ? 'bench_quick' : 'bench_full';
    const manifestPath = join(benchDir, '.data', `${database}.manifest.json`);
    let manifest = options.reload ? null : await readManifest(manifestPath, { adminUrl: cluster.adminUrl, scale: options.scale, log });
    if (!manifest) {
      const started = Date.now();
      manifest = await loadDataset({ adminUrl: cluster.adminUrl, database, scale: options.scale, manifestPath, log });
      log(`dataset loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    } else {
      log(`reusing dataset ${database} (delete bench/.data or pass --reload to rebuild)`);
    }
    return { cluster, manifest, database };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
