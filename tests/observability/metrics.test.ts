import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { ConfigError, loadConfig } from '../../src/config.js';
import { BoundedLabel, MAX_OPERATION_LABELS, OTHER } from '../../src/observability/metrics.js';
import { createServer, type AppServer } from '../../src/server.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { listening, Subscriber, wsUrlOf } from '../helpers/realtime.js';

const PROBE = /* GraphQL */ `
  query MetricsProbe {
    contacts(first: 1) {
      totalCount
    }
  }
`;
const DELETE_CONTACT = /* GraphQL */ `
  mutation MetricsDenied($input: IdInput!) {
    deleteContact(input: $input) {
      contact {
        id
      }
    }
  }
`;
const METRICS_TOKEN = 'metrics-token-0123456789abcdef';
const PRODUCTION = {
  NODE_ENV: 'production',
  AUTH_JWT_SECRET: TEST_JWT_SECRET,
  AUTH_ISSUER: 'https://issuer.example.test/',
  AUTH_AUDIENCE: 'clientflow-metrics-test',
  SMTP_URL: 'smtp://127.0.0.1:2525',
};

/** The value of one sample (`name{labels} value`) in Prometheus text, or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((entry) => entry.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const scrape = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    requestId: response.headers.get('x-request-id'),
    text: await response.text(),
  };
};

describe('metrics on the public port (development: open)', () => {
  let app: TestApp;
  let org: TestOrganization;
  let metricsUrl: string;

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Measured');
    metricsUrl = app.url.replace('/graphql', '/metrics');
  });
  afterAll(async () => app?.close());

  it("the duration histogram has the operation's samples, by name and type", async () => {
    for (let i = 0; i < 3; i += 1) expect((await org.viewer.query(PROBE)).errors).toBeUndefined();
    const { status, type, text } = await scrape(metricsUrl);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(text, 'clientflow_graphql_request_duration_seconds_count{operation="MetricsProbe",type="query"}')).toBe(3);
    expect(sample(text, 'clientflow_graphql_request_duration_seconds_bucket{le="+Inf",operation="MetricsProbe",type="query"}')).toBe(3);
    expect(sample(text, 'clientflow_graphql_request_duration_seconds_sum{operation="MetricsProbe",type="query"}')).toBeGreaterThan(0);
  });

  it('an error counter moves by code', async () => {
    const before = sample((await scrape(metricsUrl)).text, 'clientflow_graphql_errors_total{code="FORBIDDEN"}') ?? 0;
    const denied = await org.viewer.query(DELETE_CONTACT, { input: { id: 'Q29udGFjdDox' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(sample((await scrape(metricsUrl)).text, 'clientflow_graphql_errors_total{code="FORBIDDEN"}')).toBe(before + 1);
  });

  it('a document that fails validation takes no operation label (its name is client garbage)', async () => {
    const invalid = await org.viewer.query('query NoSuchFieldProbe { noSuchField }');
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const { text } = await scrape(metricsUrl);
    expect(text).not.toContain('NoSuchFieldProbe');
    expect(sample(text, 'clientflow_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'clientflow_graphql_request_duration_seconds_count{operation="__none",type="none"}')).toBeGreaterThanOrEqual(1);
  });

  it('realtime gauges: open WebSocket connections and listening subscriptions', async () => {
    const subscriber = Subscriber.as(wsUrlOf(app), org.viewer);
    try {
      const before = app.server.events.handlerCount;
      subscriber.subscribe('subscription { activityAdded { id } }');
      subscriber.subscribe('subscription { dealUpdated { id } }');
      await listening(app.server, before + 2);
      const { text } = await scrape(metricsUrl);
      expect(sample(text, 'clientflow_websocket_connections')).toBe(1);
      expect(sample(text, 'clientflow_subscriptions')).toBe(before + 2);
    } finally {
      await subscriber.dispose();
    }
  });

  it('pool gauges (in use, idle, waiting, max), HTTP responses by route and status, and the Node defaults with event-loop lag', async () => {
    await fetch(app.url.replace('/graphql', '/no-such-route'));
    const { text } = await scrape(metricsUrl);
    expect(sample(text, 'clientflow_db_pool_connections_in_use')).toBe(0); // nothing in flight between requests
    expect(sample(text, 'clientflow_db_pool_connections_idle')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'clientflow_db_pool_waiting_requests')).toBe(0);
    expect(sample(text, 'clientflow_db_pool_connections_max')).toBe(5); // startTestApp's pool
    expect(sample(text, 'clientflow_http_responses_total{route="other",status="404"}')).toBe(1);
    expect(sample(text, 'clientflow_http_responses_total{route="/graphql",status="200"}')).toBeGreaterThanOrEqual(4);
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toEqual(expect.any(Number));
    expect(sample(text, 'nodejs_eventloop_lag_p99_seconds')).toEqual(expect.any(Number));
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_heap_size_used_bytes');
  });

  it('a pool saturated by requests in flight shows in the gauges', async () => {
    // Five transactions held open on the pool of five, plus one request that has to wait.
    const held = await Promise.all(Array.from({ length: 5 }, () => app.database.pool.connect()));
    const waiting = org.viewer.query(PROBE);
    try {
      for (let tries = 0; tries < 50 && app.database.pool.waitingCount === 0; tries += 1) await new Promise((done) => setTimeout(done, 20));
      const { text } = await scrape(metricsUrl);
      expect(sample(text, 'clientflow_db_pool_connections_in_use')).toBe(5);
      expect(sample(text, 'clientflow_db_pool_waiting_requests')).toBe(1);
    } finally {
      for (const client of held) client.release();
    }
    expect((await waiting).errors).toBeUndefined();
  });
});

describe('operation label cap', () => {
  it(`admits ${MAX_OPERATION_LABELS} distinct names, then reports every new one as ${OTHER}; admitted names stay`, () => {
    const labels = new BoundedLabel(MAX_OPERATION_LABELS, OTHER);
    for (let i = 0; i < MAX_OPERATION_LABELS; i += 1) expect(labels.of(`Op${i}`)).toBe(`Op${i}`);
    expect(labels.of('OneTooMany')).toBe(OTHER);
    expect(labels.of('Op0')).toBe('Op0');
    expect(labels.of(`Op${MAX_OPERATION_LABELS - 1}`)).toBe(`Op${MAX_OPERATION_LABELS - 1}`);
  });
});

describe('metrics in production', () => {
  let app: TestApp;
  const servers: AppServer[] = [];
  const productionServer = async (env: Record<string, string>) => {
    const config = loadConfig({ ...PRODUCTION, DATABASE_URL: app.databaseUrl, LOG_LEVEL: 'silent', ...env });
    const server = await createServer({ config, database: app.database, logger: pino({ level: 'silent' }) });
    servers.push(server);
    const port = await server.listen(0, '127.0.0.1');
    return { server, base: `http://127.0.0.1:${port}` };
  };

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await app?.close();
  });

  it('without METRICS_TOKEN or METRICS_PORT, /metrics is not served (404), and still carries a request id', async () => {
    const { base } = await productionServer({});
    const response = await scrape(`${base}/metrics`);
    expect(response.status).toBe(404);
    expect(response.text).not.toContain('clientflow_');
    expect(response.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('with METRICS_TOKEN, /metrics answers only to that bearer token', async () => {
    const { base } = await productionServer({ METRICS_TOKEN });
    expect((await scrape(`${base}/metrics`)).status).toBe(401);
    expect((await scrape(`${base}/metrics`, { authorization: 'Bearer wrong-token-0123456789abcdef' })).status).toBe(401);
    expect((await scrape(`${base}/metrics`, { authorization: `Basic ${METRICS_TOKEN}` })).status).toBe(401);
    const allowed = await scrape(`${base}/metrics`, { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(allowed.status).toBe(200);
    expect(allowed.text).toContain('clientflow_db_pool_connections_in_use');
  });

  it('with METRICS_PORT, /metrics is served on its own listener only, which stop() closes', async () => {
    const { server, base } = await productionServer({ METRICS_PORT: '0' });
    const address = server.metricsServer?.address();
    expect(address).toEqual(expect.objectContaining({ port: expect.any(Number) }));
    const metricsBase = `http://127.0.0.1:${(address as { port: number }).port}`;
    expect(metricsBase).not.toBe(base);

    expect((await scrape(`${base}/metrics`)).status).toBe(404);
    const own = await scrape(`${metricsBase}/metrics`);
    expect(own.status).toBe(200);
    expect(own.text).toContain('clientflow_graphql_request_duration_seconds');
    expect((await scrape(`${metricsBase}/graphql`)).status).toBe(404); // nothing else there

    await server.stop();
    await expect(fetch(`${metricsBase}/metrics`)).rejects.toThrow();
  });

  it('METRICS_PORT with METRICS_TOKEN wants the token there too', async () => {
    const { server } = await productionServer({ METRICS_PORT: '0', METRICS_TOKEN });
    const metricsBase = `http://127.0.0.1:${(server.metricsServer!.address() as { port: number }).port}`;
    expect((await scrape(`${metricsBase}/metrics`)).status).toBe(401);
    expect((await scrape(`${metricsBase}/metrics`, { authorization: `Bearer ${METRICS_TOKEN}` })).status).toBe(200);
  });

  it('configuration: a short METRICS_TOKEN, or METRICS_PORT equal to PORT, stops start-up with one line', () => {
    const base = { ...PRODUCTION, DATABASE_URL: 'postgres://localhost/x' };
    expect(() => loadConfig({ ...base, METRICS_TOKEN: 'short' })).toThrow(
      new ConfigError('Invalid configuration: METRICS_TOKEN must be at least 16 characters'),
    );
    expect(() => loadConfig({ ...base, PORT: '4000', METRICS_PORT: '4000' })).toThrow(
      new ConfigError('Invalid configuration: METRICS_PORT must differ from PORT'),
    );
    expect(loadConfig({ ...base, METRICS_PORT: '9464' }).METRICS_PORT).toBe(9464);
  });
});
