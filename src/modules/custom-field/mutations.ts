import { builder } from '../../schema/builder.js';
import { IdInput, payloadType } from '../../schema/resource.js';
import { idInputSchema, parseInput } from '../../schema/validation.js';
import {
  CreateCustomFieldDefinitionInput,
  UpdateCustomFieldDefinitionInput,
  createCustomFieldDefinitionSchema,
  updateCustomFieldDefinitionSchema,
} from './inputs.js';
import * as service from './service.js';
import { CustomFieldDefinitionType, PurgeCustomFieldValuesPayload } from './types.js';

const DefinitionPayload = (name: string) => payloadType(name, CustomFieldDefinitionType, 'customFieldDefinition');

builder.mutationField('createCustomFieldDefinition', (t) =>
  t.field({
    type: DefinitionPayload('CreateCustomFieldDefinitionPayload'),
    description: `Defines a typed custom field of an entity (at most ${service.MAX_CUSTOM_FIELDS_PER_ENTITY} live ones per entity). Values already stored under the key are checked from the next write of each record. ADMIN and OWNER.`,
    args: { input: t.arg({ required: true, type: CreateCustomFieldDefinitionInput }) },
    resolve: async (_root, { input }, ctx) => ({
      customFieldDefinition: await service.createCustomFieldDefinition(ctx, parseInput(createCustomFieldDefinitionSchema, input)),
    }),
  }),
);

builder.mutationField('updateCustomFieldDefinition', (t) =>
  t.field({
    type: DefinitionPayload('UpdateCustomFieldDefinitionPayload'),
    description: 'Changes a live custom field. Changing its type is refused while any record holds a value. ADMIN and OWNER.',
    args: { input: t.arg({ required: true, type: UpdateCustomFieldDefinitionInput }) },
    resolve: async (_root, { input }, ctx) => ({
      customFieldDefinition: await service.updateCustomFieldDefinition(ctx, parseInput(updateCustomFieldDefinitionSchema, input)),
    }),
  }),
);

builder.mutationField('deleteCustomFieldDefinition', (t) =>
  t.field({
    type: DefinitionPayload('DeleteCustomFieldDefinitionPayload'),
    description:
      'Deletes a custom field: its values are no longer checked or filterable but stay in customFields until purgeCustomFieldValues. ' +
      'Defining the key again takes them back. Idempotent. ADMIN and OWNER.',
    args: { input: t.arg({ required: true, type: IdInput }) },
    resolve: async (_root, { input }, ctx) => ({
      customFieldDefinition: (await service.deleteCustomFieldDefinition(ctx, parseInput(idInputSchema('CustomFieldDefinition'), input).id))
        .definition,
    }),
  }),
);

builder.mutationField('purgeCustomFieldValues', (t) =>
  t.field({
    type: PurgeCustomFieldValuesPayload,
    description:
      "Removes a deleted custom field's key from the records of its entity (deleted records too), in batches: call again while `remaining`. ADMIN and OWNER.",
    args: { input: t.arg({ required: true, type: IdInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { definition, purgedCount, remaining } = await service.purgeCustomFieldValues(
        ctx,
        parseInput(idInputSchema('CustomFieldDefinition'), input).id,
      );
      return { customFieldDefinition: definition, purgedCount, remaining };
    },
  }),
);
