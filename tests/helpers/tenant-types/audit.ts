import { createCompany, run, type TenantType } from '../tenant-kit.js';

const COMPANY_INSERT_ENTRY = /* GraphQL */ `
  query CompanyInsertEntry($filter: AuditEntryFilter) {
    auditLog(first: 1, filter: $filter) {
      edges {
        node {
          id
        }
      }
    }
  }
`;

/** Tenant types of the audit module, for the isolation matrix (see tests/helpers/tenant-kit.ts). */
export const tenantTypes: TenantType[] = [
  {
    typename: 'AuditEntry',
    table: 'audit_log',
    rootList: 'auditLog',
    filterable: true,
    softDelete: false,
    selection: 'id record { id } actor { id }',
    nestedTypes: ['AuditEntry', 'Company', 'User'],
    // Entries are written by triggers: creating a company writes its INSERT entry.
    create: async (actor) => {
      const company = await createCompany(actor);
      const data = await run(actor, COMPANY_INSERT_ENTRY, { filter: { recordId: { equals: company }, action: { equals: 'INSERT' } } });
      return data.auditLog.edges[0].node.id;
    },
    // Append-only: no update, no removal (tests/graphql/audit/audit.test.ts tries them in SQL).
    references: [],
  },
];
