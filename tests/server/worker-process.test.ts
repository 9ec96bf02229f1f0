/**
 * `npm run worker` as it is deployed apart from the API: the process (dist/src/worker-main.js,
 * the compiled form `npm run worker` runs; tests/setup builds it) with DATABASE_URL and
 * WORKER_DATABASE_URL only, sends what the API queued, and stops with exit code 0 on SIGTERM.
 * Without the two URLs it refuses to start and says why.
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { withTenant } from '../../src/db/tenant.js';
import { queueEmail } from '../../src/email/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { eventually } from '../helpers/eventually.js';
import { createOrganization } from '../helpers/organizations.js';
import { SmtpCatcher } from '../helpers/smtp-catcher.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// The compiled worker, started by node itself. Through tsx, SIGTERM goes to tsx's relay, which
// waits 30 ms for the child to acknowledge it, sends it again, waits 30 ms more and then SIGKILLs
// the child and exits 143 (tsx/dist/cli.mjs, relaySignals): on a loaded machine the worker's
// event loop missed those 60 ms and was killed before its own handler stopped it cleanly.
const workerMain = join(root, 'dist/src/worker-main.js');

function startWorker(env: Record<string, string>) {
  const child = spawn(process.execPath, [workerMain], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, exited, output: () => output };
}

describe('npm run worker', () => {
  let app: TestApp;
  const catcher = new SmtpCatcher();

  beforeAll(async () => {
    app = await startTestApp();
    await catcher.start();
  }, 60_000);
  afterAll(async () => {
    await catcher.stop();
    await app?.close();
  });

  it('sends what the API queued, and stops cleanly on SIGTERM', async () => {
    const org = await createOrganization(app, 'Apart');
    const worker = startWorker({
      DATABASE_URL: app.databaseUrl,
      WORKER_DATABASE_URL: app.workerUrl,
      SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
    });
    try {
      await eventually(() => worker.output().includes('job worker started'), 30_000);
      const emailId = await withTenant(app.database.prisma, { orgId: org.id }, (tx) =>
        queueEmail(tx, {
          orgId: org.id,
          to: 'apart@example.test',
          template: 'deal-won',
          variables: { dealName: 'Apart' },
          messageIdDomain: 'apart.example',
        }),
      );
      await eventually(() => catcher.received.some((mail) => mail.messageId === `<${emailId}@apart.example>`), 15_000);
    } finally {
      worker.child.kill('SIGTERM');
    }
    expect(await worker.exited).toBe(0);
    expect(worker.output()).toMatch(/worker stopped/);
    // Nothing secret in what it printed: neither connection's password.
    expect(worker.output()).not.toContain('clientflow-jobs-local');
    expect(worker.output()).not.toContain('clientflow-api-local');
  }, 60_000);

  it('refuses to start without DATABASE_URL and WORKER_DATABASE_URL, saying so', async () => {
    const worker = startWorker({});
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toMatch(/npm run worker needs DATABASE_URL .* and WORKER_DATABASE_URL/);
  }, 30_000);
});
