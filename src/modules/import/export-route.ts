/**
 * `GET /export/<entity>.csv` (README "CSV import and export"): contacts, companies, leads, deals
 * or activities as CSV, streamed. The request goes through the same door as a GraphQL request:
 * the Authorization header (a token or an API key) and X-Organization-Id, the membership check,
 * the `read` permission of the role matrix, and one tenant transaction under RLS bounded by
 * REQUEST_TIMEOUT_MS. `filter` (a JSON query parameter) is the list query's own filter input,
 * coerced by graphql-js against the very input type (e.g. ContactFilter) and translated by the
 * same builder; `deleted` is the lists' DeletedFilter. Rows are read in keyset pages of
 * EXPORT_PAGE_ROWS by id, so memory holds one page whatever the size of the table.
 */
import { pipeline } from 'node:stream/promises';
import { Readable, type Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import express, { type Request, type Response, type Router } from 'express';
import { coerceInputValue, GraphQLError, isInputObjectType, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { authorize } from '../../auth/authorize.js';
import type { Context } from '../../context/index.js';
import { badInput } from '../../schema/errors.js';
import type { FilterDefinition } from '../../schema/filters.js';
import { delegateIn, deletedWhere, filterWhere, type CrmDelegate } from '../../schema/resource.js';
import { needsSql, sqlListModelOf } from '../../schema/sql-where.js';
import { sqlListIds } from '../../schema/sql-list.js';
import { activityFilter } from '../activity/queries.js';
import { companyFilter } from '../company/queries.js';
import { contactFilter } from '../contact/queries.js';
import { dealFilter } from '../deal/queries.js';
import { leadFilter } from '../lead/queries.js';
import { EXPORT_COLUMNS, customFieldColumns, formatCell, type CsvColumn, type ExportEntityName } from './columns.js';

/** Rows per keyset page (one SELECT each): measured in bench/README.md "CSV import and export". */
export const EXPORT_PAGE_ROWS = 1_000;

const ENTITIES: Record<ExportEntityName, { delegate: CrmDelegate; filter: FilterDefinition; filterType: string }> = {
  contacts: { delegate: 'contact', filter: contactFilter, filterType: 'ContactFilter' },
  companies: { delegate: 'company', filter: companyFilter, filterType: 'CompanyFilter' },
  leads: { delegate: 'lead', filter: leadFilter, filterType: 'LeadFilter' },
  deals: { delegate: 'deal', filter: dealFilter, filterType: 'DealFilter' },
  activities: { delegate: 'activity', filter: activityFilter, filterType: 'ActivityFilter' },
};
const isExportEntity = (name: string): name is ExportEntityName => Object.hasOwn(ENTITIES, name);

export interface ExportRouteDependencies {
  schema: GraphQLSchema;
  /** A request context from the HTTP request's headers, as the GraphQL endpoint builds it. */
  contextFor(req: Request): Promise<Context>;
  logger: Logger;
}

/** The filter parameter, checked against the list's GraphQL input type (the same errors a query gets). */
function parseFilter(schema: GraphQLSchema, typeName: string, raw: unknown): Record<string, unknown> | null {
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string') throw badInput('filter must be given once, as JSON', 'filter');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw badInput('filter is not valid JSON', 'filter');
  }
  const type = schema.getType(typeName);
  if (!isInputObjectType(type)) throw new Error(`no input type ${typeName}`);
  return coerceInputValue(value, type, (path, _invalid, error) => {
    throw badInput(`filter${path.length > 0 ? `.${path.join('.')}` : ''}: ${error.message}`, 'filter');
  }) as Record<string, unknown>;
}

function parseDeleted(raw: unknown): 'EXCLUDE' | 'ONLY' | 'INCLUDE' {
  if (raw === undefined) return 'EXCLUDE';
  if (raw === 'EXCLUDE' || raw === 'ONLY' || raw === 'INCLUDE') return raw;
  throw badInput('deleted must be EXCLUDE, ONLY or INCLUDE', 'deleted');
}

/** A cell of a row: a model field, or a key of its customFields JSON. */
function valueOf(row: Record<string, unknown>, field: string): unknown {
  if (!field.startsWith('customFields.')) return row[field];
  const custom = row.customFields as Record<string, unknown> | null | undefined;
  return custom?.[field.slice('customFields.'.length)];
}

/** The rows, page after page, as CSV records (arrays of cells). */
async function* csvRecords(prisma: Context['prisma'], entity: ExportEntityName, where: Record<string, unknown>, columns: CsvColumn[]) {
  const delegate = delegateIn(prisma, ENTITIES[entity].delegate);
  const select: Record<string, true> = { id: true };
  for (const column of columns) select[column.field.startsWith('customFields.') ? 'customFields' : column.field] = true;
  // A where only SQL can run (a MONEY range) pages its ids through the lists' SQL path.
  const model = needsSql(where) ? sqlListModelOf(ENTITIES[entity].delegate) : undefined;
  let after: string | null = null;
  for (;;) {
    let page: Record<string, unknown>[];
    if (model) {
      const ids = await sqlListIds(prisma, model, where, [], { take: EXPORT_PAGE_ROWS, cursor: after, inclusive: false, entity });
      const rows = (await delegate.findMany({ where: { id: { in: ids } }, select })) as Record<string, unknown>[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      page = ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [row] : [];
      });
    } else {
      page = (await delegate.findMany({
        where: after === null ? where : { AND: [where, { id: { gt: after } }] },
        orderBy: { id: 'asc' },
        take: EXPORT_PAGE_ROWS,
        select,
      })) as Record<string, unknown>[];
    }
    for (const row of page) yield columns.map((column) => formatCell(column.format, valueOf(row, column.field)));
    if (page.length < EXPORT_PAGE_ROWS) return;
    after = page.at(-1)!.id as string;
  }
}

/**
 * Writes the entity's rows that `where` matches (a Prisma where; the tenant's transaction
 * scopes them) to `out` as CSV with its header row. The route's body; bench/import.ts times it.
 */
export async function writeCsvExport(
  prisma: Context['prisma'],
  entity: ExportEntityName,
  where: Record<string, unknown>,
  columns: CsvColumn[],
  out: Writable,
): Promise<void> {
  // escape_formulas: a cell starting with = + - @ is prefixed with ' so a spreadsheet does not run it.
  const csv = stringify({ header: true, columns: columns.map((c) => c.header), escape_formulas: true });
  await pipeline(Readable.from(csvRecords(prisma, entity, where, columns)), csv, out);
}

/** A refusal as JSON with the status a GraphQL error of that code gets. */
function refuse(res: Response, error: GraphQLError) {
  const code = String(error.extensions.code ?? 'INTERNAL_SERVER_ERROR');
  const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'BAD_USER_INPUT' ? 400 : 500;
  const http = error.extensions.http as { headers?: Map<string, string> } | undefined;
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  res
    .status(status)
    .json({ error: { code, message: error.message, ...(error.extensions.field ? { field: error.extensions.field } : {}) } });
}

export function exportRoutes(deps: ExportRouteDependencies): Router {
  const router = express.Router();
  router.get('/:file', async (req: Request<{ file: string }>, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    const match = /^([a-z]+)\.csv$/.exec(req.params.file);
    const entity = match?.[1];
    if (!entity || !isExportEntity(entity)) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: `Exports are ${Object.keys(ENTITIES).join(', ')} (.csv)` } });
      return;
    }
    let ctx: Context | null = null;
    let committed = false;
    try {
      ctx = await deps.contextFor(req);
      const filter = parseFilter(deps.schema, ENTITIES[entity].filterType, req.query.filter);
      const deleted = parseDeleted(req.query.deleted);
      await ctx.begin();
      authorize(ctx, 'read');
      const where = { AND: [await filterWhere(ENTITIES[entity].filter, filter, ctx), deletedWhere(deleted)] };
      const columns = [...EXPORT_COLUMNS[entity], ...(await customFieldColumns(ctx.prisma, entity))];
      res.status(200).set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${entity}.csv"`,
        'X-Content-Type-Options': 'nosniff',
      });
      await writeCsvExport(ctx.prisma, entity, where, columns, res);
      committed = true;
    } catch (error) {
      if (res.headersSent) {
        // Mid-stream: the chunked body ends without its last chunk, which clients report as an error.
        deps.logger.warn({ err: error, entity }, 'csv export failed after it started');
        res.destroy();
      } else if (error instanceof GraphQLError) {
        refuse(res, error);
      } else {
        deps.logger.error({ err: error, entity }, 'csv export failed');
        res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The export failed' } });
      }
    } finally {
      await ctx?.finish(committed).catch(() => {});
    }
  });
  return router;
}
