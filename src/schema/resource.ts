import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { Context } from '../context/index.js';
import { usesPrefixKey } from './prefix-keys.js';
import { tenantKey } from '../context/tenant-key.js';
import { builder, type BuilderTypes } from './builder.js';
import type { FilterDefinition } from './filters.js';
import { notFound } from './errors.js';
import { parseGlobalId } from './global-ids.js';
import { getDatamodel } from '../generated/pothos-types.js';
import type { CustomFieldType } from '../generated/prisma/client.js';
import { mentionsCustomFields, type CustomFieldTypes } from './custom-field-filters.js';
import { needsSql, SQL_LIST_TABLES, type SqlListModel } from './sql-where.js';
import { sqlListCount, sqlListPage, type ConnectionQuery, type SortKey } from './sql-list.js';

/** The Prisma delegates of the soft-deletable CRM models. */
export type CrmDelegate =
  | 'company'
  | 'contact'
  | 'lead'
  | 'deal'
  | 'activity'
  | 'pipeline'
  | 'listing'
  | 'appointment'
  | 'message'
  | 'automation'
  | 'automationRun'
  | 'importRun'
  | 'attachment'
  | 'notification'
  | 'dailyMetric'
  | 'toolPurchase'
  | 'bundlePurchase'
  | 'toolReview'
  | 'auditEntry'
  | 'marketplaceTool'
  | 'toolBundle'
  | 'invitation'
  | 'apiKey'
  | 'trustedDocument'
  | 'webhookEndpoint'
  | 'webhookDelivery'
  | 'customFieldDefinition';
type AnyDelegate = {
  findMany(args: unknown): Promise<unknown[]>;
  findUnique(args: unknown): Promise<unknown>;
  count(args: unknown): Promise<number>;
  updateMany(args: unknown): Promise<{ count: number }>;
};
/** A model's delegate on any client (a request's transaction, a job's). */
export const delegateIn = (prisma: Context['prisma'], name: CrmDelegate) => (prisma as unknown as Record<CrmDelegate, AnyDelegate>)[name];
export const delegateOf = (ctx: Context, name: CrmDelegate) => delegateIn(ctx.prisma, name);

export const DeletedFilter = builder.enumType('DeletedFilter', {
  description: 'Which records a list returns with respect to soft deletion.',
  values: {
    EXCLUDE: { description: 'Only records that are not deleted (default).' },
    ONLY: { description: 'Only soft-deleted records (the trash).' },
    INCLUDE: { description: 'Both.' },
  } as const,
});

export function deletedWhere(deleted: 'EXCLUDE' | 'ONLY' | 'INCLUDE' | null | undefined) {
  if (deleted === 'INCLUDE') return {};
  return deleted === 'ONLY' ? { deletedAt: { not: null } } : { deletedAt: null };
}

const customFieldTypesOf = new WeakMap<Context, Promise<CustomFieldTypes>>();

/**
 * The live custom fields of the request's organization by entity and key, read once per request
 * and only for a filter that names customFields (at most 100 per entity: one indexed read).
 */
function customFieldTypes(ctx: Context): Promise<CustomFieldTypes> {
  let types = customFieldTypesOf.get(ctx);
  if (!types) {
    types = ctx.prisma.customFieldDefinition
      .findMany({ where: { deletedAt: null }, select: { entity: true, key: true, type: true } })
      .then((rows) => {
        const byEntity = new Map<string, Map<string, CustomFieldType>>();
        for (const row of rows) {
          const keys = byEntity.get(row.entity) ?? new Map<string, CustomFieldType>();
          keys.set(row.key, row.type);
          byEntity.set(row.entity, keys);
        }
        return byEntity;
      });
    customFieldTypesOf.set(ctx, types);
  }
  return types;
}

/**
 * A list filter as a Prisma where, the way every list reads it: under the request's filter
 * limits, custom-field conditions typed by the organization's definitions. The lists and the
 * CSV export (src/modules/import/export-route.ts) both call this.
 */
export async function filterWhere(definition: FilterDefinition, filter: Record<string, unknown> | null | undefined, ctx: Context) {
  const customFields = mentionsCustomFields(filter) ? await customFieldTypes(ctx) : undefined;
  return definition.toWhere(filter, ctx.filterLimits, customFields);
}

/** The arguments of a list: filter, orderBy, deleted, and those its narrowing adds. */
type ListArgs = { filter?: unknown; orderBy?: unknown; deleted?: 'EXCLUDE' | 'ONLY' | 'INCLUDE' | null } & Record<string, unknown>;

/**
 * A root Relay connection over one CRM model, with `filter`, `orderBy`, `deleted` and a
 * `totalCount` that counts with the same conditions.
 */
/** A list's cursor is its model's primary key: (orgId, id) on tenant tables, id on the shared catalog. */
function cursorOf(delegate: CrmDelegate): string {
  const model = getDatamodel().datamodel.models[delegate.charAt(0).toUpperCase() + delegate.slice(1)];
  return model?.primaryKey?.fields.join('_') ?? 'id';
}

export function defineListQuery(options: {
  field: string;
  type: string;
  delegate: CrmDelegate;
  filter: FilterDefinition;
  order: { ref: InputObjectRef<BuilderTypes, unknown>; toOrderBy(order: unknown): unknown; sortKeys(order: unknown): SortKey[] };
  description: string;
  softDelete?: boolean;
  /**
   * Arguments of this list beyond filter/orderBy/deleted (e.g. the catalog's `active`, the
   * notifications' `unreadOnly`) and the condition they add, which may depend on the request.
   */
  narrowing?: {
    // Method syntax: each list's narrowing declares the arguments it adds, the field builder they are made with.
    args(t: unknown): Record<string, unknown>;
    where(args: ListArgs, ctx: Context): Record<string, unknown>;
  };
}) {
  const softDelete = options.softDelete ?? true;
  // The lists of records with custom fields can be read through SQL (src/schema/sql-list.ts).
  const sqlModel = options.type in SQL_LIST_TABLES ? (options.type as SqlListModel) : undefined;
  const whereFor = async (args: { filter?: unknown; deleted?: 'EXCLUDE' | 'ONLY' | 'INCLUDE' | null }, ctx: Context) => {
    const conditions = [await filterWhere(options.filter, args.filter as Record<string, unknown> | null | undefined, ctx)];
    if (softDelete) conditions.push(deletedWhere(args.deleted));
    if (options.narrowing) conditions.push(options.narrowing.where(args, ctx));
    return { AND: conditions };
  };
  builder.queryField(options.field, (t) =>
    // The one `any` in src/: Pothos types prismaConnection by a model name known when the code is
    // written; here it is a parameter, and the delegate is chosen at run time (delegateOf).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (t as any).prismaConnection({
      type: options.type,
      cursor: cursorOf(options.delegate),
      description: options.description,
      args: {
        filter: t.arg({ type: options.filter.ref }),
        orderBy: t.arg({ type: [options.order.ref] }),
        ...(softDelete ? { deleted: t.arg({ type: DeletedFilter, defaultValue: 'EXCLUDE' }) } : {}),
        ...options.narrowing?.args(t),
      },
      resolve: async (query: ConnectionQuery, _parent: unknown, args: ListArgs, ctx: Context) => {
        const where = await whereFor(args, ctx);
        const sortKeys = options.order.sortKeys(args.orderBy);
        const delegate = delegateOf(ctx, options.delegate);
        if (sqlModel && (needsSql(where) || sortKeys.some((key) => 'customField' in key))) {
          const entity = sqlModel.toUpperCase();
          const types = sortKeys.some((key) => 'customField' in key) ? (await customFieldTypes(ctx)).get(entity) : undefined;
          return sqlListPage(delegate, ctx.prisma, sqlModel, where, sortKeys, query, { types, entity });
        }
        const orderBy = options.order.toOrderBy(args.orderBy);
        if (!usesPrefixKey(where)) return delegate.findMany({ ...query, where, orderBy });
        // A prefix-key range (startsWith on a name) matches a cluster of rows: in name order they
        // sit together, e.g. "gar" after 42 % of the organization's contacts. The planner assumes
        // matches spread evenly and walks the name index until it has a page (36 ms at 100k
        // contacts) instead of reading the range's index entries and sorting them (2.4 ms; both
        // measured by tests/db/search-index.test.ts). So plain index scans are off for the rest of
        // this request's transaction (SET LOCAL; bitmap scans still use every index), and the
        // page's relations are read by a second statement for the page's rows (relationLoadStrategy
        // 'query'): joined, they were looked up for every match before the sort (Prisma's LATERAL
        // join; 'ngu' at 100k contacts: 89 ms, against ~2 ms for the page plus ~1 ms for its companies).
        await ctx.prisma.$queryRaw`SELECT set_config('enable_indexscan', 'off', true)`;
        return delegate.findMany({ ...query, where, orderBy, relationLoadStrategy: 'query' });
      },
      totalCount: async (_connection: unknown, args: ListArgs, ctx: Context) => {
        const where = await whereFor(args, ctx);
        if (sqlModel && needsSql(where)) return sqlListCount(ctx.prisma, sqlModel, where);
        return delegateOf(ctx, options.delegate).count({ where });
      },
    }),
  );
}

/**
 * `<name> { edges pageInfo totalCount }` for a prismaConnection field on an object (a record's
 * reviews, its history); the root lists get theirs from defineListQuery. totalCount is the
 * field's own `totalCount` option, a value or a function Pothos leaves to call.
 */
export function countedConnection(type: ObjectRef<BuilderTypes, unknown>, name: string, edgeName?: string) {
  return builder.connectionObject(
    {
      type,
      name,
      fields: (t) => ({
        totalCount: t.int({
          extensions: { pothosPrismaTotalCount: true },
          resolve: (connection) => {
            const { totalCount } = connection as { totalCount?: number | (() => number | Promise<number>) };
            return (typeof totalCount === 'function' ? totalCount() : totalCount) ?? 0;
          },
        }),
      }),
    },
    // Without a name Pothos calls the edge <name without "Connection">Edge.
    edgeName ? { name: edgeName } : undefined,
  );
}

/** A payload object type whose fields are read from the resolver's result by name. */
export function objectPayload(
  name: string,
  fields: Record<string, { type: ObjectRef<BuilderTypes, unknown>; nullable?: boolean; description?: string }>,
) {
  const ref = builder.objectRef<Record<string, unknown>>(name);
  ref.implement({
    fields: (t) =>
      Object.fromEntries(
        Object.entries(fields).map(([key, field]) => [
          key,
          t.field({
            type: field.type,
            nullable: field.nullable ?? false,
            description: field.description,
            resolve: (payload) => payload[key],
          }),
        ]),
      ),
  });
  return ref;
}

/** `<Verb><Type>Payload { <field>: <Type>! }`: every mutation returns the changed record. */
export function payloadType<Shape>(
  name: string,
  type: ObjectRef<BuilderTypes, Shape> | (() => ObjectRef<BuilderTypes, Shape>),
  field: string,
) {
  const ref = builder.objectRef<Record<string, Shape>>(name);
  ref.implement({
    fields: (t) => ({
      [field]: t.field({
        type: (typeof type === 'function' ? type() : type) as ObjectRef<BuilderTypes, unknown>,
        resolve: (payload) => payload[field],
      }),
    }),
  });
  return ref;
}

export const IdInput = builder.inputType('IdInput', {
  description: 'Identifies one record by its global id.',
  fields: (t) => ({ id: t.id({ required: true }) }),
});

/** `delete<Type>` and `restore<Type>`: soft delete (sets deletedAt) and undo. Both are idempotent. */
export function defineSoftDeleteMutations(options: {
  type: string;
  ref: ObjectRef<BuilderTypes, unknown>;
  delegate: CrmDelegate;
  field: string;
  /** Throws when this record must not be deleted. */
  beforeDelete?: (ctx: Context, id: string) => Promise<void>;
}) {
  const deletePayload = payloadType(`Delete${options.type}Payload`, options.ref, options.field);
  const restorePayload = payloadType(`Restore${options.type}Payload`, options.ref, options.field);
  const setDeleted = async (ctx: Context, globalId: string, deleted: boolean) => {
    const id = parseGlobalId(globalId, options.type);
    if (deleted) await options.beforeDelete?.(ctx, id);
    const delegate = delegateOf(ctx, options.delegate);
    await delegate.updateMany({
      where: { id, deletedAt: deleted ? null : { not: null } },
      data: { deletedAt: deleted ? new Date() : null },
    });
    const record = await delegate.findUnique({ where: tenantKey(ctx, id) });
    if (!record) throw notFound(options.type);
    return { [options.field]: record };
  };
  builder.mutationField(`delete${options.type}`, (t) =>
    t.field({
      type: deletePayload,
      description: `Soft-deletes a ${options.type}: it leaves lists (see \`deleted\`) until restored.`,
      args: { input: t.arg({ type: IdInput, required: true }) },
      resolve: (_root, { input }, ctx) => setDeleted(ctx, String(input.id), true),
    }),
  );
  builder.mutationField(`restore${options.type}`, (t) =>
    t.field({
      type: restorePayload,
      description: `Restores a soft-deleted ${options.type}.`,
      args: { input: t.arg({ type: IdInput, required: true }) },
      resolve: (_root, { input }, ctx) => setDeleted(ctx, String(input.id), false),
    }),
  );
}
