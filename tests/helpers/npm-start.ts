import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { EMBEDDED_SUPERUSER, EMBEDDED_SUPERUSER_PASSWORD } from '../../src/db/embedded-postgres.js';
import { eventually } from './eventually.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `npm start` as a container runs it, its embedded PostgreSQL in a temporary directory, ready to be asked. */
export interface NpmStart {
  dir: string;
  npm: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output: () => string;
  exited: Promise<number | null>;
  url: string;
  port: number;
  headers: Record<string, string>;
  /** A superuser connection to its database, for locks and checks the API cannot make. */
  owner: pg.Client;
  postmasterPid: number;
}

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Starts `npm start` with `env` on a free port and waits for the demo token (up to 90 s). */
export async function startNpm(name: string, env: Record<string, string>): Promise<NpmStart> {
  const dir = mkdtempSync(join(tmpdir(), `clientflow-${name}-`));
  chmodSync(dir, 0o777); // the embedded server runs as OS user postgres when we are root
  const npm = spawn('npm', ['start'], {
    cwd: root,
    detached: true, // its own process group, so that cleanup can end the whole tree
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'development',
      PORT: '0',
      HOST: '127.0.0.1',
      EMBEDDED_POSTGRES_DIR: join(dir, 'postgres'),
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => npm.once('exit', (code) => resolveExit(code)));
  await eventually(() => /Demo token:\n(\S+)/.test(output) && /X-Organization-Id/.test(output), 90_000).catch((error: Error) => {
    // What it said so far tells why it did not get ready.
    throw new Error(`${error.message}: npm start printed\n${output}`);
  });
  const port = Number(/ClientFlow API ready at http:\/\/localhost:(\d+)/.exec(output)![1]);
  const token = /Demo token:\n(\S+)/.exec(output)![1]!;
  const orgId = /Demo organization id: (\S+)/.exec(output)![1]!;
  const pgPort = /Embedded PostgreSQL on 127\.0\.0\.1:(\d+)/.exec(output)![1]!;
  const owner = new pg.Client({
    connectionString: `postgres://${EMBEDDED_SUPERUSER}:${EMBEDDED_SUPERUSER_PASSWORD}@127.0.0.1:${pgPort}/clientflow`,
  });
  await owner.connect();
  return {
    dir,
    npm,
    output: () => output,
    exited,
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-organization-id': orgId },
    owner,
    postmasterPid: Number(readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]),
  };
}

/** Ends whatever a test left running: the npm process group, the postmaster, the directory. */
export async function stopNpm(started: NpmStart | undefined) {
  if (!started) return;
  await started.owner.end().catch(() => {});
  if (started.npm.pid && started.npm.exitCode === null) process.kill(-started.npm.pid, 'SIGKILL');
  if (alive(started.postmasterPid)) process.kill(started.postmasterPid, 'SIGQUIT');
  rmSync(started.dir, { recursive: true, force: true });
}
