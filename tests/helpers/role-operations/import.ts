import type { Fixtures, OperationSet } from '../role-fixtures.js';
import { csv, uploadCsv } from '../csv-files.js';

const importMutation = (field: string) => `mutation ($input: CsvImportInput!) { ${field}(input: $input) { importRun { id status } } }`;

// One uploaded CSV per fixtures (per organization): each call only queues a dry run of it.
const files = new WeakMap<Fixtures, Promise<string>>();
const file = (fx: Fixtures) => {
  let id = files.get(fx);
  if (!id) {
    id = uploadCsv(
      fx.owner,
      csv([
        ['firstName', 'lastName', 'email', 'name'],
        ['Role', 'Matrix', 'role@example.test', 'Role Co'],
      ]),
    );
    files.set(fx, id);
  }
  return id;
};
const dryRun = async (fx: Fixtures) => ({ input: { fileId: await file(fx), dryRun: true } });

/** Role-matrix operations of the import module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    importRuns: { query: '{ importRuns(first: 1) { totalCount } }' },
  },
  Mutation: {
    importContacts: { query: importMutation('importContacts'), variables: dryRun },
    importLeads: { query: importMutation('importLeads'), variables: dryRun },
    importCompanies: { query: importMutation('importCompanies'), variables: dryRun },
  },
};
