import { encodeGlobalID } from '@pothos/plugin-relay';
import { badInput } from '../../schema/errors.js';
import { defineFilter, enumFilter, type FilterDefinition } from '../../schema/filters.js';
import { parseAnyGlobalId } from '../../schema/global-ids.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { tableOfModel } from './records.js';
import { AuditActionEnum, AuditRecordTypeEnum } from './types.js';

/** The id filter checks one type name; a recordId may be of any audited type, so it is relabelled first. */
const AUDITED_RECORD = 'AuditedRecord';

const baseFilter = defineFilter('AuditEntry', () => ({
  id: { kind: 'id', column: 'id', type: 'AuditEntry' },
  recordType: { kind: 'enum', column: 'tableName', filter: enumFilter(AuditRecordTypeEnum, 'AuditRecordType') },
  recordId: { kind: 'id', column: 'recordId', type: AUDITED_RECORD },
  actorId: { kind: 'id', column: 'actorUserId', type: 'User' },
  action: { kind: 'enum', column: 'action', filter: enumFilter(AuditActionEnum, 'AuditAction') },
  occurredAt: { kind: 'dateTime', column: 'occurredAt' },
}));

function relabelRecordId(globalId: unknown): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = parseAnyGlobalId(String(globalId));
  } catch {
    throw badInput('recordId is not a valid global id', 'recordId');
  }
  if (!tableOfModel(decoded.typename)) throw badInput(`recordId: ${decoded.typename} records are not audited`, 'recordId');
  return encodeGlobalID(AUDITED_RECORD, decoded.id);
}

type FilterInput = Record<string, unknown> | null | undefined;

function relabelRecordIds(filter: FilterInput): FilterInput {
  if (!filter) return filter;
  const out: Record<string, unknown> = { ...filter };
  const recordId = filter.recordId as { equals?: unknown; in?: unknown[] | null } | null | undefined;
  if (recordId) {
    out.recordId = {
      ...recordId,
      ...(recordId.equals != null ? { equals: relabelRecordId(recordId.equals) } : {}),
      ...(recordId.in != null ? { in: recordId.in.map(relabelRecordId) } : {}),
    };
  }
  for (const key of ['AND', 'OR'] as const) {
    if (Array.isArray(filter[key])) out[key] = (filter[key] as FilterInput[]).map(relabelRecordIds);
  }
  if (filter.NOT) out.NOT = relabelRecordIds(filter.NOT as FilterInput);
  return out;
}

export const auditEntryFilter: FilterDefinition = {
  ref: baseFilter.ref,
  toWhere: (filter, limits) => baseFilter.toWhere(relabelRecordIds(filter), limits),
  translateAt: (filter, walk) => baseFilter.translateAt(relabelRecordIds(filter), walk),
};

export const auditEntryOrder = defineOrderBy('AuditEntry', { OCCURRED_AT: ['occurredAt'] }, { field: 'OCCURRED_AT', direction: 'DESC' });

defineListQuery({
  field: 'auditLog',
  type: 'AuditEntry',
  delegate: 'auditEntry',
  filter: auditEntryFilter,
  order: auditEntryOrder,
  softDelete: false,
  description:
    "The organization's audit trail, newest first: every create, change and removal of its records, " +
    'by whom and what changed. ADMIN and OWNER only.',
});
