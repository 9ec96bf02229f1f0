import type { Fixtures, OperationSet } from '../role-fixtures.js';
import { CREATE_CUSTOM_FIELD_DEFINITION, newFieldKey } from '../tenant-types/custom-field.js';

const newDefinition = () => ({ input: { entity: 'DEAL', key: newFieldKey('role'), label: 'Role field', type: 'NUMBER' } });

/** A fresh definition created by the OWNER; returns its global id. */
const definition = async (fx: Fixtures) =>
  (await fx.must(CREATE_CUSTOM_FIELD_DEFINITION, newDefinition())).createCustomFieldDefinition.customFieldDefinition.id as string;

/** A fresh definition created and deleted by the OWNER (what purgeCustomFieldValues takes). */
const deletedDefinition = async (fx: Fixtures) => {
  const id = await definition(fx);
  await fx.must('mutation ($input: IdInput!) { deleteCustomFieldDefinition(input: $input) { customFieldDefinition { id } } }', {
    input: { id },
  });
  return id;
};

/** Role-matrix operations of the custom-field module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    customFieldDefinitions: { query: '{ customFieldDefinitions(first: 1, entity: DEAL) { totalCount } }' },
  },
  Mutation: {
    createCustomFieldDefinition: { query: CREATE_CUSTOM_FIELD_DEFINITION, variables: async () => newDefinition() },
    updateCustomFieldDefinition: {
      query:
        'mutation ($input: UpdateCustomFieldDefinitionInput!) { updateCustomFieldDefinition(input: $input) { customFieldDefinition { id } } }',
      variables: async (fx) => ({ input: { id: await definition(fx), label: 'Renamed' } }),
    },
    deleteCustomFieldDefinition: {
      query: 'mutation ($input: IdInput!) { deleteCustomFieldDefinition(input: $input) { customFieldDefinition { id deletedAt } } }',
      variables: async (fx) => ({ input: { id: await definition(fx) } }),
    },
    purgeCustomFieldValues: {
      query: 'mutation ($input: IdInput!) { purgeCustomFieldValues(input: $input) { purgedCount } }',
      variables: async (fx) => ({ input: { id: await deletedDefinition(fx) } }),
    },
  },
};
