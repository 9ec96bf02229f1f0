import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { diffCatalogs, snapshotCatalog, type CatalogChange, type CatalogSnapshot } from './catalog.js';
import { withDatabase } from './local-database.js';
import { applyMigrations, MIGRATIONS_DIR } from './migrate.js';
import { diffMigrationsAgainstSchema, schemaFromEmptyScript } from './schema-engine.js';
import { readSqlFiles, type SqlFile } from './sql-files.js';

/**
 * sql/ is the current state and prisma/migrations the history: this module compares the two and
 * writes the next migration from their difference.
 *
 *   A = an empty database + every migration            (what deployed databases have)
 *   B = an empty database + schema.prisma + sql/       (what the source says)
 *
 * Tables, columns, indexes and enums are diffed by Prisma's schema engine (A -> schema.prisma);
 * everything else by catalog snapshots (src/db/catalog.ts). While B is built, a snapshot after
 * each sql/ file records which file last changed each catalog entry, so a migration carries the
 * files that changed (verbatim: they are idempotent), and explicit DROP / REVOKE statements for
 * what sql/ no longer defines.
 */

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty database on the server of `adminUrl` (a role that may CREATE DATABASE). */
export async function createScratchDatabase(adminUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  return { url: withDatabase(adminUrl, name), drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET client_min_messages = error');
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface SourceBuild {
  snapshot: CatalogSnapshot;
  /** Catalog key -> the sql/ file that last changed it. */
  owners: Map<string, string>;
  /** Catalog key -> every sql/ file that changed it, in order (more than one: defined twice). */
  writers: Map<string, string[]>;
}

/**
 * Builds B in the empty database at `url`: the `0x_` sql/ files, schema.prisma's tables, the
 * other sql/ files; each step in its own transaction.
 */
export async function buildFromSource(url: string, files: SqlFile[] = readSqlFiles()): Promise<SourceBuild> {
  const tables = await schemaFromEmptyScript(url);
  return withClient(url, async (client) => {
    const owners = new Map<string, string>();
    const writers = new Map<string, string[]>();
    let snapshot = await snapshotCatalog(client);
    const step = async (sql: string, owner: string | null) => {
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`${owner ? `sql/${owner}` : 'schema.prisma'}: ${(error as Error).message}`);
      }
      const next = await snapshotCatalog(client);
      if (owner) {
        for (const change of diffCatalogs(snapshot, next)) {
          owners.set(change.key, owner);
          writers.set(change.key, [...(writers.get(change.key) ?? []), owner]);
        }
      }
      snapshot = next;
    };
    for (const file of files.filter((f) => f.beforeTables)) await step(file.sql, file.name);
    await step(tables, null);
    for (const file of files.filter((f) => !f.beforeTables)) await step(file.sql, file.name);
    return { snapshot, owners, writers };
  });
}

/** A: every migration in prisma/migrations applied to the empty database at `url`. */
export async function buildFromMigrations(url: string, dir = MIGRATIONS_DIR): Promise<CatalogSnapshot> {
  await applyMigrations(url, { dir });
  return withClient(url, snapshotCatalog);
}

export interface Comparison {
  /** Prisma's SQL from the migrated database to schema.prisma ('' when in sync). */
  tableSql: string;
  /** Catalog entries that differ: `before` in the migrated database, `after` in schema.prisma + sql/. */
  changes: CatalogChange[];
  migrated: CatalogSnapshot;
  source: SourceBuild;
  /** Policies and triggers in the migrated database that use each function (for DROP ... CASCADE). */
  dependents: Map<string, string[]>;
}

/** Builds A and B in scratch databases on `adminUrl`, compares them, and drops both. */
export async function compareMigrationsWithSource(adminUrl: string, options: { migrationsDir?: string } = {}): Promise<Comparison> {
  const a = await createScratchDatabase(adminUrl, 'migrated');
  const b = await createScratchDatabase(adminUrl, 'source');
  try {
    const migrated = await buildFromMigrations(a.url, options.migrationsDir);
    const diff = await diffMigrationsAgainstSchema(a.url);
    const source = await buildFromSource(b.url);
    const changes = diffCatalogs(migrated, source.snapshot);
    const dependents = await withClient(a.url, (client) => functionDependents(client, changes));
    return { tableSql: diff.empty ? '' : diff.sql.trim(), changes, migrated, source, dependents };
  } finally {
    await Promise.all([a.drop(), b.drop()]);
  }
}

/** For each function whose signature changes: the policies and triggers that would go with DROP ... CASCADE. */
async function functionDependents(client: pg.Client, changes: CatalogChange[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  await client.query(`SET search_path = ''`);
  for (const change of changes) {
    if (!change.key.startsWith('function signature ') || change.before === undefined || change.after === undefined) continue;
    const signature = change.key.slice('function signature '.length);
    const { rows } = await client.query<{ key: string }>(
      `SELECT 'policy ' || quote_ident(p.polname) || ' ON ' || p.polrelid::regclass::text AS key
         FROM pg_depend d JOIN pg_policy p ON d.classid = 'pg_policy'::regclass AND d.objid = p.oid
        WHERE d.refclassid = 'pg_proc'::regclass AND d.refobjid = $1::regprocedure
       UNION
       SELECT 'trigger ' || quote_ident(t.tgname) || ' ON ' || t.tgrelid::regclass::text
         FROM pg_depend d JOIN pg_trigger t ON d.classid = 'pg_trigger'::regclass AND d.objid = t.oid
        WHERE d.refclassid = 'pg_proc'::regclass AND d.refobjid = $1::regprocedure`,
      [signature],
    );
    result.set(
      change.key,
      rows.map((row) => row.key),
    );
  }
  return result;
}

/** The table a policy, trigger, table privilege or table comment is on. */
function relationOf(key: string): string | undefined {
  return (
    key.match(/^(?:policy|trigger) \S+ ON (\S+)$/)?.[1] ??
    key.match(/^grant .* ON (?:TABLE|SEQUENCE) (\S+)(?: \(.*\))? TO \S+$/)?.[1] ??
    key.match(/^comment on table (\S+)$/)?.[1]
  );
}

/**
 * The body of the next migration, or null when migrations and source agree. `notes` lists what
 * the generator could not place (to check by hand).
 */
export function composeMigration(comparison: Comparison, files: SqlFile[] = readSqlFiles()): { sql: string; notes: string[] } | null {
  const { changes, migrated, source, tableSql } = comparison;
  if (changes.length === 0 && !tableSql) return null;
  const include = new Set<string>();
  const signatureDrops: string[] = [];
  const dropsBeforeTables: string[] = [];
  const revokes: string[] = [];
  const dropsAfter: string[] = [];
  const notes: string[] = [];
  const relationExists = (relation: string | undefined) => !relation || source.snapshot.has(`row level security ${relation}`);
  const isFunctionKey = (key: string) =>
    key.startsWith('function ') && !key.startsWith('function signature ') && !key.startsWith('function properties ');
  const droppedFunctions = new Set(
    changes.filter((c) => isFunctionKey(c.key) && c.after === undefined).map((c) => c.key.slice('function '.length)),
  );

  for (const change of changes) {
    const { key } = change;
    if (key.startsWith('function signature ') && change.before !== undefined && change.after !== undefined) {
      signatureDrops.push(migrated.get(key)!.drop!);
      for (const dependent of comparison.dependents.get(key) ?? []) {
        const owner = source.owners.get(dependent);
        if (owner) include.add(owner);
      }
    }
    if (change.after !== undefined) {
      const owner = source.owners.get(key);
      if (owner) include.add(owner);
      // A new entry no file made comes with a new table (its RLS flags): the table SQL makes it too.
      // A changed one no file sets is a statement sql/ dropped (e.g. a leakproof mark): undo by hand.
      else if (change.before !== undefined) notes.push(`"${key}" differs and no sql/ file sets it: write the statement by hand`);
      continue;
    }
    // Defined by the migrations only: remove it, unless it went with its table or function.
    const drop = migrated.get(key)?.drop;
    if (key.startsWith('function signature ')) continue;
    if (!relationExists(relationOf(key))) continue;
    const onFunction = key.match(/ON (?:FUNCTION|PROCEDURE) (.+) TO /)?.[1] ?? key.match(/^comment on function (.+)$/)?.[1];
    if (onFunction && droppedFunctions.has(onFunction)) continue;
    if (!drop) {
      notes.push(`no statement removes "${key}": write one by hand`);
    } else if (key.startsWith('policy ') || key.startsWith('trigger ')) {
      dropsBeforeTables.push(drop);
    } else if (key.startsWith('grant ') || key.startsWith('comment ')) {
      revokes.push(drop);
    } else {
      dropsAfter.push(drop);
    }
  }

  const verbatim = (file: SqlFile) => `-- >>> sql/${file.name}\n${file.sql.trim()}\n-- <<< sql/${file.name}`;
  const section = (title: string, lines: string[]) => (lines.length ? [`-- ${title}\n${lines.join('\n')}`] : []);
  const parts = [
    ...section('Functions whose signature or result changes: CREATE OR REPLACE cannot do that', signatureDrops),
    ...files.filter((f) => f.beforeTables && include.has(f.name)).map(verbatim),
    ...section('Policies and triggers sql/ no longer defines', dropsBeforeTables),
    ...(tableSql ? [`-- Tables (prisma/schema.prisma, diffed by the schema engine)\n${tableSql}`] : []),
    ...files.filter((f) => !f.beforeTables && include.has(f.name)).map(verbatim),
    ...section('Privileges and comments sql/ no longer defines', revokes),
    ...section('Functions and other objects sql/ no longer defines', dropsAfter),
  ];
  return { sql: `${parts.join('\n\n')}\n`, notes };
}

/** `20261205093000` (UTC), the prefix Prisma gives migration folders. */
export function migrationTimestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export interface GeneratedMigration {
  /** null: nothing to migrate. */
  name: string | null;
  sql: string | null;
  notes: string[];
  /** After writing: differences left between the migrations (with the new one) and the source. */
  remaining?: Comparison;
}

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference, then checks it:
 * the migrations, new one included, must now build the same database as the source.
 */
export async function generateMigration(
  adminUrl: string,
  name: string,
  options: { write?: boolean; migrationsDir?: string; log?: (line: string) => void } = {},
): Promise<GeneratedMigration> {
  const dir = options.migrationsDir ?? MIGRATIONS_DIR;
  const log = options.log ?? (() => {});
  const comparison = await compareMigrationsWithSource(adminUrl, { migrationsDir: dir });
  const composed = composeMigration(comparison);
  if (!composed) return { name: null, sql: null, notes: [] };
  const header = [
    `-- ${name}: generated by \`npm run db:new-migration\` from prisma/schema.prisma and sql/.`,
    '-- Catalog entries this migration changes:',
    ...comparison.changes.map((c) => `--   ${c.before === undefined ? '+' : c.after === undefined ? '-' : '~'} ${c.key}`),
    '',
  ].join('\n');
  const sql = `${header}\n${composed.sql}`;
  if (options.write === false) return { name: null, sql, notes: composed.notes };
  const folder = `${migrationTimestamp()}_${name}`;
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, 'migration.sql'), sql);
  log(`wrote prisma/migrations/${folder}/migration.sql`);
  const remaining = await compareMigrationsWithSource(adminUrl, { migrationsDir: dir });
  return { name: folder, sql, notes: composed.notes, remaining };
}
