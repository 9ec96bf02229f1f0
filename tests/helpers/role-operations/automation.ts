import { restore, softDelete, tag, type Fixtures, type OperationSet } from '../role-fixtures.js';

const CREATE_AUTOMATION = 'mutation ($input: CreateAutomationInput!) { createAutomation(input: $input) { automation { id } } }';

const newAutomation = () => ({
  name: `Follow up ${tag()}`,
  trigger: 'LEAD_CREATED',
  conditions: [{ type: 'field', field: 'lead.source', operator: 'eq', value: 'WEBSITE' }],
  actions: [{ type: 'create_task', subject: 'Call the new lead', dueInDays: 1 }],
});

/** A fresh automation created by the OWNER; returns its global id. */
const automation = async (fx: Fixtures) =>
  (await fx.must(CREATE_AUTOMATION, { input: newAutomation() })).createAutomation.automation.id as string;

/** Role-matrix operations of the automation module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    automations: { query: '{ automations(first: 1) { totalCount } }' },
    automationRuns: { query: '{ automationRuns(first: 1) { totalCount } }' },
  },
  Mutation: {
    createAutomation: { query: CREATE_AUTOMATION, variables: async () => ({ input: newAutomation() }) },
    updateAutomation: {
      query: 'mutation ($input: UpdateAutomationInput!) { updateAutomation(input: $input) { automation { id } } }',
      variables: async (fx) => ({ input: { id: await automation(fx), enabled: false } }),
    },
    deleteAutomation: { query: softDelete('Automation'), variables: async (fx) => ({ input: { id: await automation(fx) } }) },
    restoreAutomation: {
      query: restore('Automation'),
      variables: async (fx) => {
        const id = await automation(fx);
        await fx.must(softDelete('Automation'), { input: { id } });
        return { input: { id } };
      },
    },
  },
};
