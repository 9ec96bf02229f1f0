/**
 * The keys a sharded PostgreSQL needs to distribute every tenant table by org_id
 * (docs/SCALING.md): read from the catalog of a migrated database, so a new table or key that
 * breaks the rule fails here before it reaches a migration.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../helpers/app.js';

/** Shared by every organization (no org_id): replicated whole to every node. */
const REFERENCE_TABLES = ['marketplace_tools', 'tool_bundle_items', 'tool_bundles', 'users'];
/** Tenant tables without an id column (sql/70_dashboard_counters.sql): their primary keys. */
const NATURAL_KEYS: Record<string, string[]> = {
  stage_deal_counters: ['org_id', 'stage_id'],
  lead_status_counters: ['org_id', 'status'],
  activity_day_counters: ['org_id', 'day', 'type', 'owner_key', 'slot'],
};

interface Key {
  table: string;
  name: string;
  columns: string[];
}

interface ForeignKey extends Key {
  referenced: string;
  referencedColumns: string[];
  onUpdate: string;
}

describe('tenant tables are keyed by org_id', () => {
  let app: TestApp;
  let tenantTables: string[];
  let allTables: string[];

  const keys = async (sql: string) => (await app.owner.query<Key>(sql)).rows;

  beforeAll(async () => {
    app = await startTestApp();
    const { rows } = await app.owner.query<{ table: string; tenant: boolean }>(`
      SELECT c.relname AS table,
             EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped) AS tenant
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
       ORDER BY 1`);
    allTables = rows.map((row) => row.table);
    tenantTables = rows.filter((row) => row.tenant).map((row) => row.table);
  }, 60_000);

  afterAll(async () => app?.close());

  const COLUMNS = (attribute: string, relation: string) =>
    `ARRAY(SELECT a.attname::text FROM unnest(${attribute}) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_attribute a ON a.attrelid = ${relation} AND a.attnum = k.attnum ORDER BY k.position)`;

  it('finds the tenant tables', () => {
    // A floor, not a list: the catalog is the list, and every table must appear in docs/SCALING.md (below).
    expect(tenantTables.length).toBeGreaterThanOrEqual(27);
    expect(tenantTables).toEqual(expect.arrayContaining(['memberships', 'deals', 'audit_log', 'shopping_cart_items']));
  });

  // A table with an id is keyed (org_id, id); the dashboard counters have no id of their own and
  // are keyed by org_id and what they count (stage, lead status): org_id first either way.
  it('gives every tenant table the primary key (org_id, id), or (org_id, …) when it has no id', async () => {
    const primaryKeys = await keys(`
      SELECT c.conrelid::regclass::text AS table, c.conname AS name, ${COLUMNS('c.conkey', 'c.conrelid')} AS columns
        FROM pg_constraint c WHERE c.contype = 'p' AND c.connamespace = 'public'::regnamespace`);
    const byTable = new Map(primaryKeys.map((key) => [key.table, key.columns]));
    expect(tenantTables.map((table) => ({ table, primaryKey: byTable.get(table) }))).toEqual(
      tenantTables.map((table) => ({ table, primaryKey: NATURAL_KEYS[table] ?? ['org_id', 'id'] })),
    );
  });

  it('starts every unique index of a tenant table with org_id', async () => {
    const uniques = await keys(`
      SELECT x.indrelid::regclass::text AS table, i.relname AS name, ${COLUMNS('x.indkey::int2[]', 'x.indrelid')} AS columns
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
       WHERE x.indisunique AND i.relnamespace = 'public'::regnamespace`);
    const tenantUniques = uniques.filter((key) => tenantTables.includes(key.table));
    expect(tenantUniques.length).toBeGreaterThan(tenantTables.length);
    expect(tenantUniques.filter((key) => key.columns[0] !== 'org_id')).toEqual([]);
  });

  it('lets a tenant row reference only its own organization, the organization itself or a shared table', async () => {
    const { rows: foreignKeys } = await app.owner.query<ForeignKey>(`
      SELECT c.conrelid::regclass::text AS table, c.conname AS name, ${COLUMNS('c.conkey', 'c.conrelid')} AS columns,
             c.confrelid::regclass::text AS referenced, ${COLUMNS('c.confkey', 'c.confrelid')} AS "referencedColumns",
             c.confupdtype AS "onUpdate"
        FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`);
    const colocated = (key: ForeignKey) => {
      const position = key.columns.indexOf('org_id');
      const target = key.referenced === 'organizations' ? 'id' : 'org_id';
      return position >= 0 && key.referencedColumns[position] === target;
    };
    const misplaced = foreignKeys
      .filter((key) => tenantTables.includes(key.table))
      .filter((key) => !REFERENCE_TABLES.includes(key.referenced) && !colocated(key));
    expect(misplaced).toEqual([]);
    // A shared table never points into a tenant's rows (a reference table cannot reference a distributed one).
    // organizations is no shared table: it is distributed by its id, the colocation anchor.
    const shared = (table: string) => !tenantTables.includes(table) && table !== 'organizations';
    expect(foreignKeys.filter((key) => shared(key.table) && tenantTables.includes(key.referenced))).toEqual([]);
    // Its own keys into tenant rows (its logo: (id, logo_id) -> attachments (org_id, id)) pair its id with org_id.
    const fromOrganizations = foreignKeys.filter((key) => key.table === 'organizations' && tenantTables.includes(key.referenced));
    expect(fromOrganizations.map((key) => key.name)).toEqual(['organizations_id_logo_id_fkey']);
    expect(fromOrganizations.filter((key) => key.columns[0] !== 'id' || key.referencedColumns[0] !== 'org_id')).toEqual([]);
    // Citus refuses ON UPDATE CASCADE / SET NULL / SET DEFAULT on a key that holds the distribution column.
    const cascading = foreignKeys.filter((key) => key.columns.includes('org_id') && !['a', 'r'].includes(key.onUpdate));
    expect(cascading.map((key) => key.name)).toEqual([]);
  });

  it('plans every table in docs/SCALING.md, tenant tables distributed by org_id', () => {
    const plan = readFileSync(new URL('../../docs/SCALING.md', import.meta.url), 'utf8');
    const distributed = [...plan.matchAll(/create_distributed_table\('(\w+)', '(\w+)'/g)].map(([, table = '', column = '']) => ({
      table,
      column,
    }));
    const reference = [...plan.matchAll(/create_reference_table\('(\w+)'\)/g)].map(([, table = '']) => table);
    expect(distributed.filter((entry) => tenantTables.includes(entry.table)).map((entry) => entry.column)).toEqual(
      tenantTables.map(() => 'org_id'),
    );
    expect([...distributed.map((entry) => entry.table), ...reference].sort()).toEqual([...allTables].sort());
    expect(reference.sort()).toEqual(REFERENCE_TABLES);
  });
});
