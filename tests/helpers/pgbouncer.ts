import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { LOCAL_APP_PASSWORD, LOCAL_APP_ROLE } from '../../src/db/local-database.js';

/**
 * PgBouncer (the Debian package `pgbouncer`) in front of the test cluster, in transaction
 * pooling mode: each client transaction borrows one of a few server connections and gives it
 * back at COMMIT/ROLLBACK, so consecutive transactions of one client connection land on
 * different server connections, and one server connection serves many clients and tenants.
 */
export interface PgBouncer {
  host: string;
  port: number;
  /** pool_mode = transaction; server connections per (database, user). */
  defaultPoolSize: number;
  /** A URL through PgBouncer to `database` (default: the API login role). */
  url(database: string, credentials?: { user: string; password: string }): string;
  /** The same URL with host and port replaced by PgBouncer's (database, user and password kept). */
  rewrite(directUrl: string): string;
  /** Stops PgBouncer (immediate shutdown) and removes its temporary directory. */
  stop(): Promise<void>;
}

/** The user that may run SHOW commands on PgBouncer's admin console (database `pgbouncer`). */
export const PGBOUNCER_STATS_USER = LOCAL_APP_ROLE;

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * PGBOUNCER_BIN (which must then be executable), else `pgbouncer` on PATH, else the Debian
 * location /usr/sbin/pgbouncer; null if none.
 */
export function findPgBouncer(): string | null {
  const configured = process.env.PGBOUNCER_BIN;
  if (configured) {
    if (!isExecutable(configured)) throw new Error(`PGBOUNCER_BIN=${configured} is not an executable file`);
    return configured;
  }
  const candidates = [
    ...(process.env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, 'pgbouncer')),
    '/usr/sbin/pgbouncer',
    '/usr/local/sbin/pgbouncer',
    '/usr/local/bin/pgbouncer',
  ];
  return candidates.find(isExecutable) ?? null;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
      });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolveProbe) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolveProbe(true);
    });
    socket.once('error', () => resolveProbe(false));
  });
}

/** PgBouncer refuses to run as root: then it runs as OS user `postgres` (as the embedded cluster does), else `nobody`. */
function unprivilegedIds(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const user of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
      if (Number.isInteger(uid) && Number.isInteger(gid)) return { uid, gid };
    } catch {
      // try the next one
    }
  }
  throw new Error('running as root, and neither OS user `postgres` nor `nobody` exists to run PgBouncer as');
}

const quoteUserlist = (value: string) => `"${value.replaceAll('"', '""')}"`;

/**
 * Starts PgBouncer on a free 127.0.0.1 port in front of the cluster in `clusterUrl` (default:
 * TEST_ADMIN_DATABASE_URL; the benchmark passes its own).
 * Every database of the cluster is reachable (`* = host=... port=...`); only the API login
 * role (clientflow_api) is in the auth file.
 */
export async function startPgBouncer(options: { binary?: string; defaultPoolSize?: number; clusterUrl?: string } = {}): Promise<PgBouncer> {
  const binary = options.binary ?? findPgBouncer();
  if (!binary) throw new Error('pgbouncer not found (set PGBOUNCER_BIN, or install the Debian package `pgbouncer`)');
  const cluster = new URL(options.clusterUrl ?? process.env.TEST_ADMIN_DATABASE_URL!);
  const defaultPoolSize = options.defaultPoolSize ?? 4;
  const dir = mkdtempSync(join(tmpdir(), 'clientflow-pgbouncer-'));
  chmodSync(dir, 0o755);
  const ini = join(dir, 'pgbouncer.ini');
  const userlist = join(dir, 'userlist.txt');
  // Local-only test credentials (src/db/local-database.ts); readable by the unprivileged user.
  writeFileSync(userlist, `${quoteUserlist(LOCAL_APP_ROLE)} ${quoteUserlist(LOCAL_APP_PASSWORD)}\n`, { mode: 0o644 });

  const ids = unprivilegedIds();
  let lastError: Error | null = null;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const port = await freePort();
    writeFileSync(
      ini,
      [
        '[databases]',
        `* = host=${cluster.hostname} port=${cluster.port || 5432}`,
        '',
        '[pgbouncer]',
        'listen_addr = 127.0.0.1',
        `listen_port = ${port}`,
        "unix_socket_dir = ''",
        'pool_mode = transaction',
        `default_pool_size = ${defaultPoolSize}`,
        'min_pool_size = 0',
        'reserve_pool_size = 0',
        'max_client_conn = 100',
        'auth_type = scram-sha-256',
        `auth_file = ${userlist}`,
        `stats_users = ${PGBOUNCER_STATS_USER}`,
        // node-postgres sends none of these today; harmless if a client does.
        'ignore_startup_parameters = extra_float_digits',
        // Nothing may reset session state for us: tenancy must not depend on it.
        'server_reset_query_always = 0',
        'log_connections = 0',
        'log_disconnections = 0',
        '',
      ].join('\n'),
      { mode: 0o644 },
    );
    const child: ChildProcess = spawn(binary, [ini], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(ids ?? {}),
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    let exited = false;
    const exit = new Promise<void>((resolveExit) =>
      child.once('exit', () => {
        exited = true;
        resolveExit();
      }),
    );
    child.once('error', (error) => {
      output += `\n${error.message}`;
      exited = true;
    });
    // A backstop: never outlive the test process, even when afterAll does not run.
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);

    const deadline = Date.now() + 10_000;
    while (!exited && Date.now() < deadline && !(await accepts(port))) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 25));
    }
    if (!exited && (await accepts(port))) {
      const host = '127.0.0.1';
      const rewrite = (directUrl: string) => {
        const url = new URL(directUrl);
        url.hostname = host;
        url.port = String(port);
        return url.toString();
      };
      return {
        host,
        port,
        defaultPoolSize,
        rewrite,
        url: (database, credentials = { user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD }) => {
          const url = new URL(`postgres://${host}:${port}/`);
          url.pathname = `/${database}`;
          url.username = credentials.user;
          url.password = credentials.password;
          return url.toString();
        },
        async stop() {
          process.removeListener('exit', killOnExit);
          if (!exited) {
            child.kill('SIGTERM'); // immediate shutdown
            const killed = setTimeout(() => child.kill('SIGKILL'), 5_000);
            await exit;
            clearTimeout(killed);
          }
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    process.removeListener('exit', killOnExit);
    if (!exited) {
      child.kill('SIGKILL');
      await exit;
    }
    lastError = new Error(`pgbouncer did not start on port ${port}:\n${output.trim()}`);
    // Lost the port to another process between probing and binding: try another one.
    if (!/address already in use/i.test(output)) break;
  }
  rmSync(dir, { recursive: true, force: true });
  throw lastError!;
}
