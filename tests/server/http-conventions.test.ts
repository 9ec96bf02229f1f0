import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { createServer, type AppServer } from '../../src/server.js';
import { useTenants } from '../helpers/actors.js';
import { TEST_JWT_SECRET, documentIdOf } from '../helpers/app.js';
import { ApiKeyCreateDocument, ApiKeyRevokeDocument, RateLimitContactsDocument } from '../generated/operations/graphql.js';

// README "API conventions": every 401 challenges with WWW-Authenticate: Bearer (RFC 6750 §3),
// and the development landing page (Apollo Sandbox) opens ready to run the demo operations.
const tenants = useTenants('HttpConventions');

const CONTACTS = '{ contacts(first: 1) { totalCount } }';
const now = () => Math.floor(Date.now() / 1000);

/**
 * POSTs a trusted document (API keys may run only those) with the given headers; returns the
 * status, the challenge and the error codes.
 */
async function send(headers: Record<string, string>, url = tenants.app.url) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-organization-id': tenants.org.id, ...headers },
    body: JSON.stringify({ documentId: documentIdOf(RateLimitContactsDocument), variables: { first: 1 } }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    challenge: response.headers.get('www-authenticate'),
    exposed: response.headers.get('access-control-expose-headers'),
    codes: body.errors?.map((error) => error.extensions?.code),
  };
}

describe('401 responses carry WWW-Authenticate: Bearer (RFC 6750)', () => {
  it('no credentials: a bare challenge with the realm and no error code (§3.1)', async () => {
    const answer = await send({});
    expect(answer.status).toBe(401);
    expect(answer.codes).toEqual(['UNAUTHENTICATED']);
    expect(answer.challenge).toBe('Bearer realm="clientflow"');
  });

  it('a token with a bad signature: error="invalid_token", described, never echoed', async () => {
    const token = await new SignJWT({ iat: now() })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('test|forged')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-that-is-also-long-enough-0123456789'));
    const answer = await send({ authorization: `Bearer ${token}` });
    expect(answer.status).toBe(401);
    expect(answer.codes).toEqual(['UNAUTHENTICATED']);
    expect(answer.challenge).toBe(
      'Bearer realm="clientflow", error="invalid_token", error_description="Invalid token: signature verification failed"',
    );
    expect(answer.challenge).not.toContain(token.split('.')[2]);
  });

  it('an expired token: error="invalid_token"', async () => {
    const token = await new SignJWT({ iat: now() - 7200 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('test|expired')
      .setExpirationTime(now() - 3600)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const answer = await send({ authorization: `Bearer ${token}` });
    expect(answer.status).toBe(401);
    expect(answer.challenge).toBe('Bearer realm="clientflow", error="invalid_token", error_description="Token expired"');
  });

  it('an unknown cf_ key and a revoked one: error="invalid_token"', async () => {
    const unknown = await send({ authorization: `Bearer cf_${'A'.repeat(43)}`, 'x-organization-id': '' });
    expect(unknown.status).toBe(401);
    expect(unknown.challenge).toBe(
      'Bearer realm="clientflow", error="invalid_token", error_description="This API key is unknown, revoked or expired"',
    );

    const created = await tenants.asAdmin.query(ApiKeyCreateDocument, { input: { name: 'Challenge', role: 'VIEWER' } });
    const { secret, apiKey } = created.data!.createApiKey;
    expect((await send({ authorization: `Bearer ${secret}`, 'x-organization-id': '' })).status).toBe(200);
    const revoked = await tenants.asAdmin.query(ApiKeyRevokeDocument, { id: apiKey.id });
    expect(revoked.errors).toBeUndefined();
    const after = await send({ authorization: `Bearer ${secret}`, 'x-organization-id': '' });
    expect(after.status).toBe(401);
    expect(after.challenge).toMatch(/^Bearer realm="clientflow", error="invalid_token"/);
    expect(after.challenge).not.toContain(secret);
  });

  it('an Authorization header that is not "Bearer <credential>": error="invalid_request"', async () => {
    const answer = await send({ authorization: 'Bearer two words' });
    expect(answer.status).toBe(401);
    expect(answer.challenge).toMatch(/^Bearer realm="clientflow", error="invalid_request", error_description="Malformed/);
  });

  it('browsers may read the challenge: CORS exposes WWW-Authenticate', async () => {
    const answer = await send({ origin: 'http://localhost:3000' });
    expect(answer.exposed?.toLowerCase().split(/\s*,\s*/)).toContain('www-authenticate');
  });

  it('a 200 carries no challenge', async () => {
    const response = await tenants.asViewer.query(CONTACTS);
    expect(response.errors).toBeUndefined();
    expect((await send({ authorization: `Bearer ${tenants.asViewer.token}` })).challenge).toBeNull();
  });
});

describe('the landing page (Apollo Sandbox)', () => {
  const servers: AppServer[] = [];
  const DEMO = { token: 'demo.token.for-the-sandbox', organizationId: '00000000-0000-4000-8000-00000000d3e0' };

  /** A second server on the test database, as main.ts builds it, in the given environment. */
  async function serverIn(nodeEnv: 'development' | 'production', sandboxDemo: typeof DEMO | null) {
    const config = loadConfig({
      NODE_ENV: nodeEnv,
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      AUTH_ISSUER: 'https://issuer.example.test',
      AUTH_AUDIENCE: 'clientflow-test',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      DATABASE_URL: tenants.app.databaseUrl,
      LOG_LEVEL: 'silent',
    });
    const server = await createServer({ config, database: tenants.app.database, logger: pino({ level: 'silent' }), sandboxDemo });
    servers.push(server);
    return `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
  }

  const page = async (url: string) => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    return { status: response.status, type: response.headers.get('content-type'), html: await response.text() };
  };

  let development: string;
  let developmentWithoutDemo: string;
  let production: string;
  beforeAll(async () => {
    [development, developmentWithoutDemo, production] = await Promise.all([
      serverIn('development', DEMO),
      serverIn('development', null),
      // Passed on purpose: production must ignore it.
      serverIn('production', DEMO),
    ]);
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  it('in development opens with the demo headers filled in and the demo operations loaded', async () => {
    const { status, type, html } = await page(development);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    expect(html).toContain('EmbeddedSandbox');
    // The config is JSON inside a script: the headers appear as JSON keys and values.
    expect(html).toContain('"sharedHeaders":{"Authorization":"Bearer demo.token.for-the-sandbox"');
    expect(html).toContain(`"X-Organization-Id":"${DEMO.organizationId}"`);
    // Operations of src/operations (the document is JSON-escaped inside the page).
    expect(html).toContain('mutation CreateContact(');
    expect(html).toContain('query Dashboard');
  });

  it('without a demo token the Sandbox still loads the operations, with no headers', async () => {
    const { status, html } = await page(developmentWithoutDemo);
    expect(status).toBe(200);
    expect(html).toContain('mutation CreateContact(');
    expect(html).not.toContain('sharedHeaders');
    expect(html).not.toContain('Authorization');
  });

  it('in production there is no landing page, and no token is ever written into one', async () => {
    const { status, html } = await page(production);
    expect(html).not.toContain('EmbeddedSandbox');
    expect(html).not.toContain(DEMO.token);
    expect(status).toBe(400);
  });
});
