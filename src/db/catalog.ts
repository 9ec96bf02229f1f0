import pg from 'pg';

/**
 * What sql/ defines, read back from a database's catalog: extensions, schemas, functions and
 * procedures (their full definition: body, SECURITY DEFINER, pinned search_path, volatility),
 * leakproof marks and costs of built-in and extension functions, row-level security flags,
 * policies, triggers, privileges (database, schema, table, column, function, default) and
 * comments. Tables, columns, indexes, enums and foreign keys are Prisma's (compared by its schema
 * engine, src/db/schema-engine.ts); roles are cluster-wide and not compared.
 *
 * Two databases with equal snapshots behave the same for everything sql/ controls: this is how
 * the migrations are checked against schema.prisma + sql/ (tests/db/schema-drift.test.ts) and how
 * `npm run db:new-migration` finds what changed.
 */
export interface CatalogEntry {
  /** Compared between databases. */
  value: string;
  /** The statement that removes the object when a migration must (present before, gone now). */
  drop?: string;
}

export type CatalogSnapshot = Map<string, CatalogEntry>;

/** Prisma's bookkeeping table is in the migrated database only. */
const IGNORED_TABLES = `'public._prisma_migrations'`;
// graphile_worker: the job queue's schema, installed and upgraded by graphile-worker's own
// migrations after ours (src/jobs/schema.ts), so neither side of a comparison owns it.
const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'graphile_worker') AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%'`;

const grantee = (oid: string) => (oid === '-' ? 'PUBLIC' : oid);

export async function snapshotCatalog(client: pg.Client): Promise<CatalogSnapshot> {
  const snapshot: CatalogSnapshot = new Map();
  const put = (key: string, value: string, drop?: string) => snapshot.set(key, drop ? { value, drop } : { value });
  // Unqualified names only for pg_catalog: every other name prints with its schema.
  await client.query(`SET search_path = ''`);
  try {
    const q = async <R extends pg.QueryResultRow>(sql: string) => (await client.query<R>(sql)).rows;

    for (const r of await q<{ extname: string; extversion: string }>(`SELECT extname, extversion FROM pg_extension`)) {
      put(`extension ${r.extname}`, r.extversion, `DROP EXTENSION IF EXISTS ${r.extname};`);
    }

    for (const r of await q<{ nspname: string; comment: string | null }>(
      `SELECT n.nspname, obj_description(n.oid, 'pg_namespace') AS comment FROM pg_namespace n WHERE ${USER_SCHEMAS}`,
    )) {
      put(`schema ${r.nspname}`, r.comment ?? '', `DROP SCHEMA IF EXISTS ${r.nspname};`);
    }

    // Privileges, one entry per (object, grantee, privilege); owners' own privileges are left out.
    type Acl = { object: string; kind: string; grantee: string; privilege: string; grantable: boolean };
    const acls = await q<Acl>(`
      SELECT 'DATABASE' AS object, 'database' AS kind,
             COALESCE(pg_get_userbyid(NULLIF(a.grantee, 0)), '-') AS grantee, a.privilege_type AS privilege, a.is_grantable AS grantable
        FROM pg_database d, aclexplode(COALESCE(d.datacl, acldefault('d', d.datdba))) a
       WHERE d.datname = current_database() AND a.grantee <> d.datdba
      UNION ALL
      SELECT 'SCHEMA ' || quote_ident(n.nspname), 'schema', COALESCE(pg_get_userbyid(NULLIF(a.grantee, 0)), '-'), a.privilege_type, a.is_grantable
        FROM pg_namespace n, aclexplode(COALESCE(n.nspacl, acldefault('n', n.nspowner))) a
       WHERE ${USER_SCHEMAS} AND a.grantee <> n.nspowner
      UNION ALL
      SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE ' ELSE 'TABLE ' END || c.oid::regclass::text, 'relation',
             COALESCE(pg_get_userbyid(NULLIF(a.grantee, 0)), '-'), a.privilege_type, a.is_grantable
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
             aclexplode(COALESCE(c.relacl, acldefault((CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END)::"char", c.relowner))) a
       WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND a.grantee <> c.relowner
         AND c.oid::regclass::text <> ${IGNORED_TABLES}
      UNION ALL
      SELECT 'TABLE ' || c.oid::regclass::text || ' (' || quote_ident(att.attname) || ')', 'column',
             COALESCE(pg_get_userbyid(NULLIF(a.grantee, 0)), '-'), a.privilege_type, a.is_grantable
        FROM pg_attribute att JOIN pg_class c ON c.oid = att.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace,
             aclexplode(att.attacl) a
       WHERE ${USER_SCHEMAS} AND att.attacl IS NOT NULL AND NOT att.attisdropped
      UNION ALL
      SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE ' ELSE 'FUNCTION ' END || p.oid::regprocedure::text, 'function',
             COALESCE(pg_get_userbyid(NULLIF(a.grantee, 0)), '-'), a.privilege_type, a.is_grantable
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace,
             aclexplode(COALESCE(p.proacl, acldefault('f', p.proowner))) a
       WHERE ${USER_SCHEMAS} AND a.grantee <> p.proowner
         AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')`);
    for (const a of acls) {
      // Column privileges print as `UPDATE (col) ON TABLE t`.
      const [object, column] = a.kind === 'column' ? [a.object.replace(/ \(.*\)$/, ''), a.object.match(/\((.*)\)$/)![1]] : [a.object, null];
      const privilege = column ? `${a.privilege} (${column})` : a.privilege;
      const role = a.grantee === '-' ? 'PUBLIC' : `"${a.grantee}"`;
      // Databases differ by name only: the key says DATABASE, the statement names the current one.
      const revoke =
        a.kind === 'database'
          ? `DO $$ BEGIN EXECUTE format('REVOKE ${privilege} ON DATABASE %I FROM ${role}', current_database()); END $$;`
          : `REVOKE ${privilege} ON ${object} FROM ${role};`;
      put(`grant ${privilege} ON ${object} TO ${grantee(a.grantee)}`, a.grantable ? 'WITH GRANT OPTION' : '', revoke);
    }

    for (const r of await q<{ defaclrole: string; schema: string; objtype: string; acl: string }>(`
      SELECT pg_get_userbyid(d.defaclrole) AS defaclrole, COALESCE(n.nspname, '') AS schema, d.defaclobjtype AS objtype, d.defaclacl::text AS acl
        FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace`)) {
      put(`default privileges of ${r.defaclrole} in schema ${r.schema || '*'} on ${r.objtype}`, r.acl);
    }

    // Functions and procedures of our own (extension members are the extension's).
    type Fn = { signature: string; kind: string; arguments: string; result: string | null; definition: string; comment: string | null };
    for (const f of await q<Fn>(`
      SELECT p.oid::regprocedure::text AS signature, p.prokind AS kind, pg_get_function_arguments(p.oid) AS arguments,
             pg_get_function_result(p.oid) AS result,
             CASE WHEN p.prokind IN ('f', 'p', 'w') THEN pg_get_functiondef(p.oid) ELSE p.prosrc END AS definition,
             obj_description(p.oid, 'pg_proc') AS comment
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE ${USER_SCHEMAS}
         AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')`)) {
      const noun = f.kind === 'p' ? 'PROCEDURE' : f.kind === 'a' ? 'AGGREGATE' : 'FUNCTION';
      put(`function ${f.signature}`, f.definition, `DROP ${noun} IF EXISTS ${f.signature};`);
      // CREATE OR REPLACE cannot change these: a change needs DROP first (and CASCADE for its users).
      put(
        `function signature ${f.signature}`,
        `${f.kind} (${f.arguments}) -> ${f.result ?? ''}`,
        `DROP ${noun} IF EXISTS ${f.signature} CASCADE;`,
      );
      if (f.comment !== null) put(`comment on function ${f.signature}`, f.comment, `COMMENT ON ${noun} ${f.signature} IS NULL;`);
    }

    // Leakproof marks and costs of functions that are not ours (pg_catalog, extensions): sql/ sets some.
    for (const f of await q<{ signature: string; leakproof: boolean; cost: number }>(`
      SELECT p.oid::regprocedure::text AS signature, p.proleakproof AS leakproof, p.procost AS cost
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'pg_catalog'
          OR EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')`)) {
      put(`function properties ${f.signature}`, `${f.leakproof ? 'LEAKPROOF' : 'NOT LEAKPROOF'} COST ${f.cost}`);
    }

    for (const r of await q<{ relation: string; enabled: boolean; forced: boolean; comment: string | null }>(`
      SELECT c.oid::regclass::text AS relation, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             obj_description(c.oid, 'pg_class') AS comment
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p') AND c.oid::regclass::text <> ${IGNORED_TABLES}`)) {
      put(`row level security ${r.relation}`, `${r.enabled ? 'ENABLE' : 'DISABLE'} ${r.forced ? 'FORCE' : 'NO FORCE'}`);
      if (r.comment !== null) put(`comment on table ${r.relation}`, r.comment, `COMMENT ON TABLE ${r.relation} IS NULL;`);
    }

    for (const p of await q<{ name: string; relation: string; definition: string }>(`
      SELECT quote_ident(p.polname) AS name, p.polrelid::regclass::text AS relation,
             concat_ws(' ',
               CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END,
               'FOR', CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
               'TO', (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r)) END, ', ' ORDER BY 1)
                        FROM unnest(p.polroles) r),
               'USING (' || pg_get_expr(p.polqual, p.polrelid) || ')',
               'WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')') AS definition
        FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE ${USER_SCHEMAS}`)) {
      put(`policy ${p.name} ON ${p.relation}`, p.definition, `DROP POLICY IF EXISTS ${p.name} ON ${p.relation};`);
    }

    for (const t of await q<{ name: string; relation: string; definition: string; enabled: string }>(`
      SELECT quote_ident(t.tgname) AS name, t.tgrelid::regclass::text AS relation,
             pg_get_triggerdef(t.oid) AS definition, t.tgenabled AS enabled
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE NOT t.tgisinternal AND ${USER_SCHEMAS}`)) {
      put(
        `trigger ${t.name} ON ${t.relation}`,
        `${t.definition}${t.enabled === 'O' ? '' : ` (tgenabled ${t.enabled})`}`,
        `DROP TRIGGER IF EXISTS ${t.name} ON ${t.relation};`,
      );
    }
  } finally {
    await client.query('RESET search_path');
  }
  return snapshot;
}

export interface CatalogChange {
  key: string;
  before?: string;
  after?: string;
}

/** Entries that differ, sorted by key: `before` from `from`, `after` from `to` (undefined when missing). */
export function diffCatalogs(from: CatalogSnapshot, to: CatalogSnapshot): CatalogChange[] {
  const keys = new Set([...from.keys(), ...to.keys()]);
  const changes: CatalogChange[] = [];
  for (const key of [...keys].sort()) {
    const before = from.get(key)?.value;
    const after = to.get(key)?.value;
    if (before !== after) changes.push({ key, before, after });
  }
  return changes;
}

/** A readable list of changes, for test failures and the generator's report. */
export function describeChanges(changes: CatalogChange[], labels = { from: 'migrations', to: 'schema + sql/' }): string {
  return changes
    .map((change) => {
      if (change.before === undefined) return `+ ${change.key} (only in ${labels.to})`;
      if (change.after === undefined) return `- ${change.key} (only in ${labels.from})`;
      return `~ ${change.key}\n    ${labels.from}: ${change.before.replace(/\n/g, '\n      ')}\n    ${labels.to}: ${change.after.replace(/\n/g, '\n      ')}`;
    })
    .join('\n');
}

/** Connects, snapshots, disconnects. */
export async function snapshotDatabase(url: string): Promise<CatalogSnapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await snapshotCatalog(client);
  } finally {
    await client.end();
  }
}
