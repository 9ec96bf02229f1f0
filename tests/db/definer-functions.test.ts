/**
 * SECURITY DEFINER functions run with the owner's rights, so SQL running as the API's role must
 * not be able to steer them: no temporary table may stand in for one of ours (search_path pins
 * pg_temp last, and the API role may not create temporary tables at all), and the one function
 * that writes users (app.provision_user) is reached only through app.begin_request, which binds
 * the transaction to one user. Each attack below runs as the API's login role, in SQL.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { assertRlsBoundRole } from '../../src/db/bootstrap.js';
import { LOCAL_APP_PASSWORD, LOCAL_APP_ROLE } from '../../src/db/local-database.js';
import { startTestApp, type Actor, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';

const DEFINER_FUNCTIONS_SQL = `
  SELECT p.oid::regprocedure::text AS function, p.proconfig
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   ORDER BY 1`;

const errorCode = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (error: { code?: string }) => error.code,
  );

describe('SECURITY DEFINER functions under the API role', () => {
  let app: TestApp;
  let org: TestOrganization;
  let victim: Actor;
  let api: pg.Client;
  let database: string;

  const userRow = async (subject: string) =>
    (await app.owner.query('SELECT email, name, is_platform_admin FROM users WHERE auth_subject = $1', [subject])).rows[0];

  /** Runs `work` in one transaction on the API role's connection, then rolls it back. */
  async function asApi<T>(work: () => Promise<T>): Promise<T> {
    await api.query('BEGIN');
    try {
      return await work();
    } finally {
      await api.query('ROLLBACK');
    }
  }

  const beginRequest = (subject: string, email: string | null, name: string | null, orgId: string | null = null) =>
    api.query('SELECT user_id, role, is_platform_admin FROM app.begin_request($1, $2, $3, $4::uuid)', [subject, email, name, orgId]);

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Definer');
    victim = await app.actor('victim');
    const { host, port } = app.owner as unknown as { host: string; port: number };
    database = (app.owner as unknown as { database: string }).database;
    api = new pg.Client({ host, port, database, user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD });
    await api.connect();
  });
  afterAll(async () => {
    await api?.end();
    await app?.close();
  });

  it('every SECURITY DEFINER function pins search_path with pg_temp last', async () => {
    const { rows } = await app.owner.query<{ function: string; proconfig: string[] | null }>(DEFINER_FUNCTIONS_SQL);
    expect(rows.map((row) => row.function)).toEqual(
      expect.arrayContaining(['app.begin_request(text,text,text,uuid)', 'app.accept_invitation(uuid,text,boolean)']),
    );
    const unpinned = rows
      .filter((row) => {
        const setting = row.proconfig?.find((entry) => entry.startsWith('search_path='));
        const path =
          setting
            ?.slice('search_path='.length)
            .split(',')
            .map((part) => part.trim()) ?? [];
        return path.at(-1) !== 'pg_temp';
      })
      .map((row) => `${row.function}: ${row.proconfig?.join('; ') ?? 'no search_path'}`);
    expect(unpinned).toEqual([]);
  });

  describe('temporary tables', () => {
    it('the API role may not create one in its database', async () => {
      const { rows } = await api.query("SELECT has_database_privilege(current_database(), 'TEMPORARY') AS allowed");
      expect(rows[0].allowed).toBe(false);
      expect(await asApi(() => errorCode(api.query('CREATE TEMP TABLE users (id uuid, is_platform_admin boolean)')))).toBe('42501');
    });

    it('start-up refuses an API role that may create them, and accepts it once revoked', async () => {
      const { host, port } = app.owner as unknown as { host: string; port: number };
      const url = `postgres://${LOCAL_APP_ROLE}:${LOCAL_APP_PASSWORD}@${host}:${port}/${database}`;
      await expect(assertRlsBoundRole(url)).resolves.toBeUndefined();
      await app.owner.query(`GRANT TEMPORARY ON DATABASE "${database}" TO clientflow_app`);
      try {
        await expect(assertRlsBoundRole(url)).rejects.toThrow(/temporary tables.*REVOKE TEMPORARY ON DATABASE/);
      } finally {
        await app.owner.query(`REVOKE TEMPORARY ON DATABASE "${database}" FROM clientflow_app`);
      }
    });

    // Defence in depth: even a role that may create temporary tables cannot shadow our tables
    // inside a definer function, because pg_temp comes last in its search_path.
    describe('granted anyway (this database only)', () => {
      let shadow: pg.Client;
      beforeAll(async () => {
        await app.owner.query(`GRANT TEMPORARY ON DATABASE "${database}" TO clientflow_app`);
        // A fresh session: the privilege is checked when the session first creates a temporary table.
        const { host, port } = app.owner as unknown as { host: string; port: number };
        shadow = new pg.Client({ host, port, database, user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD });
        await shadow.connect();
      });
      afterAll(async () => {
        await shadow?.end();
        await app.owner.query(`REVOKE TEMPORARY ON DATABASE "${database}" FROM clientflow_app`);
      });

      async function inShadowTransaction<T>(work: () => Promise<T>): Promise<T> {
        await shadow.query('BEGIN');
        try {
          return await work();
        } finally {
          await shadow.query('ROLLBACK');
        }
      }

      it('a temporary users table does not make anyone a platform administrator', async () => {
        const flags = await inShadowTransaction(async () => {
          const [bound] = (
            await shadow.query('SELECT user_id FROM app.begin_request($1, $2, $3, NULL)', [victim.subject, victim.email, 'victim'])
          ).rows;
          await shadow.query('CREATE TEMP TABLE users (id uuid, auth_subject text, email text, name text, is_platform_admin boolean)');
          await shadow.query("INSERT INTO pg_temp.users VALUES ($1, $2, 'x', 'x', true)", [bound.user_id, victim.subject]);
          const direct = await shadow.query('SELECT app.is_platform_admin() AS flag');
          const viaRequest = await shadow.query('SELECT is_platform_admin AS flag FROM app.begin_request($1, $2, $3, NULL)', [
            victim.subject,
            victim.email,
            'victim',
          ]);
          return [direct.rows[0].flag, viaRequest.rows[0].flag];
        });
        expect(flags).toEqual([false, false]);
      });

      it('a temporary audit_log table does not swallow audit entries', async () => {
        const entries = await inShadowTransaction(async () => {
          await shadow.query('SELECT app.begin_request($1, $2, $3, $4::uuid)', [org.owner.subject, org.owner.email, null, org.id]);
          await shadow.query('CREATE TEMP TABLE audit_log (LIKE public.audit_log)');
          const created = await shadow.query(
            "INSERT INTO companies (org_id, name, updated_at) VALUES ($1, 'Audited anyway', now()) RETURNING id",
            [org.id],
          );
          const real = await shadow.query('SELECT count(*)::int AS n FROM public.audit_log WHERE record_id = $1', [created.rows[0].id]);
          const temporary = await shadow.query('SELECT count(*)::int AS n FROM pg_temp.audit_log');
          return { real: real.rows[0].n, temporary: temporary.rows[0].n };
        });
        expect(entries).toEqual({ real: 1, temporary: 0 });
      });
    });
  });

  describe("another user's row", () => {
    it('nothing but app.begin_request writes users: app.provision_user is gone and the API role has no write on users', async () => {
      const before = await userRow(victim.subject);
      const code = await asApi(async () => {
        await beginRequest(org.member.subject, org.member.email, 'member');
        return errorCode(api.query("SELECT app.provision_user($1, 'attacker@example.test', 'Pwned')", [victim.subject]));
      });
      expect(code).toBe('42883'); // undefined_function
      expect(await userRow(victim.subject)).toEqual(before);
      const { rows } = await app.owner.query("SELECT has_table_privilege($1, 'users', 'INSERT, UPDATE, DELETE') AS writes", [
        LOCAL_APP_ROLE,
      ]);
      expect(rows[0].writes).toBe(false);
    });

    it('app.begin_request refuses to re-bind a transaction to another subject (and writes nothing)', async () => {
      const before = await userRow(victim.subject);
      const code = await asApi(async () => {
        await beginRequest(org.member.subject, org.member.email, 'member');
        return errorCode(beginRequest(victim.subject, 'attacker@example.test', 'Pwned'));
      });
      expect(code).toBe('42501');
      expect(await userRow(victim.subject)).toEqual(before);
    });

    it('resetting app.current_user_id first does not lift the binding', async () => {
      const before = await userRow(victim.subject);
      const code = await asApi(async () => {
        await beginRequest(org.member.subject, org.member.email, 'member');
        await api.query("SELECT set_config('app.current_user_id', '', true), set_config('app.current_org_id', '', true)");
        return errorCode(beginRequest(victim.subject, 'attacker@example.test', 'Pwned'));
      });
      expect(code).toBe('42501');
      expect(await userRow(victim.subject)).toEqual(before);
    });

    it('a subject never seen before cannot be provisioned inside a bound transaction', async () => {
      const code = await asApi(async () => {
        await beginRequest(org.member.subject, org.member.email, 'member');
        return errorCode(beginRequest('test|smuggled|subject', 'smuggled@example.test', 'Smuggled'));
      });
      expect(code).toBe('42501');
      expect(await userRow('test|smuggled|subject')).toBeUndefined();
    });

    it('the same subject may call it again in its transaction (e.g. to name an organization)', async () => {
      const roles = await asApi(async () => {
        const first = await beginRequest(org.member.subject, org.member.email, 'member');
        const again = await beginRequest(org.member.subject, org.member.email, 'member', org.id);
        return [first.rows[0].role, again.rows[0].role];
      });
      expect(roles).toEqual([null, 'MEMBER']);
    });

    it('the binding ends with the transaction: the next one on the connection binds anew', async () => {
      const ids = [];
      for (const actor of [org.member, victim]) {
        ids.push(await asApi(async () => (await beginRequest(actor.subject, actor.email, null)).rows[0].user_id));
      }
      expect(new Set(ids).size).toBe(2);
    });
  });
});
