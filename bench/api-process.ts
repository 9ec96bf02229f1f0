import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface ApiProcess {
  url: string;
  process: ChildProcess;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The real API (src/main.ts, NODE_ENV=production) as a child process on 127.0.0.1, ready when
 * /readyz answers. `env` adds or overrides variables (e.g. a LIMIT_*).
 */
export async function startApiProcess(options: {
  root: string;
  appUrl: string;
  jwtSecret: string;
  poolSize: number;
  profileDir?: string;
  env?: Record<string, string>;
}): Promise<ApiProcess> {
  const port = await freePort();
  const profiling = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', 'src/main.ts'], {
    cwd: options.root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: options.appUrl,
      DATABASE_POOL_SIZE: String(options.poolSize),
      AUTH_JWT_SECRET: options.jwtSecret,
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

/** Stops the API process (by its own pid) and waits for it to exit. */
export async function stopApi(api: ApiProcess) {
  if (api.process.exitCode !== null) return;
  await new Promise<void>((done) => {
    api.process.once('exit', () => done());
    api.process.kill('SIGTERM');
  });
}
