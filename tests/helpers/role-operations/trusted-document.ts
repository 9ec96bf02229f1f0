import { REGISTER_TRUSTED_DOCUMENTS } from '../tenant-types/trusted-document.js';
import { tag, type Fixtures, type OperationSet } from '../role-fixtures.js';

const newDocuments = () => ({ input: { documents: [`query RolesDocument${tag()} { me { id } }`] } });

/** A fresh trusted document registered by the OWNER; returns its global id. */
const trustedDocument = async (fx: Fixtures) =>
  (await fx.must(REGISTER_TRUSTED_DOCUMENTS, newDocuments())).registerTrustedDocuments.trustedDocuments[0].id as string;

/** Role-matrix operations of the trusted-document module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    trustedDocuments: { query: '{ trustedDocuments(first: 1) { totalCount } }' },
  },
  Mutation: {
    registerTrustedDocuments: { query: REGISTER_TRUSTED_DOCUMENTS, variables: async () => newDocuments() },
    removeTrustedDocument: {
      query: 'mutation ($id: ID!) { removeTrustedDocument(id: $id) { removedTrustedDocumentId } }',
      variables: async (fx) => ({ id: await trustedDocument(fx) }),
    },
  },
};
