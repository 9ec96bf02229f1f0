import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { tenantNode } from '../../context/tenant-key.js';
import { memberAsUser } from '../organization/types.js';

export const ImportEntityEnum = builder.enumType('ImportEntity', {
  description: 'What an import creates.',
  values: { CONTACT: {}, LEAD: {}, COMPANY: {} } as const,
});

export const ImportRunStatusEnum = builder.enumType('ImportRunStatus', {
  description: 'Where an import stands; poll the run until SUCCEEDED or FAILED.',
  values: {
    PENDING: { description: 'Waiting for a worker, or for its next attempt after a failure.' },
    RUNNING: { description: 'A worker is reading the file.' },
    SUCCEEDED: {
      description: 'A dry run: finished (its counts and errors say what a commit would do). A commit: every row was written.',
    },
    FAILED: { description: 'Nothing was written: row errors (see errors), an unreadable file or every attempt failed (see error).' },
  } as const,
});

export const DuplicatePolicyEnum = builder.enumType('DuplicatePolicy', {
  description:
    'What to do with a row whose e-mail (contacts, leads) or domain (companies) an existing record or an earlier row of the file has.',
  values: {
    SKIP: { description: 'Keep the existing record (or the earlier row); the row is counted as skipped.' },
    UPDATE: { description: "Update the existing record with the row's values; a repeat within the file is skipped." },
    ERROR: { description: 'The row is an error (DUPLICATE or DUPLICATE_IN_FILE): a commit imports nothing.' },
  } as const,
});

/** A stored row error (runner.ts writes them), read back typed. */
const storedRowErrors = z.array(z.object({ row: z.number(), column: z.string().nullable(), code: z.string(), message: z.string() }));
type ImportRowError = z.infer<typeof storedRowErrors>[number];

export const ImportRowErrorType = builder.objectRef<ImportRowError>('ImportRowError').implement({
  description: 'One problem of one row of the file.',
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'The row as a spreadsheet numbers it: the header is row 1.' }),
    column: t.exposeString('column', { nullable: true, description: 'The CSV header of the cell (or the missing field).' }),
    code: t.exposeString('code', {
      description:
        'MISSING_COLUMN, UNKNOWN_COLUMN, DUPLICATE_HEADER, WRONG_COLUMN_COUNT, REQUIRED, INVALID_VALUE, DUPLICATE_IN_FILE or DUPLICATE.',
    }),
    message: t.exposeString('message'),
  }),
});

export const ImportRunType = builder.prismaNode('ImportRun', {
  ...tenantNode,
  nullable: true,
  select: { id: true },
  description: 'One CSV import: a dry run or an all-or-nothing commit, run by a job worker. Poll it until SUCCEEDED or FAILED.',
  fields: (t) => ({
    entity: t.expose('entity', { type: ImportEntityEnum }),
    dryRun: t.exposeBoolean('dryRun'),
    duplicatePolicy: t.expose('duplicatePolicy', { type: DuplicatePolicyEnum }),
    columnMapping: t.expose('columnMapping', { type: 'JSONObject', description: '{"<CSV header>": "<field>"}; empty: by header name.' }),
    status: t.expose('status', { type: ImportRunStatusEnum }),
    attempts: t.exposeInt('attempts'),
    totalRows: t.exposeInt('totalRows', { description: 'Data rows read (the header not counted).' }),
    createdCount: t.exposeInt('createdCount', { description: 'Records created (a dry run: that a commit would create).' }),
    updatedCount: t.exposeInt('updatedCount'),
    skippedCount: t.exposeInt('skippedCount', { description: 'Duplicate rows skipped (SKIP, or a repeat within the file).' }),
    errorCount: t.exposeInt('errorCount', { description: 'All row errors; `errors` lists the first 1,000.' }),
    errors: t.field({
      type: [ImportRowErrorType],
      select: { errors: true },
      resolve: (run) => storedRowErrors.parse(run.errors),
    }),
    error: t.exposeString('error', { nullable: true, description: 'Why the whole run failed, when it did.' }),
    file: t.relation('attachment', { description: 'The uploaded CSV file.' }),
    createdBy: t.field(memberAsUser('createdBy')),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
