import { isObjectType, type GraphQLSchema } from 'graphql';
import { mayReadNode } from '../../auth/permissions.js';
import { builder } from '../../schema/builder.js';
import { badInput } from '../../schema/errors.js';
import {
  AUDITED_MODELS,
  AUDITED_TABLES,
  modelOfTable,
  recordGlobalId,
  recordTypeOf,
  renderChanges,
  type AuditChange,
  type AuditedTable,
} from './records.js';
import { tenantNode } from '../../context/tenant-key.js';

export const AuditActionEnum = builder.enumType('AuditAction', {
  values: {
    INSERT: { description: 'The record was created.' },
    UPDATE: { description: 'Fields changed. A soft delete or a restore is an UPDATE of deletedAt.' },
    DELETE: { description: 'The record was removed for good (e.g. a pipeline stage, a membership).' },
  } as const,
});

/** The enum's values carry the table names, so filters and fields translate without a lookup. */
export const AuditRecordTypeEnum = builder.enumType('AuditRecordType', {
  description: 'The kind of record an audit entry is about.',
  values: Object.fromEntries(
    AUDITED_TABLES.map((table) => [
      recordTypeOf(AUDITED_MODELS[table]),
      { value: table, description: `${AUDITED_MODELS[table]} records.` },
    ]),
  ) as Record<string, { value: AuditedTable; description: string }>,
});

/** Any JSON value. Output only: the audit log shows stored values as they were. */
// The builder's Scalars map (schema/builder.ts) has no JSON entry; it is typed like JSONObject's output.
export const JSONScalar = builder.scalarType('JSON' as 'JSONObject', {
  description: 'Any JSON value: null, a boolean, number, string, list or object.',
  serialize: (value) => value,
  parseValue: () => {
    throw badInput('JSON values are output only');
  },
});

export const AuditChangeType = builder.objectRef<AuditChange>('AuditChange').implement({
  description:
    'One field of a record before and after a change. Values are JSON as the API shows them: references as global ids, ' +
    'timestamps as ISO-8601 in UTC, amounts as decimal strings; null when there was no value.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The camelCase field name, as in the mutation inputs (e.g. lastName, companyId).' }),
    old: t.field({
      type: JSONScalar,
      nullable: true,
      description: 'Before the change (null for an INSERT).',
      resolve: (change) => change.old,
    }),
    new: t.field({
      type: JSONScalar,
      nullable: true,
      description: 'After the change (null for a DELETE).',
      resolve: (change) => change.new,
    }),
  }),
});

/** Whether `typename` is a node type of the schema, i.e. its records can be loaded by id. */
const nodeTypes = new WeakMap<GraphQLSchema, Map<string, boolean>>();
function isNodeType(schema: GraphQLSchema, typename: string): boolean {
  let known = nodeTypes.get(schema);
  if (!known) nodeTypes.set(schema, (known = new Map()));
  let answer = known.get(typename);
  if (answer === undefined) {
    const type = schema.getType(typename);
    answer = isObjectType(type) && type.getInterfaces().some((item) => item.name === 'Node');
    known.set(typename, answer);
  }
  return answer;
}

export const AuditEntryType = builder.prismaNode('AuditEntry', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for; every
  // entry knows its record (two small columns), which record, recordId and recordType need.
  select: { id: true, tableName: true, recordId: true },
  description:
    'One change of one record: written by a database trigger in the same transaction as the change, ' +
    'and never changed or removed afterwards. Entries of one request share its time.',
  fields: (t) => ({
    action: t.expose('action', { type: AuditActionEnum }),
    recordType: t.field({ type: AuditRecordTypeEnum, resolve: (entry) => entry.tableName as AuditedTable }),
    recordId: t.field({
      type: 'ID',
      description: 'The global id of the record, also after it was removed.',
      resolve: (entry) => recordGlobalId(entry.tableName, entry.recordId),
    }),
    record: t.node({
      description: 'The record as it is now; null when it was removed for good or has no node type (appointment attendees).',
      id: (entry, _args, ctx, info) => {
        const model = modelOfTable(entry.tableName);
        return model && isNodeType(info.schema, model) && mayReadNode(ctx.role, model) ? { id: entry.recordId, type: model } : null;
      },
    }),
    actor: t.prismaField({
      type: 'User',
      nullable: true,
      description: 'Who made the change; null for changes made outside a request or by someone no longer a member.',
      select: { actorUserId: true },
      resolve: (query, entry, _args, ctx) =>
        entry.actorUserId ? ctx.prisma.user.findUnique({ ...query, where: { id: entry.actorUserId } }) : null,
    }),
    changes: t.field({
      type: [AuditChangeType],
      description: 'The fields that changed, by name (every field with a value, for an INSERT or a DELETE).',
      select: { changes: true },
      resolve: (entry) => renderChanges(entry.tableName, entry.changes),
    }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When the transaction that made the change started.' }),
  }),
});

// ---------------------------------------------------------------------------------------------
// auditLog(filter, orderBy)
// ---------------------------------------------------------------------------------------------
