import { createCompany, idInput, type TenantType } from '../tenant-kit.js';

const ACTIVITY_EDGES =
  'activities(first: 50) { totalCount edges { node { id deal { id } contact { id } company { id } lead { id } owner { id } } } }';

const DEAL_EDGES =
  'deals(first: 50) { totalCount edges { node { id contact { id } company { id } lead { id } stage { id } pipeline { id } owner { id } } } }';

export const tenantTypes: TenantType[] = [
  {
    typename: 'Company',
    table: 'companies',
    rootList: 'companies',
    filterable: true,
    softDelete: true,
    selection: `id name contacts(first: 50) { totalCount edges { node { id company { id } owner { id } } } } ${DEAL_EDGES} ${ACTIVITY_EDGES}`,
    nestedTypes: ['Company', 'Contact', 'Deal', 'Activity', 'User'],
    create: (actor) => createCompany(actor),
    update: { field: 'updateCompany', inputType: 'UpdateCompanyInput', input: (id) => ({ id, name: 'Renamed company' }) },
    remove: idInput('deleteCompany'),
    restore: idInput('restoreCompany'),
    references: [],
  },
];
