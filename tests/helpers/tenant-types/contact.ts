import { createContactGraph, idInput, type TenantType } from '../tenant-kit.js';

const ACTIVITY_EDGES =
  'activities(first: 50) { totalCount edges { node { id deal { id } contact { id } company { id } lead { id } owner { id } } } }';

const DEAL_EDGES =
  'deals(first: 50) { totalCount edges { node { id contact { id } company { id } lead { id } stage { id } pipeline { id } owner { id } } } }';

export const tenantTypes: TenantType[] = [
  {
    typename: 'Contact',
    table: 'contacts',
    rootList: 'contacts',
    filterable: true,
    softDelete: true,
    selection: `id company { id } owner { id } lastActivity { id } ${DEAL_EDGES} ${ACTIVITY_EDGES}`,
    nestedTypes: ['Contact', 'Company', 'User', 'Deal', 'Activity'],
    create: async (actor) => (await createContactGraph(actor)).contact,
    update: { field: 'updateContact', inputType: 'UpdateContactInput', input: (id) => ({ id, lastName: 'Renamed' }) },
    remove: idInput('deleteContact'),
    restore: idInput('restoreContact'),
    references: [
      {
        name: 'createContact with companyId',
        target: 'Company',
        field: 'createContact',
        inputType: 'CreateContactInput',
        input: (foreign) => ({ firstName: 'Cross', lastName: 'Tenant', companyId: foreign }),
      },
      {
        name: 'createContact with ownerId',
        target: 'User',
        field: 'createContact',
        inputType: 'CreateContactInput',
        input: (foreign) => ({ firstName: 'Cross', lastName: 'Tenant', ownerId: foreign }),
      },
      {
        name: 'updateContact with companyId',
        target: 'Company',
        field: 'updateContact',
        inputType: 'UpdateContactInput',
        own: async (actor) => (await createContactGraph(actor)).contact,
        input: (foreign, own) => ({ id: own, companyId: foreign }),
      },
    ],
  },
];
