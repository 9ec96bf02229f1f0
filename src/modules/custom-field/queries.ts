import { defineFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { CustomFieldEntityEnum } from './types.js';
import type { CustomFieldEntity } from './values.js';

export const customFieldDefinitionFilter = defineFilter('CustomFieldDefinition', () => ({
  id: { kind: 'id', column: 'id', type: 'CustomFieldDefinition' },
  key: { kind: 'string', column: 'key' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
}));

export const customFieldDefinitionOrder = defineOrderBy(
  'CustomFieldDefinition',
  { POSITION: ['position'], KEY: ['key'], CREATED_AT: ['createdAt'] },
  { field: 'POSITION', direction: 'ASC' },
);

defineListQuery({
  field: 'customFieldDefinitions',
  type: 'CustomFieldDefinition',
  delegate: 'customFieldDefinition',
  filter: customFieldDefinitionFilter,
  order: customFieldDefinitionOrder,
  description:
    "The organization's custom field definitions, in form order; `entity` narrows them to one entity. Deleted ones with `deleted: ONLY` (their values await a purge).",
  narrowing: {
    args: (t: { arg: (options: { type: typeof CustomFieldEntityEnum; description: string }) => unknown }) => ({
      entity: t.arg({ type: CustomFieldEntityEnum, description: 'Only the fields of this entity.' }),
    }),
    where: (args: { entity?: CustomFieldEntity | null }) => (args.entity ? { entity: args.entity } : {}),
  },
});
