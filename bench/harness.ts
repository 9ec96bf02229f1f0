// What every benchmark script shares: the embedded cluster with the seeded dataset, the real API
// as a child process, tokens it accepts, and small helpers.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

export const benchPostgresDir = join(benchDir, '.data', 'postgres');
export const benchLog = (line: string) => console.log(`[bench] ${line}`);

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return NaN;
  const fields = statFields(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) / 100 : NaN; // utime, stime in clock ticks (USER_HZ = 100)
}

/** /proc/<pid>/stat after the command name: fields[0] is the state, fields[1] the parent pid. */
function statFields(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(') ') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * `pid` and all its descendants. This kernel has no /proc/<pid>/task/<tid>/children, so the
 * parent of every process comes from /proc/<n>/stat (a few hundred small reads, ~1 ms).
 */
export function processTree(pid: number, children = childrenByParent()): number[] {
  const tree = [pid];
  for (let index = 0; index < tree.length; index += 1) tree.push(...(children.get(tree[index]!) ?? []));
  return tree;
}

/** Every process's children, from one pass over /proc. */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const child = Number(entry);
    if (!Number.isInteger(child)) continue;
    const parent = Number(statFields(child)?.[1]);
    if (!parent) continue;
    const list = children.get(parent);
    if (list) list.push(child);
    else children.set(parent, [child]);
  }
  return children;
}

/**
 * CPU seconds used so far by `pid` and every process under it (the API's cluster workers). Each
 * process adds its own time and that of its children it has reaped (cutime, cstime), so a
 * worker that exits during the window still counts, once, through its parent.
 */
export function treeCpuSeconds(pid: number | undefined): number {
  if (!pid) return NaN;
  let ticks = 0;
  for (const each of processTree(pid)) {
    const fields = statFields(each);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return ticks / 100; // clock ticks (USER_HZ = 100)
}

/** Resident memory of a process from /proc/<pid>/status, in MiB (rss: all of it; anon: private, no shared memory). */
export function memoryMiB(pid: number): { rss: number; anon: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kib('VmRSS') / 1024, anon: kib('RssAnon') / 1024 };
  } catch {
    return null;
  }
}

/** The postmaster's pid: the first line of postmaster.pid in the cluster's data directory. */
export function postmasterPid(dataDir = benchPostgresDir): number {
  return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

export interface MemorySummary {
  /** Per API process (the spawned one first, then its workers): RSS in MiB over the window. */
  api: { pid: number; maxRssMiB: number; meanRssMiB: number }[];
  /** The largest private memory (RssAnon) any PostgreSQL client backend reached, MiB. */
  postgresBackendMaxAnonMiB: number;
  samples: number;
}

/**
 * Samples every 250 ms, until stop(): the RSS of every process in the API's tree, and the private
 * memory (RssAnon: what sorts, hashes and caches allocate; shared_buffers is RssShmem and is not
 * counted) of every PostgreSQL client backend. Backends are the postmaster's children whose
 * title names a client ("postgres: <user> <database> <host>(<port>) …"); the server's own processes
 * (checkpointer, background writer, autovacuum, …) are left out.
 */
export function sampleMemory(apiPid: number | undefined, postgresPid: number): { stop(): MemorySummary } {
  const api = new Map<number, { max: number; sum: number; count: number }>();
  let postgresMax = 0;
  let samples = 0;
  const sample = () => {
    samples += 1;
    const children = childrenByParent(); // one pass over /proc serves both trees
    for (const pid of apiPid ? processTree(apiPid, children) : []) {
      const memory = memoryMiB(pid);
      if (!memory || !Number.isFinite(memory.rss)) continue; // exited (a zombie has no VmRSS)
      const entry = api.get(pid) ?? { max: 0, sum: 0, count: 0 };
      entry.max = Math.max(entry.max, memory.rss);
      entry.sum += memory.rss;
      entry.count += 1;
      api.set(pid, entry);
    }
    for (const pid of processTree(postgresPid, children).slice(1)) {
      let title: string;
      try {
        title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      if (!/^postgres: \S+ \S+ (\S+\(\d+\)|\[local\]) /.test(title)) continue;
      postgresMax = Math.max(postgresMax, memoryMiB(pid)?.anon ?? 0);
    }
  };
  sample();
  const timer = setInterval(sample, 250);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return {
        api: [...api].map(([pid, entry]) => ({
          pid,
          maxRssMiB: round1(entry.max),
          meanRssMiB: round1(entry.sum / entry.count),
        })),
        postgresBackendMaxAnonMiB: round1(postgresMax),
        samples,
      };
    },
  };
}
const round1 = (value: number) => Math.round(value * 10) / 10;

export type ApiRuntime = 'compiled' | 'tsx';

let warnedTsx = false;

/** The newest modification time of any file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * How the API runs: the compiled build (`npm run build`: dist/src/main.js) when it exists and the
 * build is newer than every file in src/, as production runs it; otherwise through tsx, with a
 * warning, because a stale build would measure code that is no longer there. "The build" is the
 * newest file under dist/: `tsc --build` rewrites only the outputs of changed files (main.js
 * keeps its old time when only a module changed), but every build that compiled something
 * rewrites dist/.tsbuildinfo, and every build copies its run-time files afresh.
 */
export function apiRuntime(log: (line: string) => void = benchLog): { runtime: ApiRuntime; args: string[] } {
  const compiled = join(root, 'dist', 'src', 'main.js');
  if (existsSync(compiled) && newestMtime(join(root, 'dist')) > newestMtime(join(root, 'src'))) {
    return { runtime: 'compiled', args: [compiled] };
  }
  if (!warnedTsx)
    log(
      existsSync(compiled)
        ? 'warning: the build in dist/ is older than src/: running the API through tsx (npm run build to measure the compiled API)'
        : 'warning: no dist/src/main.js: running the API through tsx (npm run build to measure the compiled API)',
    );
  warnedTsx = true;
  return { runtime: 'tsx', args: ['--import', 'tsx', 'src/main.ts'] };
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
  runtime: ApiRuntime;
}

/**
 * The real server (NODE_ENV=production, compiled or through tsx: apiRuntime()) on a free loopback
 * port; `webConcurrency` sets WEB_CONCURRENCY (API processes on that port); `env` adds or
 * overrides settings.
 */
export async function startApi(
  appUrl: string,
  options: { poolSize: number; env?: Record<string, string>; nodeArgs?: string[]; webConcurrency?: number },
): Promise<BenchApi> {
  const port = await freePort();
  const { runtime, args } = apiRuntime();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...args], {
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
      // Production requires an SMTP server; the API itself sends no e-mail.
      SMTP_URL: 'smtp://127.0.0.1:2525',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      ...(options.webConcurrency ? { WEB_CONCURRENCY: String(options.webConcurrency) } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return { url: `${base}/graphql`, process: child, runtime };
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

/**
 * One database per scale in the bench cluster, so runs at 0.1×, 1× and 3× keep their datasets and
 * switching between them does not reload (1× takes ~55 s to load, 3× about three times that).
 */
export function databaseForScale(scale: number): string {
  if (scale === 0.1) return 'bench_quick';
  if (scale === 1) return 'bench_full';
  return `bench_scale_${String(scale).replace('.', '_')}`;
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
    dataDir: benchPostgresDir,
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
    const database = databaseForScale(options.scale);
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
