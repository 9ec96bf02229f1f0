import { randomBytes } from 'node:crypto';
import type { Actor } from '../app.js';
import { idInput, run, type TenantType } from '../tenant-kit.js';

export const CREATE_CUSTOM_FIELD_DEFINITION = /* GraphQL */ `
  mutation CreateCustomFieldDefinition($input: CreateCustomFieldDefinitionInput!) {
    createCustomFieldDefinition(input: $input) {
      customFieldDefinition {
        id
        key
      }
    }
  }
`;

/** A fresh, valid key (keys are unique per organization and entity among live fields). */
export const newFieldKey = (prefix = 'f') => `${prefix}_${randomBytes(5).toString('hex')}`;

/** A custom field of the actor's organization (a TEXT field of companies by default); its global id. */
export async function createCustomFieldDefinition(actor: Actor, input: Record<string, unknown> = {}): Promise<string> {
  const data = await run(actor, CREATE_CUSTOM_FIELD_DEFINITION, {
    input: { entity: 'COMPANY', key: newFieldKey(), label: 'Field', type: 'TEXT', ...input },
  });
  return data.createCustomFieldDefinition.customFieldDefinition.id;
}

/** Tenant types of the custom-field module, for the isolation matrix (see tests/helpers/tenant-kit.ts). */
export const tenantTypes: TenantType[] = [
  {
    typename: 'CustomFieldDefinition',
    table: 'custom_field_definitions',
    rootList: 'customFieldDefinitions',
    filterable: true,
    softDelete: true,
    selection: 'id key label type options entity',
    nestedTypes: ['CustomFieldDefinition'],
    create: (actor) => createCustomFieldDefinition(actor),
    update: {
      field: 'updateCustomFieldDefinition',
      inputType: 'UpdateCustomFieldDefinitionInput',
      input: (id) => ({ id, label: 'Renamed field' }),
    },
    remove: idInput('deleteCustomFieldDefinition'),
    references: [],
  },
];
