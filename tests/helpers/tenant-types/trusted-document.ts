import type { Actor } from '../app.js';
import { run, unique, type TenantType } from '../tenant-kit.js';

export const REGISTER_TRUSTED_DOCUMENTS = /* GraphQL */ `
  mutation RegisterTrustedDocuments($input: RegisterTrustedDocumentsInput!) {
    registerTrustedDocuments(input: $input) {
      trustedDocuments {
        id
        documentId
      }
    }
  }
`;

/** A one-operation document no other test registers (its operation name is unique). */
export const uniqueDocument = () => `query ${unique('PartnerMe').replace(' ', '')} { me { id } }`;

/** A trusted document of the actor's organization; returns its global id. */
export async function registerTrustedDocument(actor: Actor, body = uniqueDocument()): Promise<string> {
  const data = await run(actor, REGISTER_TRUSTED_DOCUMENTS, { input: { documents: [body] } });
  return data.registerTrustedDocuments.trustedDocuments[0].id;
}

/** Tenant types of the trusted-document module, for the isolation matrix (see tests/helpers/tenant-kit.ts). */
export const tenantTypes: TenantType[] = [
  {
    typename: 'TrustedDocument',
    table: 'trusted_documents',
    rootList: 'trustedDocuments',
    filterable: true,
    softDelete: false,
    selection: 'id documentId operationNames',
    nestedTypes: ['TrustedDocument'],
    create: (actor) => registerTrustedDocument(actor),
    remove: { field: 'removeTrustedDocument', inputType: 'ID', argument: 'id', input: (id) => id },
    references: [],
  },
];
