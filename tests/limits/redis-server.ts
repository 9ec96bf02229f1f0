import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** A real redis-server (the Debian package `redis-server`) on a free loopback port, for the shared rate-limit buckets. */
export interface RedisServer {
  url: string;
  port: number;
  /** Stops it (by its pid) and removes its directory. */
  stop(): Promise<void>;
}

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** REDIS_SERVER_BIN, else `redis-server` on PATH or in /usr/bin; null if none. */
export function findRedisServer(): string | null {
  const configured = process.env.REDIS_SERVER_BIN;
  if (configured) {
    if (!isExecutable(configured)) throw new Error(`REDIS_SERVER_BIN=${configured} is not an executable file`);
    return configured;
  }
  const candidates = [
    ...(process.env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, 'redis-server')),
    '/usr/bin/redis-server',
    '/usr/local/bin/redis-server',
  ];
  return candidates.find(isExecutable) ?? null;
}

export function freePort(): Promise<number> {
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

/** Starts redis-server without persistence on a free port (a few attempts, should a port be taken meanwhile). */
export async function startRedisServer(binary = findRedisServer()): Promise<RedisServer> {
  if (!binary) throw new Error('redis-server not found (set REDIS_SERVER_BIN, or install the Debian package `redis-server`)');
  const dir = mkdtempSync(join(tmpdir(), 'clientflow-redis-'));
  let output = '';
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const port = await freePort();
    const child: ChildProcess = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
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
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        async stop() {
          process.removeListener('exit', killOnExit);
          if (!exited) {
            child.kill('SIGTERM');
            const killed = setTimeout(() => child.kill('SIGKILL'), 5_000);
            await exit;
            clearTimeout(killed);
          }
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    process.removeListener('exit', killOnExit);
    if (!exited) child.kill('SIGKILL');
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`redis-server did not start: ${output.slice(-500)}`);
}
