import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { signAccessToken } from '../../../src/auth/jwt.js';
import { LOCAL_APP_PASSWORD, LOCAL_APP_ROLE } from '../../../src/db/local-database.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import { codes, fields } from '../../helpers/responses.js';

const UPDATE_PROFILE = 'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id name } } }';
const ME = '{ me { id name } }';

describe('updateProfile', () => {
  let app: TestApp;
  let org: TestOrganization;
  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Profiles');
  });
  afterAll(async () => app?.close());

  const displayNameOf = async (email: string) =>
    (await app.owner.query('SELECT display_name FROM users WHERE email = $1', [email])).rows[0]?.display_name as string | null;

  it('sets your display name, shown as User.name to you and to your organization', async () => {
    const actor = await app.actor('renamer');
    const updated = await actor.query(UPDATE_PROFILE, { input: { name: '  Ada L.  ' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateProfile.user.name).toBe('Ada L.');
    expect((await actor.query(ME)).data.me.name).toBe('Ada L.');
    expect(await displayNameOf(actor.email)).toBe('Ada L.');
  });

  it("survives the identity provider's name on later requests; null goes back to it", async () => {
    const subject = `profile-${Date.now()}`;
    const email = `${subject}@example.test`;
    const token = (name: string) => signAccessToken(TEST_JWT_SECRET, { sub: subject, email, name, email_verified: true });
    const post = async (query: string, variables: Record<string, unknown>, name: string) =>
      app.post({ query, variables }, { authorization: `Bearer ${await token(name)}` });
    expect((await post(UPDATE_PROFILE, { input: { name: 'Chosen' } }, 'From IdP')).errors).toBeUndefined();
    const later = await post(ME, {}, 'Renamed at IdP');
    expect(later.data.me.name).toBe('Chosen');
    const cleared = await post(UPDATE_PROFILE, { input: { name: null } }, 'Renamed at IdP');
    expect(cleared.data.updateProfile.user.name).toBe('Renamed at IdP');
    expect(await displayNameOf(email)).toBeNull();
  });

  it('refuses a name over 120 characters (BAD_USER_INPUT on name) and writes nothing', async () => {
    const actor = await app.actor('long-name');
    const refused = await actor.query(UPDATE_PROFILE, { input: { name: 'x'.repeat(121) } });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(fields(refused)).toEqual(['name']);
    expect(await displayNameOf(actor.email)).toBeNull();
  });

  it('a member in an organization renames only themselves', async () => {
    const before = await displayNameOf(org.viewer.email);
    expect((await org.member.query(UPDATE_PROFILE, { input: { name: 'Member Name' } })).errors).toBeUndefined();
    expect(await displayNameOf(org.member.email)).toBe('Member Name');
    expect(await displayNameOf(org.viewer.email)).toBe(before);
    const members = await org.viewer.query('{ members(first: 10) { edges { node { user { email name } } } } }');
    const names = members.data.members.edges.map((edge: { node: { user: { email: string; name: string } } }) => edge.node.user);
    expect(names).toContainEqual({ email: org.member.email, name: 'Member Name' });
  });

  it("SQL in the API's role cannot rename another user through app.update_profile", async () => {
    const victim = await app.actor('victim');
    await victim.query(ME);
    const victimId = (await app.owner.query('SELECT id FROM users WHERE email = $1', [victim.email])).rows[0].id as string;
    const { host, port, database } = app.owner as unknown as { host: string; port: number; database: string };
    const api = new pg.Client({ host, port, database, user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD });
    await api.connect();
    try {
      // Unbound transaction: a forged user id alone.
      await api.query('BEGIN');
      await api.query("SELECT set_config('app.current_user_id', $1, true)", [victimId]);
      await expect(api.query("SELECT app.update_profile('Pwned')")).rejects.toMatchObject({ code: '42501' });
      await api.query('ROLLBACK');
      // Bound to the attacker by app.begin_request, then pointing at the victim.
      await api.query('BEGIN');
      await api.query("SELECT * FROM app.begin_request('attacker-subject', 'attacker@example.test', 'Attacker', NULL)");
      await api.query("SELECT set_config('app.current_user_id', $1, true)", [victimId]);
      await expect(api.query("SELECT app.update_profile('Pwned')")).rejects.toMatchObject({ code: '42501' });
      await api.query('ROLLBACK');
    } finally {
      await api.end();
    }
    expect(await displayNameOf(victim.email)).toBeNull();
  });

  it("SQL in the API's role cannot set another user's avatar through app.set_avatar", async () => {
    const victim = await app.actor('avatar-victim');
    await victim.query(ME);
    const victimId = (await app.owner.query('SELECT id FROM users WHERE email = $1', [victim.email])).rows[0].id as string;
    const { host, port, database } = app.owner as unknown as { host: string; port: number; database: string };
    const api = new pg.Client({ host, port, database, user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD });
    await api.connect();
    const setAvatar = () =>
      api.query("SELECT app.set_avatar(gen_random_uuid(), 'image/png', 10, repeat('a', 64))").then(
        () => 'no error',
        (error: { code?: string }) => error.code,
      );
    try {
      await api.query('BEGIN');
      await api.query("SELECT set_config('app.current_user_id', $1, true)", [victimId]);
      expect(await setAvatar()).toBe('42501');
      await api.query('ROLLBACK');
      await api.query('BEGIN');
      await api.query("SELECT * FROM app.begin_request('avatar-attacker', 'avatar-attacker@example.test', 'Attacker', NULL)");
      await api.query("SELECT set_config('app.current_user_id', $1, true)", [victimId]);
      expect(await setAvatar()).toBe('42501');
      await api.query('ROLLBACK');
      // The helper that checks the binding is not the API's to call.
      await api.query('BEGIN');
      expect(
        await api.query('SELECT app.bound_person()').then(
          () => 'no error',
          (error: { code?: string }) => error.code,
        ),
      ).toBe('42501');
      await api.query('ROLLBACK');
    } finally {
      await api.end();
    }
    expect((await app.owner.query('SELECT avatar_id FROM users WHERE id = $1', [victimId])).rows[0].avatar_id).toBeNull();
  });
});
