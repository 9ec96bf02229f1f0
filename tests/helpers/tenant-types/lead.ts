import { createLead, idInput, type TenantType } from '../tenant-kit.js';

const ACTIVITY_EDGES =
  'activities(first: 50) { totalCount edges { node { id deal { id } contact { id } company { id } lead { id } owner { id } } } }';

const DEAL_EDGES =
  'deals(first: 50) { totalCount edges { node { id contact { id } company { id } lead { id } stage { id } pipeline { id } owner { id } } } }';

export const tenantTypes: TenantType[] = [
  {
    typename: 'Lead',
    table: 'leads',
    rootList: 'leads',
    filterable: true,
    softDelete: true,
    selection: `id assignee { id } convertedContact { id company { id } } ${DEAL_EDGES} ${ACTIVITY_EDGES}`,
    nestedTypes: ['Lead', 'User', 'Deal', 'Activity'],
    create: (actor) => createLead(actor),
    update: { field: 'updateLead', inputType: 'UpdateLeadInput', input: (id) => ({ id, lastName: 'Renamed' }) },
    remove: idInput('deleteLead'),
    restore: idInput('restoreLead'),
    references: [
      {
        name: 'createLead with assigneeId',
        target: 'User',
        field: 'createLead',
        inputType: 'CreateLeadInput',
        input: (foreign) => ({ lastName: 'Cross', assigneeId: foreign }),
      },
      {
        name: 'convertLead with companyId',
        target: 'Company',
        field: 'convertLead',
        inputType: 'ConvertLeadInput',
        own: (actor) => createLead(actor),
        input: (foreign, own) => ({ leadId: own, companyId: foreign }),
      },
    ],
  },
];
