import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signAccessToken } from '../../src/auth/jwt.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../helpers/app.js';

const ME = /* GraphQL */ `
  query Me {
    me {
      email
      name
    }
  }
`;

// BEGIN and app.begin_request travel as one message with the claims inlined as escaped
// literals (src/db/client.ts, src/context/index.ts): hostile claims must arrive verbatim.
describe('the request transaction opening', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app.close());

  it.each([
    ["O'Brien; DROP TABLE users; --", "o'brien@example.test"],
    ["Zoë \\ 你好 $$ E'\\x00'", 'back\\slash@example.test'],
    ["'); SELECT set_config('app.current_org_id', 'x', true); --", 'quote@example.test'],
  ])('stores the name %j exactly and runs nothing else', async (name, email) => {
    const token = await signAccessToken(TEST_JWT_SECRET, { sub: `hostile|${name}`, email, name });
    const response = await app.post({ query: ME }, { authorization: `Bearer ${token}` });
    expect(response.errors).toBeUndefined();
    expect(response.data.me).toEqual({ email, name });
    const { rows } = await app.owner.query('SELECT name FROM users WHERE auth_subject = $1', [`hostile|${name}`]);
    expect(rows).toEqual([{ name }]);
    const tables = await app.owner.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'users'`);
    expect(tables.rows[0].n).toBe(1);
  });

  it('drops a profile claim PostgreSQL cannot store', async () => {
    const token = await signAccessToken(TEST_JWT_SECRET, { sub: 'nul|user', email: 'nul@example.test', name: 'bad\u0000name' });
    const response = await app.post({ query: ME }, { authorization: `Bearer ${token}` });
    expect(response.errors).toBeUndefined();
    expect(response.data.me).toEqual({ email: 'nul@example.test', name: null });
  });

  it('refuses a subject PostgreSQL cannot store (UNAUTHENTICATED)', async () => {
    const badSubject = await signAccessToken(TEST_JWT_SECRET, { sub: 'nul\u0000subject' });
    const refused = await app.post({ query: ME }, { authorization: `Bearer ${badSubject}` });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.data ?? null).toBeNull();
  });

  it('sends BEGIN and begin_request in one round trip', async () => {
    const token = await signAccessToken(TEST_JWT_SECRET, { sub: 'roundtrip|user', email: 'rt@example.test', name: 'RT' });
    await app.post({ query: ME }, { authorization: `Bearer ${token}` });
    app.database.statements.reset();
    app.database.statements.recordText = true;
    await app.post({ query: ME }, { authorization: `Bearer ${token}` });
    app.database.statements.recordText = false;
    expect(app.database.statements.statements[0]).toMatch(
      /^BEGIN; SELECT b\.user_id, b\.role, b\.is_platform_admin, NULL::uuid AS org_id, NULL::uuid AS api_key_id\s+FROM \(SELECT set_config\('statement_timeout'[\s\S]*app\.begin_request\('roundtrip\|user'/,
    );
    expect(app.database.statements.statements.filter((text) => text === 'BEGIN')).toHaveLength(0);
    expect(app.database.statements.count).toBe(3); // BEGIN+begin_request, the user lookup, COMMIT
  });
});
