import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { given, globalId, intBetween, omittable, stringSet, text } from '../../schema/validation.js';
import { CustomFieldEntityEnum, CustomFieldTypeEnum } from './types.js';
import { CUSTOM_FIELD_KEY, MULTI_SELECT_SEPARATOR, type CustomFieldEntity, type CustomFieldType } from './values.js';

const OPTIONS_HELP = 'SINGLE_SELECT and MULTI_SELECT only: 1 to 100 distinct options of at most 100 characters, without ";".';

export const CreateCustomFieldDefinitionInput = builder.inputType('CreateCustomFieldDefinitionInput', {
  fields: (f) => ({
    entity: f.field({ type: CustomFieldEntityEnum, required: true }),
    key: f.string({
      required: true,
      description: 'Lower case letters, digits and _, starting with a letter, at most 40; unique per entity.',
    }),
    label: f.string({ required: true, description: '1 to 100 characters.' }),
    type: f.field({ type: CustomFieldTypeEnum, required: true }),
    options: f.stringList({ description: OPTIONS_HELP }),
    required: f.boolean({ description: 'Defaults to false.' }),
    position: f.int({ description: 'Form order (0-10000); defaults to after the last field.' }),
  }),
});

export const UpdateCustomFieldDefinitionInput = builder.inputType('UpdateCustomFieldDefinitionInput', {
  description: 'The key and the entity never change. The type changes only while no record holds a value.',
  fields: (f) => ({
    id: f.id({ required: true }),
    label: f.string(),
    type: f.field({ type: CustomFieldTypeEnum }),
    options: f.stringList({ description: `${OPTIONS_HELP} Values no longer among them stay until the record is next written.` }),
    required: f.boolean(),
    position: f.int(),
  }),
});

const key = z.string().refine((value) => CUSTOM_FIELD_KEY.test(value), {
  message: '{field} must be lower case letters, digits and _, start with a letter and have at most 40 characters',
});
const label = text({ min: 1, max: 100 });
const options = stringSet({
  maxItems: 100,
  maxLength: 100,
  tooMany: '{field}: at most 100 options',
  tooLong: '{field}: each option at most 100 characters',
}).refine((values) => values.every((value) => !value.includes(MULTI_SELECT_SEPARATOR)), {
  // A CSV cell lists a MULTI_SELECT value's options separated by it (values.ts).
  message: `{field}: an option may not contain "${MULTI_SELECT_SEPARATOR}"`,
});
const position = intBetween(0, 10_000);

export const createCustomFieldDefinitionSchema = z.object({
  entity: given<CustomFieldEntity>(),
  key,
  label,
  type: given<CustomFieldType>(),
  options: options.nullish().transform((value) => value ?? []),
  required: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  position: omittable(position),
});
export type CreateCustomFieldDefinition = z.output<typeof createCustomFieldDefinitionSchema>;

export const updateCustomFieldDefinitionSchema = z.object({
  id: globalId('CustomFieldDefinition'),
  label: omittable(label),
  type: omittable(given<CustomFieldType>()),
  options: omittable(options),
  required: omittable(z.boolean()),
  position: omittable(position),
});
export type UpdateCustomFieldDefinition = z.output<typeof updateCustomFieldDefinitionSchema>;
