import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { eventually } from '../helpers/eventually.js';
import { Subscriber } from '../helpers/realtime.js';
import { alive, startNpm, stopNpm, type NpmStart } from '../helpers/npm-start.js';

const CONTACTS = 'query CountContacts { contacts(first: 1) { totalCount } }';
const CREATE_CONTACT = 'mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }';
const RENAME = 'mutation RenameCompany($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { id name } } }';

interface LogLine {
  pid: number;
  msg: string;
  operation?: string;
  workerPid?: number;
}

/** The parent of a process, from ps (Linux and macOS). */
const parentOf = (pid: number) => Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim());

// WEB_CONCURRENCY=2 through `npm start` (the compiled server), as a container would run it.
describe('npm start with WEB_CONCURRENCY=2', () => {
  let dir: string;
  let npm: ChildProcess;
  let server: NpmStart | undefined;
  const output = () => server?.output() ?? '';
  let exited: Promise<number | null>;
  let port: number;
  let headers: Record<string, string>;
  let owner: pg.Client;
  let primaryPid: number;
  let postmasterPid: number;

  const logLines = (): LogLine[] =>
    output()
      .split('\n')
      .filter((line) => line.startsWith('{"level"'))
      .map((line) => JSON.parse(line) as LogLine);

  /** Each request on a connection of its own (no keep-alive), so the primary hands it to the next worker. */
  const post = (query: string, variables?: Record<string, unknown>) =>
    new Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }>((resolveResponse, reject) => {
      const request = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers, agent: false }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => resolveResponse({ status: response.statusCode ?? 0, body: JSON.parse(text) as { errors?: unknown[] } }));
      });
      request.on('error', reject);
      request.end(JSON.stringify({ query, variables }));
    });

  /** The pids that logged a completed request of this operation. */
  const servedBy = (operation: string) =>
    new Set(
      logLines()
        .filter((line) => line.msg === 'request completed' && line.operation === operation)
        .map((line) => line.pid),
    );

  beforeAll(async () => {
    server = await startNpm('cluster', {
      WEB_CONCURRENCY: '2',
      // The updates below wait on a lock for a while on purpose.
      DATABASE_LOCK_TIMEOUT_MS: '20000',
      DATABASE_STATEMENT_TIMEOUT_MS: '20000',
      REQUEST_TIMEOUT_MS: '30000',
    });
    ({ dir, npm, exited, headers, owner, postmasterPid } = server);
    port = server.port;
    primaryPid = Number(/primary pid (\d+)/.exec(server.output())![1]);
  }, 120_000);

  afterAll(() => stopNpm(server));

  it('answers from two worker processes of the primary on one port, and replaces one that dies', async () => {
    for (let i = 0; i < 4; i += 1) expect((await post(CONTACTS)).body.errors).toBeUndefined();
    const workers = [...servedBy('CountContacts')];
    expect(workers).toHaveLength(2);
    for (const pid of workers) expect(parentOf(pid)).toBe(primaryPid);

    // One dies: the primary logs it and forks another, which serves alongside the survivor.
    process.kill(workers[0]!, 'SIGKILL');
    await eventually(() => logLines().some((line) => line.msg === 'started another API worker'), 30_000);
    expect(logLines().find((line) => line.msg === 'an API worker died')).toMatchObject({ pid: primaryPid, workerPid: workers[0] });
    const replacement = logLines().find((line) => line.msg === 'started another API worker')!.workerPid!;
    await eventually(async () => {
      await post(CONTACTS);
      return servedBy('CountContacts').has(replacement);
    }, 30_000);
    expect(parentOf(replacement)).toBe(primaryPid);
  }, 60_000);

  it('a subscriber on any worker receives a change written through any worker (LISTEN/NOTIFY)', async () => {
    // Four sockets, handed out in turn by the primary: both workers hold some.
    const subscribers = Array.from(
      { length: 4 },
      () =>
        new Subscriber(`ws://127.0.0.1:${port}/graphql`, {
          Authorization: headers.authorization!,
          'X-Organization-Id': headers['x-organization-id']!,
        }),
    );
    try {
      const subscriptions = subscribers.map((subscriber) =>
        subscriber.subscribe<{ contactUpdated: { lastName: string } }>('subscription { contactUpdated { lastName } }'),
      );
      // No handler count to read in another process: subscribe, then write until every socket has heard.
      await eventually(
        async () => {
          const created = await post(CREATE_CONTACT, { input: { firstName: 'Live', lastName: 'Everywhere' } });
          expect(created.body.errors).toBeUndefined();
          return subscriptions.every((subscription) => subscription.data.some((data) => data.contactUpdated.lastName === 'Everywhere'));
        },
        20_000,
        500,
      );
      expect(subscriptions.flatMap((subscription) => subscription.errorCodes)).toEqual([]);
    } finally {
      await Promise.all(subscribers.map((subscriber) => subscriber.dispose()));
    }
  });

  it('SIGTERM drains the requests in flight in every worker, then stops PostgreSQL and exits 0', async () => {
    const { rows } = await owner.query('SELECT id FROM companies ORDER BY created_at LIMIT 1');
    const companyUuid: string = rows[0].id;
    const companyId = Buffer.from(`Company:${companyUuid}`).toString('base64');
    const workers = [...new Set(logLines().map((line) => line.pid))].filter((pid) => pid !== primaryPid && alive(pid));
    expect(workers).toHaveLength(2);

    // Four updates on four connections (two per worker), held behind a row lock at the signal.
    await owner.query('BEGIN');
    await owner.query('SELECT 1 FROM companies WHERE id = $1 FOR UPDATE', [companyUuid]);
    const updates = Array.from({ length: 4 }, (_, i) => post(RENAME, { input: { id: companyId, name: `Renamed ${i}` } }));
    await eventually(async () => {
      // pg_stat_clear_snapshot: inside the lock's transaction, pg_stat_activity would repeat its first answer.
      const waiting = await owner.query(
        "SELECT pg_stat_clear_snapshot(), count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND usename = 'clientflow_api'",
      );
      return waiting.rows[0].n === 4;
    }, 20_000);

    npm.kill('SIGTERM');
    await new Promise((resolveWait) => setTimeout(resolveWait, 500));
    await owner.query('COMMIT');
    for (const answer of await Promise.all(updates)) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
    await owner.end().catch(() => {});
    expect(servedBy('RenameCompany')).toEqual(new Set(workers));

    const code = await exited;
    if (code !== 0) throw new Error(`npm start exited with ${code}:\n${output()}`);
    const stops = logLines().filter((line) => line.msg === 'stopped');
    expect(new Set(stops.map((line) => line.pid))).toEqual(new Set([primaryPid, ...workers]));
    // The primary stops last, after every worker and the embedded PostgreSQL.
    expect(stops.at(-1)!.pid).toBe(primaryPid);
    for (const pid of [primaryPid, ...workers]) expect(alive(pid)).toBe(false);
    await eventually(() => !alive(postmasterPid), 10_000);
    expect(existsSync(join(dir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 60_000);
});
