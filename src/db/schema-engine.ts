import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type * as EngineModule from '@prisma/schema-engine-wasm/schema_engine_bg';

// import.meta.dirname is missing under jest's VM modules; derive it from the URL.
const moduleDir = dirname(fileURLToPath(import.meta.url));

/**
 * Prisma's schema engine, run from its wasm build (the CLI would download a native binary,
 * which is impossible offline) over @prisma/adapter-pg.
 */

export const SCHEMA_PATH = resolve(moduleDir, '../../prisma/schema.prisma');

export interface SchemaDiff {
  /** True when the database already matches prisma/schema.prisma. */
  empty: boolean;
  /** The migration script that would get there (Prisma's "-- This is an empty migration." when empty). */
  sql: string;
}

let enginePromise: Promise<typeof EngineModule> | undefined;

/** Instantiates the wasm once per process. Node 20 cannot `import` a .wasm file, so this does by hand what schema_engine.js would. */
function loadEngine(): Promise<typeof EngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const glue = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = readFileSync(join(dirname(glue), 'schema_engine_bg.wasm'));
    // WebAssembly's types live in lib.dom, which this Node project does not load.
    const { WebAssembly: wasm } = globalThis as unknown as {
      WebAssembly: { instantiate(b: Buffer, i: object): Promise<{ instance: { exports: Record<string, unknown> } }> };
    };
    const { instance } = await wasm.instantiate(bytes, { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return enginePromise;
}

// adapter-pg's connection exposes performIO (pg's raw result) on top of the public interface.
type PgConnection = SqlDriverAdapter & { performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[] }> };

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** Wraps PrismaPg for the engine and remembers every connection it opens so they can be closed. */
function adapterFactory(url: string) {
  const pg = new PrismaPg({ connectionString: url });
  const connections: SqlDriverAdapter[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: pg.provider,
    adapterName: pg.adapterName,
    async connect() {
      const connection = (await pg.connect()) as unknown as PgConnection; // performIO is private
      connections.push(connection);
      const performIO = connection.performIO.bind(connection);
      // adapter-pg 7.10.0 has no mapping for the internal "char" type (pg_class.relkind etc.), so
      // introspection fails with "Column type 'char' could not be deserialized"; it is a 1-byte string.
      connection.performIO = async (query) => {
        const result = await performIO(query);
        for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
        return result;
      };
      return connection;
    },
    // Diffing a live database against a datamodel never needs a shadow database.
    async connectToShadowDb() {
      throw new Error('schema-engine.ts: shadow databases are not supported');
    },
  };
  // engine.free() does not dispose the adapter; an open pg pool would keep jest/node alive.
  const close = () => Promise.all(connections.splice(0).map((c) => c.dispose())).then(() => {});
  return { factory: bindMigrationAwareSqlAdapterFactory(factory), close };
}

/**
 * Drift check: the SQL that takes the (already migrated) database at `ownerUrl` to
 * prisma/schema.prisma, i.e. the body of the migration that is missing.
 *
 * Only the models Prisma knows count. The engine introspects just the datasource's schema
 * (`public`: schema.prisma declares no `schemas`, and the adapter reports no other), so the
 * `app` schema and its functions are never read; and Prisma's describer has no notion of RLS
 * policies, triggers, grants or roles, so the migrations' raw SQL cannot show up as drift.
 * `_prisma_migrations` is skipped by the engine itself.
 */
export async function diffMigrationsAgainstSchema(ownerUrl: string): Promise<SchemaDiff> {
  const { SchemaEngine } = await loadEngine();
  const files = [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, 'utf8') }];
  const { factory, close } = adapterFactory(ownerUrl);
  try {
    const engine = await SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, () => {}, factory);
    try {
      const result = await engine.diff({
        // The wasm engine rejects `{ tag: 'url' }`; `schemaDatasource` means "the adapter's database".
        from: { tag: 'schemaDatasource', files, configDir: dirname(SCHEMA_PATH) },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: true, // exitCode 2 = non-empty: the engine's own verdict, no parsing of the script
        filters: { externalTables: [], externalEnums: [] },
      });
      return { empty: result.exitCode === 0, sql: result.stdout ?? '' };
    } finally {
      engine.free();
    }
  } finally {
    await close();
  }
}

/**
 * The SQL that creates prisma/schema.prisma's tables, enums and indexes in an empty database
 * (`prisma migrate diff --from-empty --to-schema`). `url` only tells the engine which server
 * dialect to speak; nothing is read from or written to it.
 */
export async function schemaFromEmptyScript(url: string): Promise<string> {
  const { SchemaEngine } = await loadEngine();
  const files = [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, 'utf8') }];
  const { factory, close } = adapterFactory(url);
  try {
    const engine = await SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, () => {}, factory);
    try {
      const result = await engine.diff({
        from: { tag: 'empty' },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: false,
        filters: { externalTables: [], externalEnums: [] },
      });
      return result.stdout ?? '';
    } finally {
      engine.free();
    }
  } finally {
    await close();
  }
}
