import { CREATE_API_KEY } from '../tenant-types/api-key.js';
import { tag, type Fixtures, type OperationSet } from '../role-fixtures.js';

const newKey = () => ({ input: { name: `Roles key ${tag()}`, role: 'VIEWER' } });

/** A fresh key created by the OWNER; returns its global id. */
const apiKey = async (fx: Fixtures) => (await fx.must(CREATE_API_KEY, newKey())).createApiKey.apiKey.id as string;

/** Role-matrix operations of the api-key module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    apiKeys: { query: '{ apiKeys(first: 1) { totalCount } }' },
  },
  Mutation: {
    createApiKey: { query: CREATE_API_KEY, variables: async () => newKey() },
    rotateApiKey: {
      query: 'mutation ($id: ID!) { rotateApiKey(id: $id) { secret apiKey { id } } }',
      variables: async (fx) => ({ id: await apiKey(fx) }),
    },
    revokeApiKey: {
      query: 'mutation ($id: ID!) { revokeApiKey(id: $id) { apiKey { id revokedAt } } }',
      variables: async (fx) => ({ id: await apiKey(fx) }),
    },
  },
};
