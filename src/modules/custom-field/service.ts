import { tenantOf, type Context } from '../../context/index.js';
import { tenantKey } from '../../context/tenant-key.js';
import type { TransactionClient } from '../../db/request-transaction.js';
import { Prisma } from '../../generated/prisma/client.js';
import { badInput, ClientFlowError, ErrorCode, notFound } from '../../schema/errors.js';
import type { CreateCustomFieldDefinition, UpdateCustomFieldDefinition } from './inputs.js';
import { ENTITY_TABLES, validateCustomFieldValues, type CustomFieldEntity, type CustomFieldError, type CustomFieldRule } from './values.js';

export { carriedCustomFieldValues, formatCustomFieldValue, parseCustomFieldCell, validateCustomFieldValues } from './values.js';
export type { CustomFieldError, CustomFieldRule } from './values.js';

/**
 * Live definitions per organization and entity. Every create and update of the entity reads all
 * of them (one indexed query) and the forms show them; 100 is more than CRMs' own defaults
 * (HubSpot's typical portals, Pipedrive) and keeps that read and the 16 KiB customFields object small.
 */
export const MAX_CUSTOM_FIELDS_PER_ENTITY = 100;

type Client = Pick<TransactionClient, 'customFieldDefinition'>;

/**
 * The live (not deleted) definitions of an entity, in form order: what values are validated
 * against. `tx` is any client of the organization's transaction (RLS picks the organization):
 * the request's ctx.prisma, or the CSV import's withTenant transaction.
 */
export function customFieldDefinitions(tx: Client, entity: CustomFieldEntity) {
  return tx.customFieldDefinition.findMany({
    where: { entity, deletedAt: null },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  });
}

type Definition = Awaited<ReturnType<typeof customFieldDefinitions>>[number];
const liveDefinitionsOf = new WeakMap<Context, Promise<Map<CustomFieldEntity, Definition[]>>>();

/** The live definitions of every entity, read once per request (what customFieldValues shows on a page of records). */
export function liveDefinitionsByEntity(ctx: Context): Promise<Map<CustomFieldEntity, Definition[]>> {
  let definitions = liveDefinitionsOf.get(ctx);
  if (!definitions) {
    definitions = ctx.prisma.customFieldDefinition
      .findMany({ where: { deletedAt: null }, orderBy: [{ position: 'asc' }, { id: 'asc' }] })
      .then((rows) => {
        const byEntity = new Map<CustomFieldEntity, Definition[]>();
        for (const row of rows) byEntity.set(row.entity, [...(byEntity.get(row.entity) ?? []), row]);
        return byEntity;
      });
    liveDefinitionsOf.set(ctx, definitions);
  }
  return definitions;
}

/**
 * Refuses custom field values that do not fit the entity's definitions (INVALID_CUSTOM_FIELD,
 * the first problem; extensions.key names the field and extensions.problems lists them all).
 * `values` is the whole object that will be stored: create and update both replace customFields.
 */
export async function assertCustomFieldValues(ctx: Context, entity: CustomFieldEntity, values: Record<string, unknown> | undefined) {
  if (values === undefined) return;
  assertValuesFit(await customFieldDefinitions(ctx.prisma, entity), values);
}

/**
 * assertCustomFieldValues for definitions already read. `input` is the input field the values
 * came through (extensions.field is `<input>.<key>`) and `advice` ends the message when set.
 */
export function assertValuesFit(
  definitions: readonly CustomFieldRule[],
  values: Record<string, unknown>,
  { input = 'customFields', advice }: { input?: string; advice?: (error: CustomFieldError) => string } = {},
) {
  const errors = validateCustomFieldValues(definitions, values);
  const [first] = errors;
  if (!first) return;
  throw new ClientFlowError(ErrorCode.INVALID_CUSTOM_FIELD, advice ? `${first.message}; ${advice(first)}` : first.message, {
    field: `${input}.${first.key}`,
    key: first.key,
    problem: first.problem,
    problems: errors.map(({ key, problem }) => ({ key, problem })),
  });
}

/** Whether any record of the entity (deleted ones too) holds a value under `key`. */
async function valuesExist(ctx: Context, entity: CustomFieldEntity, key: string): Promise<boolean> {
  const table = Prisma.raw(`"${ENTITY_TABLES[entity]}"`);
  const [row] = await ctx.prisma.$queryRaw<{ found: boolean }[]>(
    Prisma.sql`SELECT EXISTS (SELECT 1 FROM ${table} WHERE org_id = ${tenantOf(ctx).orgId}::uuid
                 AND custom_fields ? ${key} AND custom_fields -> ${key} <> 'null'::jsonb) AS found`,
  );
  return row?.found ?? false;
}

function checkOptions(type: string, options: readonly string[]) {
  const selects = type === 'SINGLE_SELECT' || type === 'MULTI_SELECT';
  if (selects && options.length === 0) throw badInput('A select field needs at least one option', 'options');
  if (!selects && options.length > 0) throw badInput('Only SINGLE_SELECT and MULTI_SELECT fields have options', 'options');
}

export async function createCustomFieldDefinition(ctx: Context, input: CreateCustomFieldDefinition) {
  const { orgId } = tenantOf(ctx);
  checkOptions(input.type, input.options);
  const live = await ctx.prisma.customFieldDefinition.findMany({
    where: { entity: input.entity, deletedAt: null },
    select: { key: true, position: true },
  });
  if (live.some((each) => each.key === input.key)) {
    throw badInput(`${input.entity} already has a custom field with the key ${input.key}`, 'key');
  }
  if (live.length >= MAX_CUSTOM_FIELDS_PER_ENTITY) {
    throw badInput(`An organization has at most ${MAX_CUSTOM_FIELDS_PER_ENTITY} custom fields per entity; delete one first`, 'entity');
  }
  const position = input.position ?? live.reduce((last, each) => Math.max(last, each.position + 1), 0);
  return ctx.prisma.customFieldDefinition.create({ data: { ...input, position, orgId } });
}

export async function updateCustomFieldDefinition(ctx: Context, input: UpdateCustomFieldDefinition) {
  const { id, ...changes } = input;
  const current = await ctx.prisma.customFieldDefinition.findUnique({ where: tenantKey(ctx, id) });
  if (!current || current.deletedAt) throw notFound('CustomFieldDefinition');
  const type = changes.type ?? current.type;
  const options = changes.options ?? (changes.type && changes.type !== current.type ? [] : current.options);
  checkOptions(type, options);
  // Values are never rewritten behind the user's back: a type change with stored values is refused.
  if (type !== current.type && (await valuesExist(ctx, current.entity, current.key))) {
    throw badInput(
      `Records hold values of ${current.key}; its type cannot change. Create a field with a new key, or delete this one and purge its values first`,
      'type',
    );
  }
  return ctx.prisma.customFieldDefinition.update({ where: tenantKey(ctx, id), data: { ...changes, type, options } });
}

/** Soft delete: the values stay in the records (unchecked) until purgeCustomFieldValues. */
export async function deleteCustomFieldDefinition(ctx: Context, id: string) {
  const { count } = await ctx.prisma.customFieldDefinition.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: new Date() } });
  const definition = await ctx.prisma.customFieldDefinition.findUnique({ where: tenantKey(ctx, id) });
  if (!definition) throw notFound('CustomFieldDefinition');
  return { definition, deleted: count > 0 };
}

/**
 * Records one purgeCustomFieldValues call changes. Each changed row fires the audit and event
 * triggers: 90,000 rows in one request ran past the 5 s statement_timeout of the tests (and so
 * wrote nothing); a bounded batch per call keeps every call well inside it (measured in
 * tests/db/custom-field-filter-plan.test.ts) and the client calls again while `remaining`.
 */
export const PURGE_BATCH_SIZE = 5_000;

/**
 * Removes a deleted definition's key from up to PURGE_BATCH_SIZE records of its entity
 * (soft-deleted ones too); `remaining` says whether more hold it. Refused while the field is
 * live, or when a live definition has taken the key since: its values are that field's now.
 */
export async function purgeCustomFieldValues(ctx: Context, id: string) {
  const definition = await ctx.prisma.customFieldDefinition.findUnique({ where: tenantKey(ctx, id) });
  if (!definition) throw notFound('CustomFieldDefinition');
  if (!definition.deletedAt) throw badInput('Delete the custom field before purging its values', 'id');
  const successor = await ctx.prisma.customFieldDefinition.findFirst({
    where: { entity: definition.entity, key: definition.key, deletedAt: null },
    select: { id: true },
  });
  if (successor) throw badInput(`A live custom field uses the key ${definition.key} again; its values are kept`, 'id');
  const table = Prisma.raw(`"${ENTITY_TABLES[definition.entity]}"`);
  const orgId = tenantOf(ctx).orgId;
  const [result] = await ctx.prisma.$queryRaw<{ purged: number; remaining: boolean }[]>(
    Prisma.sql`WITH batch AS (
                 SELECT id FROM ${table} WHERE org_id = ${orgId}::uuid AND custom_fields ? ${definition.key}
                  LIMIT ${PURGE_BATCH_SIZE + 1}
               ), purged AS (
                 UPDATE ${table} SET custom_fields = custom_fields - ${definition.key}
                  WHERE org_id = ${orgId}::uuid AND id IN (SELECT id FROM batch LIMIT ${PURGE_BATCH_SIZE})
                  RETURNING 1
               )
               SELECT (SELECT count(*)::int FROM purged) AS purged, (SELECT count(*) FROM batch) > ${PURGE_BATCH_SIZE} AS remaining`,
  );
  return { definition, purgedCount: result?.purged ?? 0, remaining: result?.remaining ?? false };
}
