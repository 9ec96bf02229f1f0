import { builder } from '../../schema/builder.js';
import { tenantNode } from '../../context/tenant-key.js';
import { TEXT_MAX } from './values.js';

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
  .objectRef<{ customFieldDefinition: { id: string }; purgedCount: number }>('PurgeCustomFieldValuesPayload')
  .implement({
    fields: (t) => ({
      customFieldDefinition: t.field({ type: CustomFieldDefinitionType, resolve: (payload) => payload.customFieldDefinition }),
      purgedCount: t.exposeInt('purgedCount', { description: 'Records whose customFields held the key (0 on a repeated call).' }),
    }),
  });
