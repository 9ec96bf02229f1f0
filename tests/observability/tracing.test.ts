import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signAccessToken } from '../../src/auth/jwt.js';
import { startTestApp, TEST_JWT_SECRET, type Actor, type TestApp } from '../helpers/app.js';

const ME = /* GraphQL */ `
  query WhoAmI {
    me {
      id
      email
    }
  }
`;

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: Record<string, unknown> }[];
}
interface OtlpExport {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { scope: { name: string }; spans: OtlpSpan[] }[];
  }[];
}

/** A minimal OTLP/HTTP receiver (JSON encoding, what @opentelemetry/exporter-trace-otlp-http sends). */
function startReceiver(): Promise<{ url: string; exports: OtlpExport[]; close(): Promise<void> }> {
  const exports: OtlpExport[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') exports.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${address.port}`, exports, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** The production start command from package.json, so the test starts the server exactly as production does. */
function productionCommand(): { env: Record<string, string>; args: string[] } {
  const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['start:production']!;
  const words = script.split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0]?.includes('=')) {
    const [name, value] = words.shift()!.split('=') as [string, string];
    env[name] = value;
  }
  if (words[0] === 'exec') words.shift();
  expect(words.shift()).toBe('node');
  return { env, args: words };
}

/** Production requires a token's issuer and audience (RFC 8725). */
const PRODUCTION_AUTH = {
  AUTH_JWT_SECRET: TEST_JWT_SECRET,
  AUTH_ISSUER: 'https://issuer.example.test/',
  AUTH_AUDIENCE: 'clientflow-trace-test',
  // Production also requires an SMTP server; nothing here sends e-mail.
  SMTP_URL: 'smtp://127.0.0.1:2525',
};

/** The environment of this test run, less jest's NODE_OPTIONS (production does not have them). */
function cleanEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && name !== 'NODE_OPTIONS' && !name.startsWith('OTEL_')) env[name] = value;
  }
  return env;
}

function startApi(env: Record<string, string>): Promise<{ process: ChildProcess; url: string }> {
  const command = productionCommand();
  const child = spawn(process.execPath, command.args, {
    env: { ...cleanEnvironment(), ...command.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // it never got as far as its SIGTERM handler
      reject(new Error(`the API did not start:\n${output}`));
    }, 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /ready at (http:\/\/\S+\/graphql)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ process: child, url: url.replace('localhost', '127.0.0.1') });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${code}:\n${output}`));
    });
  });
}

function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Runs the tracing bootstrap as the start scripts do (`--import …`) and reports whether an OpenTelemetry API global was registered. */
function bootstrapRegistersTracing(env: Record<string, string>): Promise<string> {
  const bootstrap = productionCommand().args.filter((arg) => arg !== 'dist/src/main.js');
  const probe = "console.log(Symbol.for('opentelemetry.js.api.1') in globalThis ? 'registered' : 'nothing')";
  const child = spawn(process.execPath, [...bootstrap, '-e', probe], {
    env: { ...cleanEnvironment(), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('exit', () => resolve(output.trim())));
}

const attribute = (span: OtlpSpan, key: string) => span.attributes?.find((entry) => entry.key === key)?.value;

describe('OpenTelemetry bootstrap', () => {
  it('without an OTLP endpoint loads no SDK and registers nothing (zero cost)', async () => {
    expect(await bootstrapRegistersTracing({})).toBe('nothing');
  }, 60_000);

  it('with an OTLP endpoint registers the tracer provider (OTEL_SDK_DISABLED=true still turns it off)', async () => {
    expect(await bootstrapRegistersTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' })).toBe('registered');
    expect(await bootstrapRegistersTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9', OTEL_SDK_DISABLED: 'true' })).toBe(
      'nothing',
    );
  }, 60_000);

  it('a server started without the --import says that tracing is off when an endpoint is set (and with it, does not)', async () => {
    // Neither can reach its database, so each stops right after the check.
    const env = {
      NODE_ENV: 'production',
      ...PRODUCTION_AUTH,
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9',
    };
    const outputOf = (args: string[]) => {
      const child = spawn(process.execPath, args, { env: { ...cleanEnvironment(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      return new Promise<string>((resolve) => child.once('exit', () => resolve(output)));
    };
    const warning = 'OTEL_EXPORTER_OTLP_ENDPOINT is set but tracing is off';
    expect(await outputOf(['--import', 'tsx', 'src/main.ts'])).toContain(warning);
    const production = await outputOf(productionCommand().args);
    expect(production).toMatch(/ECONNREFUSED|connect/i);
    expect(production).not.toContain(warning);
  }, 120_000); // two starts of the whole application; 24 s measured while other suites shared the machine
});

describe('OpenTelemetry tracing (a real server process started as in production)', () => {
  let app: TestApp;
  let actor: Actor;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let api: { process: ChildProcess; url: string };
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    actor = await app.actor('traced');
    token = await signAccessToken(
      TEST_JWT_SECRET,
      { sub: actor.subject, email: actor.email },
      { issuer: PRODUCTION_AUTH.AUTH_ISSUER, audience: PRODUCTION_AUTH.AUTH_AUDIENCE },
    );
    receiver = await startReceiver();
    api = await startApi({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: app.databaseUrl,
      ...PRODUCTION_AUTH,
      LOG_LEVEL: 'warn',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_SERVICE_NAME: 'clientflow-trace-test',
      // Export within 100 ms instead of the default 5 s.
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
  }, 90_000);
  afterAll(async () => {
    if (api) await stopApi(api.process);
    await receiver?.close();
    await app?.close();
  });

  it('one GraphQL request yields one trace: the HTTP request, the GraphQL operation and its SQL', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'traced-request-1' },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { me: { email: string } } }).data.me.email).toBe(actor.email);

    // A GET carries its variables in the query string; a file link's path is a grant.
    const search = new URLSearchParams({ query: '{ me { id } }', variables: JSON.stringify({ password: 'pw-0c1d-trace-query-string' }) });
    const viaGet = await fetch(`${api.url}?${search}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true', 'x-request-id': 'traced-request-2' },
    });
    expect(viaGet.status).toBe(200);
    expect(
      (await fetch(api.url.replace('/graphql', '/files/filetoken-77e2-trace-path'), { headers: { 'x-request-id': 'traced-request-3' } }))
        .status,
    ).toBeGreaterThanOrEqual(400);

    const spans = () =>
      receiver.exports.flatMap((batch) => batch.resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans)));
    const serverSpan = (id: string) =>
      spans().find((span) => span.kind === 2 && attribute(span, 'clientflow.request_id')?.stringValue === id);
    const server = () => serverSpan('traced-request-1');
    const all = () => ['traced-request-1', 'traced-request-2', 'traced-request-3'].every((id) => serverSpan(id));
    for (let waited = 0; waited < 15_000 && !(all() && spans().some((span) => span.name.startsWith('pg.query'))); waited += 100) {
      await new Promise((done) => setTimeout(done, 100));
    }
    const http = server();
    expect(http).toBeDefined();
    const trace = spans().filter((span) => span.traceId === http!.traceId);
    const names = trace.map((span) => span.name);
    expect(names).toEqual(expect.arrayContaining(['graphql.parse', 'graphql.validate']));
    expect(names.some((name) => /^query WhoAmI$|^graphql\.execute/.test(name))).toBe(true);
    expect(names.some((name) => name.startsWith('pg.query'))).toBe(true);
    const service = receiver.exports[0]!.resourceSpans[0]!.resource.attributes.find((entry) => entry.key === 'service.name');
    expect(service?.value.stringValue).toBe('clientflow-trace-test');

    // Nothing personal or secret on any span: the token, the e-mail begin_request sends as a
    // literal, a query string's variables, a file link's token.
    expect(all()).toBe(true);
    expect(attribute(serverSpan('traced-request-3')!, 'url.path')?.stringValue).toBe('/files/…');
    const exported = JSON.stringify(receiver.exports);
    for (const secret of [token, actor.token, actor.email, 'pw-0c1d-trace-query-string', 'filetoken-77e2-trace-path'])
      expect(exported).not.toContain(secret);
  }, 60_000);
});
