import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { SignJWT, type JWTPayload } from 'jose';
import { createAccessTokenVerifier, signAccessToken } from '../../src/auth/jwt.js';
import { startTestApp, TEST_JWT_SECRET, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';

const CONTACTS = /* GraphQL */ `
  query Contacts {
    contacts(first: 5) {
      totalCount
    }
  }
`;
const ME = /* GraphQL */ `
  query Me {
    me {
      id
      email
      name
    }
  }
`;
const CREATE_CONTACT = /* GraphQL */ `
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      contact {
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
        deletedAt
      }
    }
  }
`;

const OTHER_SECRET = 'another-secret-that-is-also-long-enough-0123456789';
const now = () => Math.floor(Date.now() / 1000);
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs arbitrary claims (HS256 with the test secret unless told otherwise); iat is now unless given. */
function sign(claims: JWTPayload, options: { secret?: string; alg?: string } = {}) {
  return new SignJWT({ iat: now(), ...claims })
    .setProtectedHeader({ alg: options.alg ?? 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

function expectUnauthenticated(response: GraphQLResponse) {
  expect(response.status).toBe(401);
  expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  expect(response.data ?? null).toBeNull();
  // The error explains, but never echoes the token or key material.
  expect(JSON.stringify(response.errors)).not.toContain(TEST_JWT_SECRET);
}

describe('authentication over HTTP', () => {
  let app: TestApp;
  let org: TestOrganization;
  /** Sends a query with the given Authorization header value and the org header. */
  const send = (authorization: string | null, query = CONTACTS, variables?: Record<string, unknown>) =>
    app.post({ query, variables }, { 'x-organization-id': org.id, ...(authorization !== null ? { authorization } : {}) });
  /** Claims that the server accepts for the org's viewer; tests vary one thing at a time. */
  const viewerClaims = (): JWTPayload => ({ sub: org.viewer.subject, email: org.viewer.email, name: 'Auth-viewer', exp: now() + 600 });
  const usersWithSubject = async (subject: string) =>
    (await app.owner.query('SELECT count(*)::int AS n FROM users WHERE auth_subject = $1', [subject])).rows[0].n as number;

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Auth');
  });
  afterAll(async () => app?.close());

  it('a well-formed token for a member reads the organization (control for the cases below)', async () => {
    const response = await send(`Bearer ${await sign(viewerClaims())}`);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data.contacts.totalCount).toBe(0);
  });

  it('no Authorization header: a tenant query is UNAUTHENTICATED with no data', async () => {
    expectUnauthenticated(await send(null));
    expectUnauthenticated(await app.post({ query: CONTACTS }));
  });

  it('no Authorization header: a mutation is UNAUTHENTICATED and writes nothing', async () => {
    const before = await app.owner.query('SELECT count(*)::int AS n FROM contacts');
    expectUnauthenticated(await send(null, CREATE_CONTACT, { input: { firstName: 'Anon', lastName: 'Ymous' } }));
    const after = await app.owner.query('SELECT count(*)::int AS n FROM contacts');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it.each([
    ['Basic credentials', 'Basic x'],
    ['Basic with a valid-looking value', `Basic ${Buffer.from('user:pass').toString('base64')}`],
    ['Bearer with nothing', 'Bearer '],
    ['Bearer with garbage', 'Bearer garbage'],
    ['Bearer with three garbage segments', 'Bearer aaa.bbb.ccc'],
    ['a token without the Bearer scheme', 'TOKEN'],
  ])('%s → UNAUTHENTICATED', async (_label, authorization) => {
    const value = authorization === 'TOKEN' ? await sign(viewerClaims()) : authorization;
    expectUnauthenticated(await send(value));
  });

  it('an expired token (beyond the 5 s clock tolerance) → UNAUTHENTICATED "Token expired"', async () => {
    const response = await send(`Bearer ${await sign({ ...viewerClaims(), iat: now() - 120, exp: now() - 30 })}`);
    expectUnauthenticated(response);
    expect(response.errors![0]!.message).toBe('Token expired');
  });

  it('a token expired 1 s ago is still inside the clock tolerance', async () => {
    const response = await send(`Bearer ${await sign({ ...viewerClaims(), exp: now() - 1 })}`);
    expect(response.errors).toBeUndefined();
    expect(response.data.contacts.totalCount).toBe(0);
  });

  it('a not-yet-valid token (nbf in the future) → UNAUTHENTICATED', async () => {
    const response = await send(`Bearer ${await sign({ ...viewerClaims(), nbf: now() + 300 })}`);
    expectUnauthenticated(response);
    expect(response.errors![0]!.message).toMatch(/nbf/);
  });

  it('a token signed with another secret → UNAUTHENTICATED', async () => {
    const response = await send(`Bearer ${await sign(viewerClaims(), { secret: OTHER_SECRET })}`);
    expectUnauthenticated(response);
    expect(response.errors![0]!.message).toMatch(/signature/);
  });

  it('a token whose payload was edited after signing → UNAUTHENTICATED', async () => {
    const [header, , signature] = (await sign(viewerClaims())).split('.');
    const forged = `${header}.${base64url({ ...viewerClaims(), sub: org.owner.subject })}.${signature}`;
    expectUnauthenticated(await send(`Bearer ${forged}`));
  });

  it('an `alg: none` token (empty signature) → UNAUTHENTICATED', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(viewerClaims())}.`;
    expectUnauthenticated(await send(`Bearer ${unsigned}`));
    // Even for an owner's subject, and with the HS256 header but no signature.
    const unsignedOwner = `${base64url({ alg: 'none' })}.${base64url({ ...viewerClaims(), sub: org.owner.subject })}.`;
    expectUnauthenticated(await send(`Bearer ${unsignedOwner}`));
    const strippedSignature = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(viewerClaims())}.`;
    expectUnauthenticated(await send(`Bearer ${strippedSignature}`));
  });

  it('an HS384/HS512 token made with the same secret → UNAUTHENTICATED (only HS256 is accepted)', async () => {
    for (const alg of ['HS384', 'HS512']) {
      const response = await send(`Bearer ${await sign(viewerClaims(), { alg })}`);
      expectUnauthenticated(response);
      expect(response.errors![0]!.message).toMatch(/algorithm/);
    }
  });

  it('an HS256 token without exp → UNAUTHENTICATED', async () => {
    const { exp: _exp, ...claims } = viewerClaims();
    const response = await send(`Bearer ${await sign(claims)}`);
    expectUnauthenticated(response);
    expect(response.errors![0]!.message).toMatch(/exp/);
  });

  it('a token without sub, or with an empty or oversized sub → UNAUTHENTICATED', async () => {
    const { sub: _sub, ...claims } = viewerClaims();
    expectUnauthenticated(await send(`Bearer ${await sign(claims)}`));
    expectUnauthenticated(await send(`Bearer ${await sign({ ...claims, sub: '' })}`));
    expectUnauthenticated(await send(`Bearer ${await sign({ ...claims, sub: 'x'.repeat(256) })}`));
  });

  it('a rejected token provisions no user', async () => {
    const subject = `test|rejected|${randomUUID()}`;
    const claims = { sub: subject, email: 'rejected@example.test', name: 'Rejected', exp: now() + 600 };
    expectUnauthenticated(await send(`Bearer ${await sign(claims, { secret: OTHER_SECRET })}`, ME));
    expectUnauthenticated(await send(`Bearer ${await sign({ ...claims, exp: now() - 60 })}`, ME));
    expect(await usersWithSubject(subject)).toBe(0);
  });

  it('a valid token provisions the user just in time from its claims', async () => {
    const subject = `test|jit|${randomUUID()}`;
    expect(await usersWithSubject(subject)).toBe(0);
    const first = await app.post(
      { query: ME },
      {
        authorization: `Bearer ${await signAccessToken(TEST_JWT_SECRET, { sub: subject, email: 'jit@example.test', name: 'Jit First' })}`,
      },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data.me).toMatchObject({ email: 'jit@example.test', name: 'Jit First' });
    expect(await usersWithSubject(subject)).toBe(1);
  });

  it("a changed name claim updates the user's name", async () => {
    const subject = `test|jit|${randomUUID()}`;
    const first = await app.post(
      { query: ME },
      {
        authorization: `Bearer ${await signAccessToken(TEST_JWT_SECRET, { sub: subject, email: 'jit@example.test', name: 'Jit First' })}`,
      },
    );
    expect(first.errors).toBeUndefined();

    const second = await app.post(
      { query: ME },
      {
        authorization: `Bearer ${await signAccessToken(TEST_JWT_SECRET, { sub: subject, email: 'jit@example.test', name: 'Jit Renamed' })}`,
      },
    );
    expect(second.errors).toBeUndefined();
    expect(second.data.me).toEqual({ id: first.data.me.id, email: 'jit@example.test', name: 'Jit Renamed' });
    expect(await usersWithSubject(subject)).toBe(1);
    const row = await app.owner.query('SELECT email, name FROM users WHERE auth_subject = $1', [subject]);
    expect(row.rows[0]).toEqual({ email: 'jit@example.test', name: 'Jit Renamed' });
  });

  it('the role comes from the membership, not from a role claim in the token', async () => {
    const created = await org.member.query(CREATE_CONTACT, { input: { firstName: 'Kept', lastName: 'Contact' } });
    expect(created.errors).toBeUndefined();
    const contactId = created.data.createContact.contact.id;
    const token = await sign({ ...viewerClaims(), role: 'OWNER', roles: ['OWNER', 'ADMIN'], org_role: 'OWNER', orgId: org.id });

    const deleted = await send(`Bearer ${token}`, DELETE_CONTACT, { input: { id: contactId } });
    expect(deleted.status).toBe(403);
    expect(deleted.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(deleted.data ?? null).toBeNull();
    const row = await app.owner.query('SELECT deleted_at FROM contacts WHERE first_name = $1 AND last_name = $2', ['Kept', 'Contact']);
    expect(row.rows).toEqual([{ deleted_at: null }]);

    const role = await send(`Bearer ${token}`, '{ organization { viewerRole } }');
    expect(role.data.organization.viewerRole).toBe('VIEWER');
  });

  it('a valid token for a non-member naming the organization → FORBIDDEN, not UNAUTHENTICATED', async () => {
    const response = await send(`Bearer ${org.outsider.token}`);
    expect(response.status).toBe(403);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(response.data ?? null).toBeNull();
  });
});

describe('createAccessTokenVerifier (issuer and audience)', () => {
  const config = {
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    AUTH_JWKS_URL: undefined,
    AUTH_ISSUER: 'https://issuer.example.test/',
    AUTH_AUDIENCE: 'clientflow-api',
    AUTH_CLOCK_TOLERANCE_SECONDS: 5,
    AUTH_MAX_TOKEN_AGE_SECONDS: 3600,
  };
  const verify = createAccessTokenVerifier(config);
  const claims = { sub: 'test|verifier', email: 'v@example.test', name: 'Verifier', exp: now() + 600 };

  async function rejection(token: string) {
    const error = await verify(token).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('UNAUTHENTICATED');
    return (error as GraphQLError).message;
  }

  it('accepts the configured issuer and audience and returns the identity', async () => {
    const token = await sign({ ...claims, iss: config.AUTH_ISSUER, aud: config.AUTH_AUDIENCE });
    await expect(verify(token)).resolves.toEqual({
      subject: 'test|verifier',
      email: 'v@example.test',
      name: 'Verifier',
      emailVerified: false,
      // exp comes before iat + AUTH_MAX_TOKEN_AGE_SECONDS here.
      expiresAt: claims.exp * 1000,
    });
    // An audience list that includes ours is fine too.
    await expect(verify(await sign({ ...claims, iss: config.AUTH_ISSUER, aud: ['other', config.AUTH_AUDIENCE] }))).resolves.toMatchObject({
      subject: 'test|verifier',
    });
  });

  it('the token signer helper sets issuer and audience the verifier accepts', async () => {
    const token = await signAccessToken(
      TEST_JWT_SECRET,
      { sub: 'test|helper' },
      { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE },
    );
    // The helper's 12 h exp is after iat + AUTH_MAX_TOKEN_AGE_SECONDS (1 h): that sooner time is when it stops being accepted.
    const { iat } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { iat: number };
    await expect(verify(token)).resolves.toEqual({
      subject: 'test|helper',
      email: null,
      name: null,
      emailVerified: false,
      expiresAt: (iat + config.AUTH_MAX_TOKEN_AGE_SECONDS) * 1000,
    });
  });

  it('reports a verified e-mail only for email_verified: true with an email claim (not "true", not without email)', async () => {
    const good = { ...claims, iss: config.AUTH_ISSUER, aud: config.AUTH_AUDIENCE };
    await expect(verify(await sign({ ...good, email_verified: true }))).resolves.toMatchObject({
      email: 'v@example.test',
      emailVerified: true,
    });
    await expect(verify(await sign({ ...good, email_verified: 'true' }))).resolves.toMatchObject({ emailVerified: false });
    await expect(verify(await sign({ ...good, email_verified: false }))).resolves.toMatchObject({ emailVerified: false });
    await expect(verify(await sign({ ...good, email: undefined, email_verified: true }))).resolves.toMatchObject({
      email: null,
      emailVerified: false,
    });
  });

  it('rejects a wrong or missing issuer', async () => {
    expect(await rejection(await sign({ ...claims, iss: 'https://evil.example.test/', aud: config.AUTH_AUDIENCE }))).toMatch(/iss/);
    expect(await rejection(await sign({ ...claims, aud: config.AUTH_AUDIENCE }))).toMatch(/iss/);
  });

  it('rejects a wrong or missing audience', async () => {
    expect(await rejection(await sign({ ...claims, iss: config.AUTH_ISSUER, aud: 'someone-else' }))).toMatch(/aud/);
    expect(await rejection(await sign({ ...claims, iss: config.AUTH_ISSUER }))).toMatch(/aud/);
  });

  it('rejects expired, unsigned and foreign-key tokens with UNAUTHENTICATED too', async () => {
    const good = { ...claims, iss: config.AUTH_ISSUER, aud: config.AUTH_AUDIENCE };
    expect(await rejection(await sign({ ...good, exp: now() - 30 }))).toBe('Token expired');
    expect(await rejection(`${base64url({ alg: 'none' })}.${base64url(good)}.`)).toMatch(/Invalid token/);
    expect(await rejection(await sign(good, { secret: OTHER_SECRET }))).toMatch(/signature/);
    expect(await rejection('not-a-jwt')).toBe('Invalid token');
  });

  it('refuses a token issued longer ago than the maximum token age, whatever its exp', async () => {
    const good = { ...claims, iss: config.AUTH_ISSUER, aud: config.AUTH_AUDIENCE, exp: now() + 86_400 };
    expect(await rejection(await sign({ ...good, iat: now() - 3600 - 60 }))).toMatch(/too old/);
    await expect(verify(await sign({ ...good, iat: now() - 3600 + 60 }))).resolves.toMatchObject({ subject: 'test|verifier' });
  });

  it('refuses a token issued in the future beyond the clock tolerance', async () => {
    const good = { ...claims, iss: config.AUTH_ISSUER, aud: config.AUTH_AUDIENCE };
    expect(await rejection(await sign({ ...good, iat: now() + 60 }))).toMatch(/iat/);
    // Within the 5 s tolerance, a slightly fast issuer clock is fine.
    await expect(verify(await sign({ ...good, iat: now() + 2 }))).resolves.toMatchObject({ subject: 'test|verifier' });
  });

  it('refuses a token without iat (its age could not be checked)', async () => {
    expect(await rejection(await sign({ ...claims, iss: config.AUTH_ISSUER, aud: config.AUTH_AUDIENCE, iat: undefined }))).toMatch(/iat/);
  });

  it('without issuer/audience configured, tokens carrying them are still accepted', async () => {
    const open = createAccessTokenVerifier({ ...config, AUTH_ISSUER: undefined, AUTH_AUDIENCE: undefined });
    await expect(open(await sign({ ...claims, iss: 'anyone', aud: 'anything' }))).resolves.toMatchObject({ subject: 'test|verifier' });
  });
});
