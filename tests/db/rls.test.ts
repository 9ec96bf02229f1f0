/**
 * Row-level security as the database defines it: catalog checks through app.owner (every
 * org_id table forced under RLS with one policy per command, the API role powerless, composite
 * foreign keys), then a direct SQL proof on a connection as the API's login role.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';

const API_ROLE = 'clientflow_api';
const API_PASSWORD = 'clientflow-api-local';

const CREATE_COMPANY = /* GraphQL */ `
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company {
        id
      }
    }
  }
`;

/** Ordinary tables (plain or partitioned) outside the catalogs that have an org_id column. */
const ORG_TABLES_SQL = `
  SELECT c.oid, n.nspname AS schema, c.relname AS table, c.relrowsecurity, c.relforcerowsecurity
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p')
     AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
     AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped)
   ORDER BY 2, 3`;

const POLICIES_SQL = `
  SELECT schemaname AS schema, tablename AS table, policyname, permissive, cmd, qual, with_check, roles::text[] AS roles
    FROM pg_policies ORDER BY 1, 2, 3`;

/** The API login role and every role it is a member of, directly or not. */
const API_ROLES_SQL = `
  WITH RECURSIVE member_of(oid) AS (
    SELECT oid FROM pg_roles WHERE rolname = $1
    UNION
    SELECT m.roleid FROM pg_auth_members m JOIN member_of ON m.member = member_of.oid
  )
  SELECT r.oid, r.rolname, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb
    FROM pg_roles r JOIN member_of USING (oid) ORDER BY r.rolname`;

const OWNED_BY_API_ROLES_SQL = `
  WITH RECURSIVE member_of(oid) AS (
    SELECT oid FROM pg_roles WHERE rolname = $1
    UNION
    SELECT m.roleid FROM pg_auth_members m JOIN member_of ON m.member = member_of.oid
  )
  SELECT 'relation ' || c.oid::regclass::text AS what FROM pg_class c WHERE c.relowner IN (SELECT oid FROM member_of)
  UNION ALL
  SELECT 'schema ' || n.nspname FROM pg_namespace n WHERE n.nspowner IN (SELECT oid FROM member_of)
  UNION ALL
  SELECT 'function ' || p.oid::regprocedure::text FROM pg_proc p WHERE p.proowner IN (SELECT oid FROM member_of)`;

/** Every foreign key whose two tables both have org_id, with org_id's attnum on each side. */
const TENANT_FOREIGN_KEYS_SQL = `
  SELECT con.conname, con.conrelid::regclass::text AS from_table, con.confrelid::regclass::text AS to_table,
         con.conkey, con.confkey, fa.attnum AS from_org, ta.attnum AS to_org
    FROM pg_constraint con
    JOIN pg_attribute fa ON fa.attrelid = con.conrelid AND fa.attname = 'org_id' AND NOT fa.attisdropped
    JOIN pg_attribute ta ON ta.attrelid = con.confrelid AND ta.attname = 'org_id' AND NOT ta.attisdropped
   WHERE con.contype = 'f'
   ORDER BY 1`;

function withoutCatalogs<T extends { schema: string }>(rows: T[]) {
  return rows.filter((row) => row.schema !== 'pg_catalog' && row.schema !== 'information_schema');
}

describe('row-level security', () => {
  let app: TestApp;
  let orgA: TestOrganization;
  let orgB: TestOrganization;
  let orgTables: { oid: number; schema: string; table: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[];

  beforeAll(async () => {
    app = await startTestApp();
    orgA = await createOrganization(app, 'Alpha');
    orgB = await createOrganization(app, 'Beta');
    for (const [org, names] of [
      [orgA, ['A1', 'A2']],
      [orgB, ['B1']],
    ] as const) {
      for (const name of names) {
        const created = await org.member.query(CREATE_COMPANY, { input: { name } });
        if (created.errors) throw new Error(JSON.stringify(created.errors));
      }
    }
    orgTables = (await app.owner.query(ORG_TABLES_SQL)).rows;
  });
  afterAll(async () => app?.close());

  describe('catalog', () => {
    it('finds the tenant tables (the checks below have something to check)', () => {
      const names = orgTables.map((row) => row.table);
      expect(names).toEqual(
        expect.arrayContaining(['memberships', 'companies', 'contacts', 'leads', 'pipelines', 'pipeline_stages', 'deals', 'activities']),
      );
    });

    it('every table with org_id has row-level security enabled and forced', () => {
      const offenders = orgTables
        .filter((row) => !row.relrowsecurity || !row.relforcerowsecurity)
        .map((row) => `${row.schema}.${row.table} enabled=${row.relrowsecurity} forced=${row.relforcerowsecurity}`);
      expect(offenders).toEqual([]);
    });

    it('every table with org_id has policies for SELECT, INSERT, UPDATE and DELETE, with WITH CHECK on INSERT and UPDATE', async () => {
      const policies = (await app.owner.query(POLICIES_SQL)).rows;
      const apiRoles = new Set<string>((await app.owner.query(API_ROLES_SQL, [API_ROLE])).rows.map((role) => role.rolname));
      // A policy for another role (the owner of a SECURITY DEFINER function, sql/11_invitations.sql) never applies
      // to the API; tests/graphql/invitations.test.ts checks the one there is.
      const appliesToApi = (policy: { roles: string[] }) => policy.roles.some((role) => role === 'public' || apiRoles.has(role));
      const problems: string[] = [];
      for (const { schema, table } of orgTables) {
        const own = policies.filter((policy) => policy.schema === schema && policy.table === table && policy.permissive === 'PERMISSIVE');
        // The audit log is append-only: no UPDATE or DELETE policy is the point (sql/50_audit_log.sql).
        const commands = table === 'audit_log' ? ['SELECT', 'INSERT'] : ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];
        for (const cmd of commands) {
          const covering = own.filter((policy) => policy.cmd === cmd || policy.cmd === 'ALL');
          if (covering.length === 0) problems.push(`${table}: no ${cmd} policy`);
          if ((cmd === 'INSERT' || cmd === 'UPDATE') && covering.some((policy) => policy.with_check === null && policy.cmd !== 'ALL')) {
            problems.push(`${table}: a ${cmd} policy without WITH CHECK`);
          }
          if (cmd === 'UPDATE' && covering.some((policy) => policy.qual === null))
            problems.push(`${table}: an UPDATE policy without USING`);
        }
        // Every policy of a tenant table that binds the API compares org_id with the request's organization.
        for (const policy of own.filter(appliesToApi)) {
          const expression = `${policy.qual ?? ''} ${policy.with_check ?? ''}`;
          if (!expression.includes('org_id') || !expression.includes('app.current_org_id')) {
            problems.push(`${table}.${policy.policyname} does not compare org_id with app.current_org_id: ${expression}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('organizations (enabled and forced) and users (enabled) are under row-level security', async () => {
      const result = await app.owner.query(
        `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
          WHERE relnamespace = 'public'::regnamespace AND relname IN ('organizations', 'users') ORDER BY relname`,
      );
      expect(result.rows).toEqual([
        { relname: 'organizations', relrowsecurity: true, relforcerowsecurity: true },
        { relname: 'users', relrowsecurity: true, relforcerowsecurity: expect.any(Boolean) },
      ]);
    });

    it('every table the API role may touch is under row-level security', async () => {
      const result = await app.owner.query(
        `SELECT c.oid::regclass::text AS table, c.relrowsecurity
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
            AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            AND has_table_privilege($1, c.oid, 'SELECT, INSERT, UPDATE, DELETE')
          ORDER BY 1`,
        [API_ROLE],
      );
      expect(result.rows.map((row) => row.table)).toEqual(expect.arrayContaining(['companies', 'organizations', 'users']));
      expect(result.rows.filter((row) => !row.relrowsecurity).map((row) => row.table)).toEqual([]);
    });

    it(`${API_ROLE} and every role it belongs to is neither superuser nor BYPASSRLS`, async () => {
      const roles = (await app.owner.query(API_ROLES_SQL, [API_ROLE])).rows;
      expect(roles.map((role) => role.rolname)).toEqual(expect.arrayContaining([API_ROLE, 'clientflow_app']));
      const powerful = roles.filter((role) => role.rolsuper || role.rolbypassrls || role.rolcreaterole).map((role) => role.rolname);
      expect(powerful).toEqual([]);
    });

    it(`${API_ROLE} and its roles own no table, schema or function (so no RLS exemption, no ALTER)`, async () => {
      const owned = (await app.owner.query(OWNED_BY_API_ROLES_SQL, [API_ROLE])).rows.map((row) => row.what);
      expect(owned).toEqual([]);
    });

    it('every foreign key between two tenant tables includes org_id on both sides, paired', async () => {
      const keys = (await app.owner.query(TENANT_FOREIGN_KEYS_SQL)).rows;
      // Contacts, leads, deals, activities and stages reference each other: many keys to check.
      expect(keys.length).toBeGreaterThanOrEqual(15);
      const offenders = keys
        .filter((key) => {
          const position = (key.conkey as number[]).indexOf(key.from_org);
          return position < 0 || (key.confkey as number[])[position] !== key.to_org;
        })
        .map((key) => `${key.conname}: ${key.from_table}(${key.conkey}) -> ${key.to_table}(${key.confkey})`);
      expect(offenders).toEqual([]);
    });
  });

  describe(`as ${API_ROLE}, directly in SQL`, () => {
    let api: pg.Client;
    let countA: number;
    let countB: number;

    beforeAll(async () => {
      const { host, port, database } = app.owner as unknown as { host: string; port: number; database: string };
      api = new pg.Client({ host, port, database, user: API_ROLE, password: API_PASSWORD });
      await api.connect();
      const counts = await app.owner.query(
        'SELECT count(*) FILTER (WHERE org_id = $1)::int AS a, count(*) FILTER (WHERE org_id = $2)::int AS b FROM companies',
        [orgA.id, orgB.id],
      );
      countA = counts.rows[0].a;
      countB = counts.rows[0].b;
    });
    afterAll(async () => api?.end());

    /** Runs `work` in one transaction on the API connection, then rolls it back. */
    async function inTransaction<T>(work: () => Promise<T>): Promise<T> {
      await api.query('BEGIN');
      try {
        return await work();
      } finally {
        await api.query('ROLLBACK');
      }
    }

    const errorCode = (promise: Promise<unknown>) =>
      promise.then(
        () => 'no error',
        (error: { code?: string }) => error.code,
      );

    it('is really the API role', async () => {
      const result = await api.query(
        'SELECT current_user AS who, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user',
      );
      expect(result.rows).toEqual([{ who: API_ROLE, rolsuper: false, rolbypassrls: false }]);
      expect(countA).toBe(2);
      expect(countB).toBe(1);
    });

    it('without app.current_org_id sees no row of a table that has rows', async () => {
      const setting = await api.query("SELECT current_setting('app.current_org_id', true) AS value");
      expect(setting.rows[0].value ?? '').toBe('');
      for (const table of ['companies', 'pipelines', 'pipeline_stages', 'memberships', 'organizations']) {
        const result = await api.query(`SELECT count(*)::int AS n FROM ${table}`);
        expect({ table, n: result.rows[0].n }).toEqual({ table, n: 0 });
      }
    });

    it("with app.current_org_id = A sees exactly A's rows", async () => {
      const rows = await inTransaction(async () => {
        await api.query("SELECT set_config('app.current_org_id', $1, true)", [orgA.id]);
        return (await api.query('SELECT org_id FROM companies')).rows;
      });
      expect(rows).toHaveLength(countA);
      expect(new Set(rows.map((row) => row.org_id))).toEqual(new Set([orgA.id]));
    });

    it("inserting a row with B's org_id while the current org is A fails with 42501", async () => {
      const code = await inTransaction(async () => {
        await api.query("SELECT set_config('app.current_org_id', $1, true)", [orgA.id]);
        return errorCode(api.query("INSERT INTO companies (org_id, name) VALUES ($1, 'Smuggled')", [orgB.id]));
      });
      expect(code).toBe('42501');
      const smuggled = await app.owner.query("SELECT count(*)::int AS n FROM companies WHERE name = 'Smuggled'");
      expect(smuggled.rows[0].n).toBe(0);
    });

    it("moving A's row to B fails with 42501, and B's rows cannot be updated or deleted", async () => {
      const outcome = await inTransaction(async () => {
        await api.query("SELECT set_config('app.current_org_id', $1, true)", [orgA.id]);
        await api.query('SAVEPOINT before_move');
        const move = await errorCode(api.query('UPDATE companies SET org_id = $1 WHERE org_id = $2', [orgB.id, orgA.id]));
        await api.query('ROLLBACK TO SAVEPOINT before_move');
        const updated = await api.query("UPDATE companies SET name = 'Hijacked' WHERE org_id = $1", [orgB.id]);
        const deleted = await api.query('DELETE FROM companies WHERE org_id = $1', [orgB.id]);
        return { move, updated: updated.rowCount, deleted: deleted.rowCount };
      });
      expect(outcome).toEqual({ move: '42501', updated: 0, deleted: 0 });
    });

    it('cannot switch row-level security off', async () => {
      const off = await inTransaction(async () => {
        await api.query('SET LOCAL row_security = off');
        return errorCode(api.query('SELECT count(*) FROM companies'));
      });
      expect(off).toBe('42501');
      const disable = await inTransaction(() => errorCode(api.query('ALTER TABLE companies DISABLE ROW LEVEL SECURITY')));
      expect(disable).toBe('42501');
    });

    it("after a transaction that set the config, the next one reads '' and sees nothing, without an error (NULLIF)", async () => {
      await api.query('BEGIN');
      await api.query("SELECT set_config('app.current_org_id', $1, true), set_config('app.current_user_id', $2, true)", [
        orgA.id,
        '00000000-0000-4000-8000-000000000001',
      ]);
      const during = await api.query('SELECT count(*)::int AS n FROM companies');
      await api.query('COMMIT');
      expect(during.rows[0].n).toBe(countA);

      // Same connection, new transaction: the setting exists now and reads '' (not NULL).
      await inTransaction(async () => {
        const setting = await api.query(
          "SELECT current_setting('app.current_org_id', true) AS org, current_setting('app.current_user_id', true) AS usr",
        );
        expect(setting.rows[0]).toEqual({ org: '', usr: '' });
        for (const { table } of withoutCatalogs(orgTables)) {
          const result = await api.query(`SELECT count(*)::int AS n FROM ${table}`);
          expect({ table, n: result.rows[0].n }).toEqual({ table, n: 0 });
        }
        const orgs = await api.query('SELECT count(*)::int AS n FROM organizations');
        expect(orgs.rows[0].n).toBe(0);
        const users = await api.query('SELECT count(*)::int AS n FROM users');
        expect(users.rows[0].n).toBe(0);
      });
      // And outside any explicit transaction.
      const autocommit = await api.query('SELECT count(*)::int AS n FROM companies');
      expect(autocommit.rows[0].n).toBe(0);
    });
  });
});
