import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';

// import.meta.dirname is missing under jest's VM modules; derive it from the URL.
const moduleDir = dirname(fileURLToPath(import.meta.url));

/** The current state of everything Prisma does not model: roles, functions, policies, triggers, grants. */
export const SQL_DIR = resolve(moduleDir, '../../sql');

export interface SqlFile {
  /** e.g. `10_tenancy.sql` */
  name: string;
  sql: string;
  /** `0x_` files (extensions, roles, schemas, helpers) come before the tables; the rest after them. */
  beforeTables: boolean;
}

/** sql/*.sql in the order they apply: by name. */
export function readSqlFiles(dir = SQL_DIR): SqlFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8'), beforeTables: /^0\d_/.test(name) }));
}

/** Runs each file as one simple-protocol query (comments and DO blocks intact), as the owner. */
export async function applySqlFiles(client: pg.Client, files: SqlFile[]): Promise<void> {
  for (const file of files) {
    try {
      await client.query(file.sql);
    } catch (error) {
      throw new Error(`sql/${file.name}: ${(error as Error).message}`);
    }
  }
}
