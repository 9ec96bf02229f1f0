import { builder } from '../../schema/builder.js';
import { tenantNode } from '../../context/tenant-key.js';
import type { Context } from '../../context/index.js';
import type { CustomFieldDefinition, Prisma } from '../../generated/prisma/client.js';
import { liveDefinitionsByEntity, PURGE_BATCH_SIZE } from './service.js';
import { formatCustomFieldValue, TEXT_MAX, type CustomFieldEntity } from './values.js';

export const CustomFieldEntityEnum = builder.enumType('CustomFieldEntity', {
  description: 'The records a custom field belongs to.',
  values: ['COMPANY', 'CONTACT', 'LEAD', 'DEAL', 'ACTIVITY'] as const,
});

export const CustomFieldTypeEnum = builder.enumType('CustomFieldType', {
  description: 'How the values of a custom field are written in customFields (JSON) and compared by filters.',
  values: {
    TEXT: { description: `A JSON string of at most ${TEXT_MAX} characters.` },
    NUMBER: { description: 'A JSON number.' },
    MONEY: { description: 'A JSON string with exactly 2 decimal places, e.g. "1250.00" (at most 13 integer digits).' },
    DATE: { description: 'A JSON string YYYY-MM-DD.' },
    BOOLEAN: { description: 'true or false.' },
    SINGLE_SELECT: { description: 'A JSON string, one of the options.' },
    MULTI_SELECT: { description: 'A JSON list of distinct options.' },
  } as const,
});

export const CustomFieldDefinitionType = builder.prismaNode('CustomFieldDefinition', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  select: { id: true },
  description:
    "A typed custom field of one entity: its values live under `key` in the records' customFields, checked on every create and update.",
  fields: (t) => ({
    entity: t.expose('entity', { type: CustomFieldEntityEnum }),
    key: t.exposeString('key', { description: 'The JSON key in customFields; never changes.' }),
    label: t.exposeString('label'),
    type: t.expose('type', { type: CustomFieldTypeEnum }),
    options: t.exposeStringList('options', { description: 'The choices of SINGLE_SELECT and MULTI_SELECT; empty otherwise.' }),
    required: t.exposeBoolean('required', { description: 'Creates and updates that set customFields must give a value.' }),
    position: t.exposeInt('position', { description: 'Form order, ascending.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Set once deleted: values are no longer checked and stay until purgeCustomFieldValues.',
    }),
  }),
});

export const PurgeCustomFieldValuesPayload = builder
  .objectRef<{ customFieldDefinition: { id: string }; purgedCount: number; remaining: boolean }>('PurgeCustomFieldValuesPayload')
  .implement({
    fields: (t) => ({
      customFieldDefinition: t.field({ type: CustomFieldDefinitionType, resolve: (payload) => payload.customFieldDefinition }),
      purgedCount: t.exposeInt('purgedCount', { description: 'Records this call removed the key from (0 once none holds it).' }),
      remaining: t.exposeBoolean('remaining', {
        description: `More records hold the key: a call changes at most ${PURGE_BATCH_SIZE} records; call again until false.`,
      }),
    }),
  });

const CustomFieldValueType = builder.objectRef<{ definition: CustomFieldDefinition; value: unknown }>('CustomFieldValue').implement({
  description: "One live custom field of a record's entity with the record's value: customFields read through the definitions.",
  fields: (t) => ({
    key: t.string({ resolve: ({ definition }) => definition.key }),
    label: t.string({ resolve: ({ definition }) => definition.label }),
    type: t.field({ type: CustomFieldTypeEnum, resolve: ({ definition }) => definition.type }),
    value: t.string({
      nullable: true,
      description:
        'The value as text, null when unset: numbers and booleans written out, MULTI_SELECT options joined by ";" (the CSV cell). ' +
        'customFields has the JSON.',
      resolve: ({ definition, value }) => (value === undefined || value === null ? null : formatCustomFieldValue(definition, value)),
    }),
  }),
});

/** A record's custom_fields read through its entity's live definitions: every field in form order, set or not. */
async function customFieldValuesOf(entity: CustomFieldEntity, customFields: Prisma.JsonValue, ctx: Context) {
  const values: Record<string, unknown> =
    customFields !== null && typeof customFields === 'object' && !Array.isArray(customFields) ? customFields : {};
  const definitions = (await liveDefinitionsByEntity(ctx)).get(entity) ?? [];
  return definitions.map((definition) => ({ definition, value: values[definition.key] }));
}

const VALUES_HELP = "The entity's live custom fields in form order, each with this record's value (null when unset).";
builder.prismaObjectField('Company', 'customFieldValues', (t) =>
  t.field({
    type: [CustomFieldValueType],
    select: { customFields: true },
    description: VALUES_HELP,
    resolve: (record, _args, ctx) => customFieldValuesOf('COMPANY', record.customFields, ctx),
  }),
);
builder.prismaObjectField('Contact', 'customFieldValues', (t) =>
  t.field({
    type: [CustomFieldValueType],
    select: { customFields: true },
    description: VALUES_HELP,
    resolve: (record, _args, ctx) => customFieldValuesOf('CONTACT', record.customFields, ctx),
  }),
);
builder.prismaObjectField('Lead', 'customFieldValues', (t) =>
  t.field({
    type: [CustomFieldValueType],
    select: { customFields: true },
    description: VALUES_HELP,
    resolve: (record, _args, ctx) => customFieldValuesOf('LEAD', record.customFields, ctx),
  }),
);
builder.prismaObjectField('Deal', 'customFieldValues', (t) =>
  t.field({
    type: [CustomFieldValueType],
    select: { customFields: true },
    description: VALUES_HELP,
    resolve: (record, _args, ctx) => customFieldValuesOf('DEAL', record.customFields, ctx),
  }),
);
builder.prismaObjectField('Activity', 'customFieldValues', (t) =>
  t.field({
    type: [CustomFieldValueType],
    select: { customFields: true },
    description: VALUES_HELP,
    resolve: (record, _args, ctx) => customFieldValuesOf('ACTIVITY', record.customFields, ctx),
  }),
);
