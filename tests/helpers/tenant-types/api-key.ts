import type { Actor } from '../app.js';
import { run, unique, type TenantType } from '../tenant-kit.js';

export const CREATE_API_KEY = /* GraphQL */ `
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
      }
    }
  }
`;

/** A MEMBER key of the actor's organization; returns its global id. */
export async function createApiKey(actor: Actor): Promise<string> {
  const data = await run(actor, CREATE_API_KEY, { input: { name: unique('Partner key'), role: 'MEMBER' } });
  return data.createApiKey.apiKey.id;
}

/** Tenant types of the api-key module, for the isolation matrix (see tests/helpers/tenant-kit.ts). */
export const tenantTypes: TenantType[] = [
  {
    typename: 'ApiKey',
    table: 'api_keys',
    rootList: 'apiKeys',
    filterable: true,
    softDelete: false,
    selection: 'id name role prefix',
    nestedTypes: ['ApiKey'],
    create: (actor) => createApiKey(actor),
    update: { field: 'rotateApiKey', inputType: 'ID', argument: 'id', input: (id) => id },
    references: [],
  },
];
