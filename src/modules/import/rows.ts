/**
 * A CSV file turned into records of one entity, row by row: csv-parse streams the file, each
 * cell goes through its column's zod rule, duplicates are found by email (contacts, leads) or
 * domain (companies). Pure: no database; import.ts writes what it yields.
 */
import { parse, type Parser } from 'csv-parse';
import type { Readable } from 'node:stream';
import type { CsvColumn } from './columns.js';

/** One problem of one row (row 1 is the header, as a spreadsheet numbers it). */
// A type, not an interface: it is stored as JSON, which needs the index signature a type has.
export type RowError = {
  row: number;
  /** The CSV header of the cell, or the field when the column is missing. */
  column: string | null;
  code: RowErrorCode;
  message: string;
};

export type RowErrorCode =
  | 'MISSING_COLUMN'
  | 'UNKNOWN_COLUMN'
  | 'DUPLICATE_HEADER'
  | 'WRONG_COLUMN_COUNT'
  | 'REQUIRED'
  | 'INVALID_VALUE'
  | 'DUPLICATE_IN_FILE'
  | 'DUPLICATE';

/** A file the parser cannot read at all (bad quoting, a giant record): the run fails naming the line. */
export class BadCsvFile extends Error {}

/** One mapped column: which CSV column (by index) feeds which field. */
interface BoundColumn {
  index: number;
  header: string;
  column: CsvColumn;
}

export interface ParsedRow {
  row: number;
  /** The model's fields (only those the file gives). */
  data: Record<string, unknown>;
  /** The de-duplication key (lower case), when the row has one. */
  key: string | null;
  errors: RowError[];
}

/** A record larger than this is not a CSV row of ours (bounds the parser's memory). */
const MAX_RECORD_CHARACTERS = 100_000;

export function csvParser(): Parser {
  return parse({
    bom: true,
    skip_empty_lines: true,
    // Checked here, per row, so a short row is a row error and not the end of the file.
    relax_column_count: true,
    max_record_size: MAX_RECORD_CHARACTERS,
  });
}

/**
 * Matches the header to the columns: the mapping (CSV header -> field) when one was given,
 * else each header that names a field (ignoring case). Unmapped headers are ignored.
 */
export function bindHeader(
  header: string[],
  columns: CsvColumn[],
  mapping: Record<string, string> | null,
): { bound: BoundColumn[]; errors: RowError[] } {
  const errors: RowError[] = [];
  // By field and by exported header (a custom field's `custom.<key>` column is `customFields.<key>`):
  // a file exported by ClientFlow imports as it is.
  const importable = new Map(
    columns.filter((c) => c.importRule).flatMap((c) => [[c.header.toLowerCase(), c] as const, [c.field.toLowerCase(), c] as const]),
  );
  const trimmed = header.map((h) => h.trim());
  const seen = new Set<string>();
  for (const h of trimmed) {
    if (seen.has(h)) errors.push({ row: 1, column: h, code: 'DUPLICATE_HEADER', message: `The header "${h}" appears twice` });
    seen.add(h);
  }
  const bound: BoundColumn[] = [];
  if (mapping) {
    for (const [csvHeader, field] of Object.entries(mapping)) {
      const index = trimmed.indexOf(csvHeader.trim());
      if (index < 0) {
        errors.push({ row: 1, column: csvHeader, code: 'UNKNOWN_COLUMN', message: `The file has no column "${csvHeader}"` });
        continue;
      }
      const column = importable.get(field.toLowerCase());
      if (!column) {
        // A custom field deleted between the import request and the job.
        errors.push({ row: 1, column: csvHeader, code: 'UNKNOWN_COLUMN', message: `"${field}" is not a field this import fills` });
        continue;
      }
      bound.push({ index, header: trimmed[index]!, column });
    }
  } else {
    trimmed.forEach((h, index) => {
      const column = importable.get(h.toLowerCase());
      if (column) bound.push({ index, header: h, column });
    });
  }
  const fields = new Set(bound.map((b) => b.column.field));
  for (const column of columns) {
    if (column.required && !fields.has(column.field)) {
      errors.push({
        row: 1,
        column: column.header,
        code: 'MISSING_COLUMN',
        message: `No column gives ${column.header}, which is required`,
      });
    }
  }
  return { bound, errors };
}

/** Reads one record into the model's fields; `{field}` in the rules' messages becomes the header. */
export function readRow(row: number, record: string[], width: number, bound: BoundColumn[], dedupeField: string): ParsedRow {
  const errors: RowError[] = [];
  const data: Record<string, unknown> = {};
  if (record.length !== width) {
    errors.push({
      row,
      column: null,
      code: 'WRONG_COLUMN_COUNT',
      message: `Row ${row} has ${record.length} cells; the header has ${width}`,
    });
    return { row, data, key: null, errors };
  }
  for (const { index, header, column } of bound) {
    const cell = record[index] ?? '';
    if (column.required && cell.trim().length === 0) {
      errors.push({ row, column: header, code: 'REQUIRED', message: `Row ${row}, column ${header}: a value is required` });
      continue;
    }
    const parsed = column.importRule!.safeParse(cell);
    if (!parsed.success) {
      const reason = parsed.error.issues[0]?.message.replaceAll('{field}', header) ?? `${header} is invalid`;
      errors.push({ row, column: header, code: 'INVALID_VALUE', message: `Row ${row}, column ${header}: ${reason}` });
      continue;
    }
    if (parsed.data !== null && parsed.data !== undefined) setField(data, column.field, parsed.data);
  }
  const keyValue = data[dedupeField];
  return { row, data, key: typeof keyValue === 'string' ? keyValue.toLowerCase() : null, errors };
}

/** `customFields.<key>` fields land in the customFields JSON (see customFieldColumns). */
function setField(data: Record<string, unknown>, field: string, value: unknown) {
  if (field.startsWith('customFields.')) {
    const custom = (data.customFields ??= {}) as Record<string, unknown>;
    custom[field.slice('customFields.'.length)] = value;
  } else {
    data[field] = value;
  }
}

/** The records of a file, header first, as csv-parse reads them (streamed: one record in memory at a time). */
export async function* records(body: Readable): AsyncGenerator<string[]> {
  const parser = csvParser();
  body.on('error', (error) => parser.destroy(error));
  body.pipe(parser);
  try {
    for await (const record of parser) yield record as string[];
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('CSV_')) {
      const lines = (error as { lines?: unknown }).lines;
      throw new BadCsvFile(`The file is not valid CSV near line ${typeof lines === 'number' ? lines : '?'}: ${code}`);
    }
    throw error;
  } finally {
    body.unpipe(parser);
    body.destroy();
  }
}
