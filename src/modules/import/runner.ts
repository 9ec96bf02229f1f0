/**
 * The import_csv job (README "CSV import and export"): reads the run's uploaded file from the
 * attachment store as a stream and writes its rows in ONE transaction of the organization, in
 * multi-row INSERTs of IMPORT_BATCH_ROWS, together with the run's outcome. Any row error rolls
 * the whole transaction back: nothing is half-imported. A dry run is the same transaction, always
 * rolled back, so it reports exactly what the commit would do (the database's checks included).
 * Memory is bounded by one batch, the error report (IMPORT_MAX_REPORTED_ERRORS) and the set of
 * de-duplication keys seen in the file (bounded by ATTACHMENTS_MAX_BYTES).
 */
import type { Logger } from 'pino';
import type { TransactionClient } from '../../db/request-transaction.js';
import { withTenant } from '../../db/tenant.js';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import type { AttachmentStore } from '../attachment/store.js';
import { IMPORT_ENTITIES, customFieldColumns, type ImportEntityName } from './columns.js';
import { referenceErrors, type BoundReference } from './references.js';
import { BadCsvFile, bindHeader, readRow, records, type ParsedRow, type RowError } from './rows.js';

/** Rows per INSERT: 1,000 rows of a contact's 12 columns are 12,000 parameters (PostgreSQL allows 65,535). */
export const IMPORT_BATCH_ROWS = 1_000;
/** Row errors kept on the run for the client; all of them are counted. */
export const IMPORT_MAX_REPORTED_ERRORS = 1_000;

export interface ImportDeps {
  /** The API's (RLS-bound) client. */
  prisma: PrismaClient;
  store: AttachmentStore;
  logger: Logger;
  timeoutMs: number;
  statementTimeoutMs: number;
}

export interface ImportJob {
  orgId: string;
  runId: string;
  attempt: number;
  maxAttempts: number;
}

interface Counts {
  totalRows: number;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  errorCount: number;
}

interface Outcome extends Counts {
  errors: RowError[];
}

/** Ends the transaction without writing (a dry run, or a row error), carrying what was found. */
class RollBack extends Error {
  constructor(readonly outcome: Outcome) {
    super('rolled back');
  }
}

type ImportRunRow = Prisma.ImportRunGetPayload<{ include: { attachment: true } }>;

export async function runImport(deps: ImportDeps, job: ImportJob): Promise<void> {
  const { prisma, logger } = deps;
  const { orgId, runId } = job;
  const run = await withTenant(prisma, { orgId }, async (tx) => {
    const found = await tx.importRun.findUnique({ where: { orgId_id: { orgId, id: runId } }, include: { attachment: true } });
    if (!found || (found.status !== 'PENDING' && found.status !== 'RUNNING')) return null;
    await tx.importRun.update({
      where: { orgId_id: { orgId, id: runId } },
      data: { status: 'RUNNING', attempts: { increment: 1 }, startedAt: new Date() },
    });
    return found;
  });
  if (!run) return;
  const finish = (data: Prisma.ImportRunUpdateInput) =>
    withTenant(prisma, { orgId }, (tx) =>
      tx.importRun.update({ where: { orgId_id: { orgId, id: runId } }, data: { ...data, finishedAt: new Date() } }),
    );
  try {
    if (run.attachment.deletedAt || run.attachment.status !== 'READY') {
      throw new BadCsvFile('The uploaded file is missing, deleted or not uploaded yet');
    }
    const outcome = await withTenant(
      prisma,
      { orgId, userId: run.createdById },
      async (tx) => {
        // app.bulk_import: the rows emit no event each; the run's import.completed stands for them
        // (sql/80_events.sql, sql/86_imports.sql; measured in bench/README "CSV import").
        await tx.$queryRaw`SELECT set_config('statement_timeout', ${String(deps.statementTimeoutMs)}, true),
                                  set_config('app.bulk_import', 'on', true)`;
        const found = await importRows(tx, deps.store, run);
        if (run.dryRun || found.errorCount > 0) throw new RollBack(found);
        await tx.$queryRaw`SELECT set_config('app.bulk_import', '', true)`;
        await tx.importRun.update({
          where: { orgId_id: { orgId, id: runId } },
          data: { ...counts(found), status: 'SUCCEEDED', errors: [], finishedAt: new Date() },
        });
        return found;
      },
      { timeoutMs: deps.timeoutMs },
    );
    logger.info({ runId, orgId, ...counts(outcome) }, 'csv import committed');
  } catch (error) {
    if (error instanceof RollBack) {
      const { errors, ...found } = error.outcome;
      // A dry run succeeds whatever it found; a commit with a row error fails, having written nothing.
      const failed = !run.dryRun;
      await finish({
        ...found,
        createdCount: failed ? 0 : found.createdCount,
        updatedCount: failed ? 0 : found.updatedCount,
        status: failed ? 'FAILED' : 'SUCCEEDED',
        errors,
        error: failed ? `${found.errorCount} rows have errors; nothing was imported` : null,
      });
      return;
    }
    if (error instanceof BadCsvFile) {
      await finish({ status: 'FAILED', error: error.message });
      return;
    }
    logger.warn({ err: error, runId, orgId, attempt: job.attempt }, 'csv import failed');
    const last = job.attempt >= job.maxAttempts;
    await finish({
      status: last ? 'FAILED' : 'PENDING',
      error: `Attempt ${job.attempt} of ${job.maxAttempts} failed: ${shortReason(error)}; nothing was imported`,
    });
    if (!last) throw error;
  }
}

const counts = ({ totalRows, createdCount, updatedCount, skippedCount, errorCount }: Counts): Counts => ({
  totalRows,
  createdCount,
  updatedCount,
  skippedCount,
  errorCount,
});

/** The first line of a database or stream error: never the file's content (csv-parse never quotes it in ours). */
function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n').find((line) => line.trim().length > 0) ?? 'unknown error').slice(0, 300);
}

async function importRows(tx: TransactionClient, store: AttachmentStore, run: ImportRunRow): Promise<Outcome> {
  const entity = IMPORT_ENTITIES[run.entity as ImportEntityName];
  const columns = [...entity.columns, ...(await customFieldColumns(tx, run.entity as ImportEntityName))];
  const mapping = run.columnMapping as Record<string, string> | null;
  const outcome: Outcome = { totalRows: 0, createdCount: 0, updatedCount: 0, skippedCount: 0, errorCount: 0, errors: [] };
  const report = (errors: RowError[]) => {
    outcome.errorCount += errors.length;
    for (const error of errors) if (outcome.errors.length < IMPORT_MAX_REPORTED_ERRORS) outcome.errors.push(error);
  };
  const writer = writerOf(run.entity as ImportEntityName, run.orgId);
  const seen = new Set<string>();
  let batch: ParsedRow[] = [];
  // The id columns the file gives (companyId, ownerId, assigneeId): checked per batch.
  let references: BoundReference[] = [];
  const flush = async () => {
    if (batch.length > 0) {
      const refused = references.length > 0 ? await referenceErrors(tx, run.orgId, batch, references) : [];
      report(refused);
      const refusedRows = new Set(refused.map((error) => error.row));
      await writeBatch(
        tx,
        writer,
        run,
        refusedRows.size > 0 ? batch.filter((parsed) => !refusedRows.has(parsed.row)) : batch,
        outcome,
        report,
      );
    }
    batch = [];
  };

  let bound: ReturnType<typeof bindHeader>['bound'] | null = null;
  let width = 0;
  let row = 0;
  for await (const record of records(await store.get(run.attachment.storageKey))) {
    row += 1;
    if (!bound) {
      const header = bindHeader(record, columns, mapping && Object.keys(mapping).length > 0 ? mapping : null);
      report(header.errors);
      // Without the required columns every row would fail the same way: one error says it.
      if (header.errors.length > 0) return outcome;
      bound = header.bound;
      references = bound.filter((each) => each.column.references);
      width = record.length;
      continue;
    }
    outcome.totalRows += 1;
    const parsed = readRow(row, record, width, bound, entity.dedupeField);
    if (parsed.errors.length === 0 && parsed.key !== null) {
      if (seen.has(parsed.key)) {
        // The first row with a key wins; later ones are skipped, or errors under ERROR.
        if (run.duplicatePolicy === 'ERROR') {
          parsed.errors.push({
            row,
            column: entity.dedupeField,
            code: 'DUPLICATE_IN_FILE',
            message: `Row ${row}, column ${entity.dedupeField}: ${parsed.key} appears on an earlier row`,
          });
        } else {
          outcome.skippedCount += 1;
          continue;
        }
      }
      seen.add(parsed.key);
    }
    if (parsed.errors.length > 0) {
      report(parsed.errors);
      continue;
    }
    batch.push(parsed);
    if (batch.length >= IMPORT_BATCH_ROWS) await flush();
  }
  if (!bound) report([{ row: 1, column: null, code: 'MISSING_COLUMN', message: 'The file is empty: it has no header row' }]);
  await flush();
  // A batch's reference and duplicate errors are found when it is written, after the cell errors
  // of its later rows: the report reads top to bottom, as the file does.
  outcome.errors.sort((a, b) => a.row - b.row);
  return outcome;
}

/** The de-duplication lookup and the writes of one entity (the only per-entity code). */
interface EntityWriter {
  /** key (lower case) -> id of the existing, not deleted rows with one of these keys. */
  existing(tx: TransactionClient, keys: string[]): Promise<Map<string, string>>;
  insert(tx: TransactionClient, rows: Record<string, unknown>[]): Promise<number>;
  update(tx: TransactionClient, id: string, data: Record<string, unknown>): Promise<void>;
}

function writerOf(entity: ImportEntityName, orgId: string): EntityWriter {
  const byKey = (rows: { id: string; key: string | null }[]) => new Map(rows.map((r) => [r.key!.toLowerCase(), r.id]));
  const withOrg = <T>(rows: Record<string, unknown>[]) => rows.map((data) => ({ ...data, orgId }) as T);
  switch (entity) {
    case 'CONTACT':
      return {
        existing: async (tx, keys) =>
          byKey(
            (await tx.contact.findMany({ where: { email: { in: keys }, deletedAt: null }, select: { id: true, email: true } })).map(
              (r) => ({ id: r.id, key: r.email }),
            ),
          ),
        insert: async (tx, rows) => (await tx.contact.createMany({ data: withOrg<Prisma.ContactCreateManyInput>(rows) })).count,
        update: async (tx, id, data) => {
          await tx.contact.update({ where: { orgId_id: { orgId, id } }, data: data as Prisma.ContactUpdateInput });
        },
      };
    case 'LEAD':
      return {
        existing: async (tx, keys) =>
          byKey(
            (await tx.lead.findMany({ where: { email: { in: keys }, deletedAt: null }, select: { id: true, email: true } })).map((r) => ({
              id: r.id,
              key: r.email,
            })),
          ),
        insert: async (tx, rows) => (await tx.lead.createMany({ data: withOrg<Prisma.LeadCreateManyInput>(rows) })).count,
        update: async (tx, id, data) => {
          await tx.lead.update({ where: { orgId_id: { orgId, id } }, data: data as Prisma.LeadUpdateInput });
        },
      };
    case 'COMPANY':
      return {
        existing: async (tx, keys) =>
          byKey(
            (await tx.company.findMany({ where: { domain: { in: keys }, deletedAt: null }, select: { id: true, domain: true } })).map(
              (r) => ({ id: r.id, key: r.domain }),
            ),
          ),
        insert: async (tx, rows) => (await tx.company.createMany({ data: withOrg<Prisma.CompanyCreateManyInput>(rows) })).count,
        update: async (tx, id, data) => {
          await tx.company.update({ where: { orgId_id: { orgId, id } }, data: data as Prisma.CompanyUpdateInput });
        },
      };
  }
}

/**
 * One batch: rows whose key exists already are skipped, updated or errors (the policy); the rest
 * are one INSERT. Once any row of the file had an error nothing more is written (the transaction
 * will be rolled back), but the batch is still counted and checked against the existing rows, so
 * a dry run reports every duplicate and what a commit would create.
 */
async function writeBatch(
  tx: TransactionClient,
  writer: EntityWriter,
  run: ImportRunRow,
  batch: ParsedRow[],
  outcome: Outcome,
  report: (errors: RowError[]) => void,
) {
  const dedupeField = IMPORT_ENTITIES[run.entity as ImportEntityName].dedupeField;
  const keys = batch.flatMap((r) => (r.key === null ? [] : [r.key]));
  const existing = keys.length > 0 ? await writer.existing(tx, keys) : new Map<string, string>();
  const fresh: Record<string, unknown>[] = [];
  const updates: { id: string; data: Record<string, unknown> }[] = [];
  const errors: RowError[] = [];
  for (const parsed of batch) {
    const id = parsed.key === null ? undefined : existing.get(parsed.key);
    if (id === undefined) {
      fresh.push(parsed.data);
    } else if (run.duplicatePolicy === 'SKIP') {
      outcome.skippedCount += 1;
    } else if (run.duplicatePolicy === 'UPDATE') {
      updates.push({ id, data: parsed.data });
    } else {
      errors.push({
        row: parsed.row,
        column: dedupeField,
        code: 'DUPLICATE',
        message: `Row ${parsed.row}, column ${dedupeField}: a record with ${parsed.key} exists already`,
      });
    }
  }
  report(errors);
  outcome.updatedCount += updates.length;
  if (outcome.errorCount > 0) {
    outcome.createdCount += fresh.length;
    return;
  }
  for (const update of updates) await writer.update(tx, update.id, update.data);
  if (fresh.length > 0) outcome.createdCount += await writer.insert(tx, fresh);
}
