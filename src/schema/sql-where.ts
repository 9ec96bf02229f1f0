import { Prisma } from '../generated/prisma/client.js';
import { getDatamodel } from '../generated/pothos-types.js';
import type { Context } from '../context/index.js';

/**
 * The lists' Prisma `where` as SQL, for the one list query Prisma cannot write: ordering by a
 * custom field and comparing MONEY values as numbers (both read a JSON path as a number or a
 * text, which Prisma's orderBy and JSON filters cannot; src/schema/sql-list.ts). Not a second
 * filter language: it reads the `where` that filters.ts and custom-field-filters.ts build, the
 * same object Prisma runs, and knows exactly the shapes they write (anything else throws, so a
 * new shape is found by tests/db/sql-where.test.ts, which runs every list filter both ways and
 * compares the rows). Identifiers come from the datamodel and the database's own catalog;
 * every value is a bind parameter, cast to its column's type.
 */

/** The models the SQL list path serves: those with custom fields, and their relations' targets. */
export const SQL_LIST_TABLES = {
  Company: 'companies',
  Contact: 'contacts',
  Lead: 'leads',
  Deal: 'deals',
  Activity: 'activities',
} as const;
export type SqlListModel = keyof typeof SQL_LIST_TABLES;

/** The SQL list model of a Prisma delegate name (contact -> Contact), when it is one. */
export function sqlListModelOf(delegate: string): SqlListModel | undefined {
  const model = delegate.charAt(0).toUpperCase() + delegate.slice(1);
  return model in SQL_LIST_TABLES ? (model as SqlListModel) : undefined;
}

/** A column's type as PostgreSQL names it (udt_name: int4, timestamptz, _text, "LeadStatus"), by table and column. */
export type ColumnTypes = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * MONEY range conditions: Prisma's JSON filters compare a path as jsonb, and MONEY values are
 * strings ("900.00" > "10000.00" as text). Written under this key, Prisma refuses the where (it
 * validates every key), so a MONEY range can only run through this module.
 */
export const MONEY_RANGE = 'moneyRange';
export type MoneyRange = Partial<Record<'gt' | 'gte' | 'lt' | 'lte', string>>;

const datamodel = getDatamodel().datamodel.models;
const modelNames = new Set<string>(Object.keys(SQL_LIST_TABLES));
let columnTypesOnce: Promise<ColumnTypes> | undefined;

/** Every column of the SQL list tables with its type: one catalog read per process. */
export function columnTypes(prisma: Context['prisma']): Promise<ColumnTypes> {
  columnTypesOnce ??= prisma
    .$queryRaw<{ table_name: string; column_name: string; udt_name: string }[]>(
      Prisma.sql`SELECT table_name, column_name, udt_name FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name IN (${Prisma.join(Object.values(SQL_LIST_TABLES))})`,
    )
    .then((rows) => {
      const tables = new Map<string, Map<string, string>>();
      for (const row of rows) {
        const columns = tables.get(row.table_name) ?? new Map<string, string>();
        columns.set(row.column_name, row.udt_name);
        tables.set(row.table_name, columns);
      }
      return tables;
    })
    .catch((error: unknown) => {
      columnTypesOnce = undefined;
      throw error;
    });
  return columnTypesOnce;
}

/** `lastName` -> `last_name`: the schema maps every field this way (checked against the catalog on use). */
const snakeCase = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** A where shape this module does not know: a programming error, found by tests, never a user's. */
const unsupported = (what: string) => new Error(`sql-where: ${what} is not a shape the list filters write`);

export class SqlWhere {
  private aliases = 0;
  constructor(private readonly types: ColumnTypes) {}

  /** A fresh table alias for a subquery (t0 is the list's own table). */
  alias(): string {
    return `t${this.aliases++}`;
  }

  /** `alias.column` of a model's field, with the column's type; throws when the table has no such column. */
  column(model: SqlListModel, alias: string, field: string): { sql: Prisma.Sql; type: string } {
    const name = snakeCase(field);
    const type = this.types.get(SQL_LIST_TABLES[model])?.get(name);
    if (!type) throw unsupported(`${model}.${field} (no column ${name})`);
    return { sql: Prisma.raw(`${alias}.${quote(name)}`), type };
  }

  /** A value as a parameter of the column's type (enums, uuids, timestamps: text parameters need the cast). */
  param(value: unknown, type: string): Prisma.Sql {
    const text = value instanceof Date ? value.toISOString() : typeof value === 'object' && value !== null ? String(value) : value;
    return Prisma.sql`${text}::${Prisma.raw(quote(type))}`;
  }

  /** The SQL of a where on `alias` (a row of `model`). */
  where(model: SqlListModel, where: unknown, alias: string): Prisma.Sql {
    if (where === undefined) return Prisma.sql`TRUE`;
    if (!isObject(where)) throw unsupported(`where ${JSON.stringify(where)}`);
    const terms: Prisma.Sql[] = [];
    for (const [key, value] of Object.entries(where)) {
      if (value === undefined) continue;
      if (key === 'AND' || key === 'OR') {
        const parts = (Array.isArray(value) ? value : [value]).map((part) => this.where(model, part, alias));
        if (parts.length === 0) terms.push(key === 'AND' ? Prisma.sql`TRUE` : Prisma.sql`FALSE`);
        else terms.push(Prisma.sql`(${Prisma.join(parts, key === 'AND' ? ' AND ' : ' OR ')})`);
      } else if (key === 'NOT') {
        const parts = (Array.isArray(value) ? value : [value]).map((part) => this.where(model, part, alias));
        terms.push(parts.length === 0 ? Prisma.sql`TRUE` : Prisma.sql`NOT (${Prisma.join(parts, ' AND ')})`);
      } else {
        terms.push(this.field(model, key, value, alias));
      }
    }
    return terms.length === 0 ? Prisma.sql`TRUE` : terms.length === 1 ? terms[0]! : Prisma.sql`(${Prisma.join(terms, ' AND ')})`;
  }

  private field(model: SqlListModel, name: string, value: unknown, alias: string): Prisma.Sql {
    const field = datamodel[model]?.fields.find((each) => each.name === name);
    if (!field) throw unsupported(`${model}.${name}`);
    if (field.kind === 'object') return this.relation(model, field.type, field.relationFromFields ?? [], value, alias);
    if (field.type === 'Json') return this.json(model, name, value, alias);
    const column = this.column(model, alias, name);
    if (value === null) return Prisma.sql`${column.sql} IS NULL`;
    if (!isObject(value)) return Prisma.sql`${column.sql} = ${this.param(value, column.type)}`;
    const terms: Prisma.Sql[] = [];
    const insensitive = value.mode === 'insensitive';
    for (const [op, operand] of Object.entries(value)) {
      if (op === 'mode' || operand === undefined) continue;
      terms.push(this.scalar(column, op, operand, insensitive));
    }
    return terms.length === 1 ? terms[0]! : Prisma.sql`(${Prisma.join(terms, ' AND ')})`;
  }

  private scalar(column: { sql: Prisma.Sql; type: string }, op: string, operand: unknown, insensitive: boolean): Prisma.Sql {
    const { sql, type } = column;
    const comparisons: Record<string, string> = { equals: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };
    if (op === 'not' && operand === null) return Prisma.sql`${sql} IS NOT NULL`;
    if (op === 'equals' && operand === null) return Prisma.sql`${sql} IS NULL`;
    if (comparisons[op]) return Prisma.sql`${sql} ${Prisma.raw(comparisons[op])} ${this.param(operand, type)}`;
    if (op === 'in' && Array.isArray(operand)) {
      const values = operand.map((each) => (each instanceof Date ? each.toISOString() : typeof each === 'object' ? String(each) : each));
      return Prisma.sql`${sql} = ANY(${values}::${Prisma.raw(quote(`_${type}`))})`;
    }
    if ((op === 'contains' || op === 'startsWith') && typeof operand === 'string') {
      // The operand is escaped for LIKE by filters.ts; backslash is LIKE's default escape.
      const pattern = op === 'contains' ? Prisma.sql`'%' || ${operand} || '%'` : Prisma.sql`${operand} || '%'`;
      return Prisma.sql`${sql} ${Prisma.raw(insensitive ? 'ILIKE' : 'LIKE')} ${pattern}`;
    }
    if ((op === 'hasSome' || op === 'hasEvery') && Array.isArray(operand) && type.startsWith('_')) {
      return Prisma.sql`${sql} ${Prisma.raw(op === 'hasSome' ? '&&' : '@>')} ${operand}::${Prisma.raw(quote(type))}`;
    }
    throw unsupported(`operator ${op}`);
  }

  /** `{ relation: { is: where } }` on a tenant-composite key: the related row of the same organization. */
  private relation(model: SqlListModel, target: string, from: readonly string[], value: unknown, alias: string): Prisma.Sql {
    const to = datamodel[target]?.primaryKey?.fields ?? [];
    if (!modelNames.has(target) || !isObject(value) || !('is' in value) || from.length === 0 || from.length !== to.length) {
      throw unsupported(`relation ${model} -> ${target}`);
    }
    const targetModel = target as SqlListModel;
    const inner = this.alias();
    const keys = from.map(
      (field, index) => Prisma.sql`${this.column(targetModel, inner, to[index]!).sql} = ${this.column(model, alias, field).sql}`,
    );
    if (value.is === null) return Prisma.sql`${this.column(model, alias, from.at(-1)!).sql} IS NULL`;
    return Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(quote(SQL_LIST_TABLES[targetModel]))} ${Prisma.raw(inner)}
      WHERE ${Prisma.join(keys, ' AND ')} AND ${this.where(targetModel, value.is, inner)})`;
  }

  /**
   * JSON path conditions as Prisma writes them for the custom_fields column (its SQL, read off
   * its statements): typed comparisons are NULL, not false, for a value of another type, so a
   * NOT around them keeps such records out as Prisma's does.
   */
  private json(model: SqlListModel, name: string, value: unknown, alias: string): Prisma.Sql {
    if (!isObject(value) || !Array.isArray(value.path) || value.path.length !== 1 || typeof value.path[0] !== 'string') {
      throw unsupported(`${model}.${name} JSON condition`);
    }
    const { sql: column } = this.column(model, alias, name);
    const at = Prisma.sql`(${column} -> ${value.path[0]})`;
    const typed = (jsonType: string, condition: Prisma.Sql) =>
      Prisma.sql`(CASE WHEN jsonb_typeof(${at}) = ${jsonType} THEN ${condition} END)`;
    const json = (operand: unknown) => Prisma.sql`${JSON.stringify(operand)}::jsonb`;
    const terms: Prisma.Sql[] = [];
    for (const [op, operand] of Object.entries(value)) {
      if (op === 'path' || operand === undefined) continue;
      if (op === 'equals' && operand === Prisma.DbNull) terms.push(Prisma.sql`${at} IS NULL`);
      else if (op === 'equals' && operand === Prisma.JsonNull) terms.push(Prisma.sql`${at} = 'null'::jsonb`);
      else if (op === 'equals') terms.push(Prisma.sql`${at} = ${json(operand)}`);
      else if (op === 'string_contains' && typeof operand === 'string') {
        terms.push(typed('string', Prisma.sql`(${column} ->> ${value.path[0]}) LIKE '%' || ${operand} || '%'`));
      } else if (op === 'array_contains') terms.push(typed('array', Prisma.sql`${at} @> ${json(operand)}`));
      else if (['gt', 'gte', 'lt', 'lte'].includes(op) && (typeof operand === 'number' || typeof operand === 'string')) {
        const comparison = Prisma.raw({ gt: '>', gte: '>=', lt: '<', lte: '<=' }[op]!);
        terms.push(typed(typeof operand === 'number' ? 'number' : 'string', Prisma.sql`${at} ${comparison} ${json(operand)}`));
      } else if (op === MONEY_RANGE && isObject(operand)) {
        terms.push(...this.moneyRange(at, operand as MoneyRange));
      } else {
        throw unsupported(`JSON operator ${op}`);
      }
    }
    return terms.length === 1 ? terms[0]! : Prisma.sql`(${Prisma.join(terms, ' AND ')})`;
  }

  /** MONEY ("1250.00", validated on write) compared as numeric; NULL for anything else stored under the key. */
  private moneyRange(at: Prisma.Sql, range: MoneyRange): Prisma.Sql[] {
    return Object.entries(range).map(([op, operand]) => {
      const comparison = Prisma.raw({ gt: '>', gte: '>=', lt: '<', lte: '<=' }[op] ?? '=');
      return Prisma.sql`(${moneyValue(at)} ${comparison} ${operand}::numeric)`;
    });
  }
}

/**
 * A MONEY value at a JSON path as numeric, NULL when the string is not a number (a cast would
 * raise). pg_input_is_valid (PostgreSQL 16+) rather than a regular expression: sorting 100k rows
 * by a MONEY field took 157 ms with the pattern and 65 ms with it. Values are checked on write, so
 * this only guards older data.
 */
export function moneyValue(at: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE WHEN jsonb_typeof(${at}) = 'string' AND pg_input_is_valid(${at} #>> '{}', 'numeric')
    THEN (${at} #>> '{}')::numeric END)`;
}

/** Whether a where holds a condition only SQL can run (a MONEY range), anywhere in it. */
export function needsSql(where: unknown): boolean {
  if (Array.isArray(where)) return where.some(needsSql);
  if (!isObject(where)) return false;
  return Object.entries(where).some(([key, value]) => key === MONEY_RANGE || needsSql(value));
}
