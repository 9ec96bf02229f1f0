import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger, serializeError } from '../../src/observability/logger.js';
import { startTestApp, type LogLine, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';

const CONTACTS_PAGE = /* GraphQL */ `
  query ContactsPage {
    contacts(first: 2) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`;
const CREATE_COMPANY = /* GraphQL */ `
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company {
        id
      }
    }
  }
`;
const DELETE_CONTACT = /* GraphQL */ `
  mutation DeleteContact($input: IdInput!) {
    deleteContact(input: $input) {
      contact {
        id
      }
    }
  }
`;

/** Values that must never reach a log line, each carried by a different way in. */
const SECRET = {
  passwordVariable: 'pw-7f3a-variable-never-logged',
  passwordInInput: 'pw-51c2-input-field-never-logged',
  customField: 'pw-e0d9-custom-field-never-logged',
  apiKey: 'key-2b9c-header-never-logged',
  cookie: 'cookie-91d0-never-logged',
  malformedBody: 'pw-c4e8-in-a-broken-body',
  queryString: 'pw-0a6b-in-a-query-string',
  fileToken: 'filetoken-33ab-never-logged',
  internalError: 'boom-5e1d-value-in-a-failing-insert',
};

describe('request log', () => {
  let app: TestApp;
  let org: TestOrganization;
  let statusOf: (requestId: string) => LogLine;

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const asOwner = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    post(JSON.stringify({ query, variables }), { authorization: `Bearer ${org.owner.token}`, 'x-organization-id': org.id, ...headers });
  const requestLines = () => app.logs.entries().filter((line) => line.msg === 'request completed');

  beforeAll(async () => {
    app = await startTestApp({ captureLogs: true });
    org = await createOrganization(app, 'Logged');
    // A database error the API does not translate, whose message quotes the value (as PostgreSQL's
    // own do: `invalid input syntax for type uuid: "…"`): it becomes an internal error, and is logged.
    await app.owner.query(`
      CREATE FUNCTION test_refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.name LIKE 'boom-%' THEN RAISE EXCEPTION 'no company may be named %', NEW.name; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_refuse_boom BEFORE INSERT ON companies FOR EACH ROW EXECUTE FUNCTION test_refuse_boom();
    `);
    statusOf = (requestId) => {
      const line = requestLines().find((entry) => entry.reqId === requestId);
      if (!line) throw new Error(`no request line for ${requestId}`);
      return line;
    };
  });
  afterAll(async () => app?.close());

  it('one line per request: id, user, organization, role, operation, statements, duration, status', async () => {
    const before = app.database.statements.count;
    const response = await asOwner(CONTACTS_PAGE, {}, { 'x-request-id': 'log-test-1' });
    expect(response.status).toBe(200);
    const statements = app.database.statements.count - before;

    const lines = requestLines().filter((line) => line.reqId === 'log-test-1');
    expect(lines).toHaveLength(1);
    const userId = (await app.owner.query('SELECT id FROM users WHERE auth_subject = $1', [org.owner.subject])).rows[0].id;
    expect(lines[0]).toMatchObject({
      level: 30,
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
      userId,
      orgId: org.id,
      role: 'OWNER',
      operation: 'ContactsPage',
      operationType: 'query',
      statements,
    });
    expect(statements).toBeGreaterThanOrEqual(3); // opening, the page and its count, COMMIT
    expect(lines[0]!.durationMs).toEqual(expect.any(Number));
    expect(lines[0]!.errorCodes).toBeUndefined();
  });

  it('a valid X-Request-Id is kept; an invalid one (space, quote, newline-free but 129 long) is replaced by a new UUID', async () => {
    const kept = await fetch(app.url.replace('/graphql', '/healthz'), { headers: { 'x-request-id': 'Root-1.abc_DEF:42' } });
    expect(kept.headers.get('x-request-id')).toBe('Root-1.abc_DEF:42');
    for (const invalid of ['has space', 'quote"d', 'x'.repeat(129), 'a=b']) {
      const replaced = await fetch(app.url.replace('/graphql', '/healthz'), { headers: { 'x-request-id': invalid } });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('browsers may send X-Request-Id (CORS preflight) and read the one answered', async () => {
    const preflight = await fetch(app.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-request-id',
      },
    });
    expect(preflight.headers.get('access-control-allow-headers')?.split(',')).toEqual(
      expect.arrayContaining(['x-request-id', 'idempotency-key']),
    );
    const response = await post(JSON.stringify({ query: '{ __typename }' }), { origin: 'https://app.example.test' });
    // (and WWW-Authenticate for 401s, Retry-After for 429s, Idempotent-Replayed: README "Rate limits", "Idempotency keys")
    expect(response.headers.get('access-control-expose-headers')?.split(',')).toEqual(
      expect.arrayContaining(['x-request-id', 'www-authenticate', 'retry-after', 'idempotent-replayed']),
    );
  });

  it('every response carries X-Request-Id: GraphQL, a malformed body (400), a body too large (413), a 404, /healthz, /health, /readyz', async () => {
    const responses = {
      graphql: await asOwner(CONTACTS_PAGE, {}),
      malformed: await post('{"query": "{ me { id } }"'),
      tooLarge: await post(JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(1_100_000) } })),
      missing: await fetch(app.url.replace('/graphql', '/no-such-route')),
      healthz: await fetch(app.url.replace('/graphql', '/healthz')),
      health: await fetch(app.url.replace('/graphql', '/health')),
      readyz: await fetch(app.url.replace('/graphql', '/readyz')),
    };
    expect(Object.fromEntries(Object.entries(responses).map(([name, response]) => [name, response.status]))).toEqual({
      graphql: 200,
      malformed: 400,
      tooLarge: 413,
      missing: 404,
      healthz: 200,
      health: 200,
      readyz: 200,
    });
    for (const response of Object.values(responses)) {
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(statusOf(id!).res).toEqual({ statusCode: response.status });
    }
    // Probes are logged at debug (20), requests at info (30).
    expect(statusOf(responses.healthz.headers.get('x-request-id')!).level).toBe(20);
    expect(statusOf(responses.health.headers.get('x-request-id')!).level).toBe(20);
    // /health is the design documents' name for /healthz: the same answer.
    expect(await responses.health.json()).toEqual({ status: 'ok' });
    expect(statusOf(responses.malformed.headers.get('x-request-id')!).level).toBe(30);
  });

  it('the error codes of the response are on its line: a failed context (bad token) and a refused operation', async () => {
    const badToken = await post(JSON.stringify({ query: CONTACTS_PAGE }), {
      authorization: 'Bearer not-a-jwt',
      'x-request-id': 'log-bad-token',
    });
    expect(badToken.status).toBe(401);
    expect(statusOf('log-bad-token').errorCodes).toEqual(['UNAUTHENTICATED']);

    const refused = await post(JSON.stringify({ query: DELETE_CONTACT, variables: { input: { id: 'Q29udGFjdDox' } } }), {
      authorization: `Bearer ${org.viewer.token}`,
      'x-organization-id': org.id,
      'x-request-id': 'log-refused',
    });
    expect(refused.status).toBe(403);
    expect(statusOf('log-refused')).toMatchObject({
      operation: 'DeleteContact',
      operationType: 'mutation',
      role: 'VIEWER',
      errorCodes: ['FORBIDDEN'],
    });
  });

  it('an internal error is logged with the request id, its class, SQLSTATE and frames, never its message or values', async () => {
    const response = await asOwner(CREATE_COMPANY, { input: { name: SECRET.internalError } }, { 'x-request-id': 'log-internal' });
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'INTERNAL_SERVER_ERROR',
    );

    const logged = app.logs.entries().filter((line) => line.reqId === 'log-internal');
    const internal = logged.find((line) => line.msg === 'internal error in request');
    expect(internal).toBeDefined();
    expect(internal!.level).toBe(50);
    expect(JSON.stringify(internal!.err)).toContain('"P0001"'); // raise_exception, found in the cause chain
    expect(JSON.stringify(internal!.err)).toMatch(/src\/modules\/company\/mutations\.ts:\d+/); // where it happened
    expect(JSON.stringify(logged)).not.toContain(SECRET.internalError);
    expect(JSON.stringify(logged)).not.toContain('message');
    expect(statusOf('log-internal').errorCodes).toEqual(['INTERNAL_SERVER_ERROR']);
  });

  it('no secret reaches the log: variables, input values, headers, tokens, a malformed body, a query string, a file link', async () => {
    await asOwner(
      CREATE_COMPANY,
      { input: { name: 'Acme', customFields: { password: SECRET.customField } }, password: SECRET.passwordVariable },
      { 'x-api-key': SECRET.apiKey, cookie: `session=${SECRET.cookie}`, 'x-request-id': 'log-secret-1' },
    );
    // An unknown input field: graphql-js quotes the whole value in its error message (to the client only).
    const echoed = await asOwner(
      CREATE_COMPANY,
      { input: { name: 'Acme', password: SECRET.passwordInInput } },
      { 'x-request-id': 'log-secret-2' },
    );
    expect(JSON.stringify(await echoed.json())).toContain(SECRET.passwordInInput);
    const malformed = await post(`{"query": "mutation { signIn }", "variables": {"password": "${SECRET.malformedBody}"`, {
      'x-request-id': 'log-secret-3',
    });
    expect(malformed.status).toBe(400);
    const search = new URLSearchParams({
      query: 'query Lookup { me { id } }',
      variables: JSON.stringify({ password: SECRET.queryString }),
    });
    const viaGet = await fetch(`${app.url}?${search}`, {
      headers: { authorization: `Bearer ${org.owner.token}`, 'apollo-require-preflight': 'true', 'x-request-id': 'log-secret-4' },
    });
    expect(viaGet.status).toBe(200);
    const file = await fetch(app.url.replace('/graphql', `/files/${SECRET.fileToken}`), { headers: { 'x-request-id': 'log-secret-5' } });
    expect(file.status).toBeGreaterThanOrEqual(400);

    const text = app.logs.text();
    for (const [name, value] of Object.entries(SECRET)) expect({ name, logged: text.includes(value) }).toEqual({ name, logged: false });
    for (const actor of [org.owner, org.admin, org.member, org.viewer, org.outsider]) expect(text).not.toContain(actor.token);
    expect(text).not.toMatch(/bearer/i);
    // …while what an operator needs is there.
    expect(statusOf('log-secret-1')).toMatchObject({ operation: 'CreateCompany', res: { statusCode: 200 } });
    expect(statusOf('log-secret-2')).toMatchObject({
      operation: 'CreateCompany',
      res: { statusCode: 400 },
      errorCodes: ['BAD_USER_INPUT'],
    });
    expect(statusOf('log-secret-3')).toMatchObject({ req: { method: 'POST', url: '/graphql' }, res: { statusCode: 400 } });
    expect(statusOf('log-secret-4')).toMatchObject({
      req: { method: 'GET', url: '/graphql' },
      operation: 'Lookup',
      res: { statusCode: 200 },
    });
    expect(statusOf('log-secret-4').errorCodes).toBeUndefined();
    expect(statusOf('log-secret-5')).toMatchObject({ req: { method: 'GET', url: '/files/…' } });
  });
});

describe('logger', () => {
  const capture = () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    return { lines, logger: createLogger({ level: 'info', destination }) };
  };

  it('redacts secret-named keys at any depth, whoever logs them', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        variables: { input: { newPassword: 'a1', nested: [{ apiKey: 'a2' }] }, refreshToken: 'a3' },
        headers: { authorization: 'a4', 'x-api-key': 'a5', cookie: 'a6' },
      },
      'x',
    );
    const line = JSON.parse(lines[0]!);
    expect(line.variables).toEqual({
      input: { newPassword: '[Redacted]', nested: [{ apiKey: '[Redacted]' }] },
      refreshToken: '[Redacted]',
    });
    expect(line.headers).toEqual({ authorization: '[Redacted]', 'x-api-key': '[Redacted]', cookie: '[Redacted]' });
  });

  it('an error keeps its class, code and frames; its message, and a frame forged by a newline in a value, are dropped', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "hunter2\n    at forged (hunter2.ts:1:1)"'), {
      code: '22P02',
      detail: 'hunter2',
    });
    const serialized = serializeError(error)!;
    expect(serialized).toMatchObject({ type: 'Error', code: '22P02' });
    expect((serialized.stack as string[])[0]).toMatch(/^at .*request-log\.test\.ts:\d+:\d+\)?$/);
    expect(JSON.stringify(serialized)).not.toContain('hunter2');
  });
});
