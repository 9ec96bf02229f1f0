import { builder } from '../../schema/builder.js';
import { defineSoftDeleteMutations, payloadType } from '../../schema/resource.js';
import { MAX_ACTIONS, MAX_CONDITIONS } from './config.js';
import { createAutomation, updateAutomation, type AutomationInput } from './service.js';
import { AutomationTriggerEnum, AutomationType } from './types.js';

const CONFIG_HELP = 'Checked against the trigger on write; a problem is BAD_USER_INPUT whose extensions.field is its path (e.g. actions[1].dueInDays) and extensions.issues lists all.';

const automationFields = (f: any, create: boolean) => ({
  name: f.string({ required: create, description: '1-200 characters.' }),
  description: f.string(),
  trigger: f.field({ type: AutomationTriggerEnum, required: create }),
  conditions: f.field({
    type: ['JSONObject'],
    description: `At most ${MAX_CONDITIONS}, all must hold; none by default (SCHEDULE needs its schedule condition). ${CONFIG_HELP}`,
  }),
  actions: f.field({ type: ['JSONObject'], required: create, description: `1-${MAX_ACTIONS}, run in order. ${CONFIG_HELP}` }),
  enabled: f.boolean({ description: create ? 'Defaults to true.' : undefined }),
});

const AutomationPayload = payloadType('AutomationPayload', AutomationType, 'automation');

builder.mutationField('createAutomation', (t) =>
  t.field({
    type: AutomationPayload,
    description: 'Creates a workflow configuration (ADMIN and OWNER).',
    args: { input: t.arg({ required: true, type: builder.inputType('CreateAutomationInput', { fields: (f) => automationFields(f, true) }) }) },
    resolve: async (_root, { input }, ctx) => ({ automation: await createAutomation(ctx, input as never) }),
  }),
);

builder.mutationField('updateAutomation', (t) =>
  t.field({
    type: AutomationPayload,
    description:
      'Updates the given fields; omitted fields stay. Changing trigger, conditions or actions, or enabling, re-checks the whole configuration against the trigger.',
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('UpdateAutomationInput', { fields: (f) => ({ id: f.id({ required: true }), ...automationFields(f, false) }) }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({ automation: await updateAutomation(ctx, String(input.id), input as AutomationInput) }),
  }),
);

defineSoftDeleteMutations({ type: 'Automation', ref: AutomationType, delegate: 'automation', field: 'automation' });
