import type { Actor } from '../app.js';
import { csv, uploadCsv } from '../csv-files.js';
import { run, type TenantType } from '../tenant-kit.js';

export const IMPORT_CONTACTS = /* GraphQL */ `
  mutation ImportContacts($input: CsvImportInput!) {
    importContacts(input: $input) {
      importRun {
        id
      }
    }
  }
`;

/** A dry run of a one-row contacts CSV uploaded by the actor; the run's global id. */
async function createImportRun(actor: Actor): Promise<string> {
  const fileId = await uploadCsv(
    actor,
    csv([
      ['firstName', 'lastName'],
      ['Iso', 'Lation'],
    ]),
  );
  const data = await run(actor, IMPORT_CONTACTS, { input: { fileId, dryRun: true } });
  return data.importContacts.importRun.id;
}

/**
 * Tenant types of the import module, for the isolation matrix (see tests/helpers/tenant-kit.ts).
 * Runs are written by the import mutations and finished by the worker, never edited. fileId's
 * own check (a READY text/csv file of this organization) and the composite foreign key refuse
 * another organization's file; tests/graphql/import/import.test.ts covers it, since the
 * matrix's generic Attachment (a pending text file) is no importable file of either organization.
 */
export const tenantTypes: TenantType[] = [
  {
    typename: 'ImportRun',
    table: 'import_runs',
    rootList: 'importRuns',
    filterable: true,
    softDelete: false,
    selection: 'id status file { id } createdBy { id }',
    nestedTypes: ['ImportRun', 'Attachment', 'User'],
    create: (actor) => createImportRun(actor),
    references: [],
  },
];
