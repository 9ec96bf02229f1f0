/**
 * The ids a CSV row names (a contact's companyId and ownerId, a lead's assigneeId) checked against
 * the organization, one batch at a time: one query per kind of reference for up to
 * IMPORT_BATCH_ROWS rows, never one per row. The composite foreign keys would refuse another
 * organization's id too, but as one failed INSERT for the whole batch; this names row and column.
 */
import type { TransactionClient } from '../../db/request-transaction.js';
import type { CsvColumn, ReferenceKind } from './columns.js';
import type { ParsedRow, RowError } from './rows.js';

/** Of `ids`, those that name a record of the organization this kind may reference. */
type Lookup = (tx: TransactionClient, orgId: string, ids: string[]) => Promise<Set<string>>;

const LOOKUPS: Record<ReferenceKind, Lookup> = {
  // A company in the trash counts: the API's foreign key takes it, and the export writes it.
  Company: async (tx, orgId, ids) =>
    new Set((await tx.company.findMany({ where: { orgId, id: { in: ids } }, select: { id: true } })).map((row) => row.id)),
  // orgId is needed, not only RLS: a user also sees their own memberships in other organizations.
  Member: async (tx, orgId, ids) =>
    new Set((await tx.membership.findMany({ where: { orgId, userId: { in: ids } }, select: { userId: true } })).map((row) => row.userId)),
};

const REFUSAL: Record<ReferenceKind, string> = {
  Company: 'no Company of this organization has this id',
  Member: 'this User is not a member of this organization',
};

/** An id column the file gives, with its header in the file. */
export interface BoundReference {
  header: string;
  column: CsvColumn;
}

/**
 * The rows of `batch` whose ids name no record of the organization, as one INVALID_VALUE error per
 * cell (row, the file's header, why). Rows without such ids are not looked at.
 */
export async function referenceErrors(
  tx: TransactionClient,
  orgId: string,
  batch: readonly ParsedRow[],
  references: readonly BoundReference[],
): Promise<RowError[]> {
  const wanted = new Map<ReferenceKind, Set<string>>();
  for (const { column } of references) {
    for (const { data } of batch) {
      const id = data[column.field];
      if (typeof id === 'string' && column.references) wanted.set(column.references, (wanted.get(column.references) ?? new Set()).add(id));
    }
  }
  const found = new Map<ReferenceKind, Set<string>>();
  for (const [kind, ids] of wanted) found.set(kind, await LOOKUPS[kind](tx, orgId, [...ids]));
  const errors: RowError[] = [];
  for (const { row, data } of batch) {
    for (const { header, column } of references) {
      const id = data[column.field];
      const kind = column.references;
      if (typeof id !== 'string' || !kind || found.get(kind)?.has(id)) continue;
      errors.push({ row, column: header, code: 'INVALID_VALUE', message: `Row ${row}, column ${header}: ${REFUSAL[kind]}` });
    }
  }
  return errors;
}
