import { builder } from '../../schema/builder.js';
import { defineSoftDeleteMutations, payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { CreateAutomationInput, UpdateAutomationInput, createAutomationSchema, updateAutomationSchema } from './inputs.js';
import { createAutomation, updateAutomation } from './service.js';
import { AutomationType } from './types.js';

const AutomationPayload = payloadType('AutomationPayload', AutomationType, 'automation');

builder.mutationField('createAutomation', (t) =>
  t.field({
    type: AutomationPayload,
    description: 'Creates a workflow configuration (ADMIN and OWNER).',
    args: { input: t.arg({ required: true, type: CreateAutomationInput }) },
    resolve: async (_root, { input }, ctx) => ({ automation: await createAutomation(ctx, parseInput(createAutomationSchema, input)) }),
  }),
);

builder.mutationField('updateAutomation', (t) =>
  t.field({
    type: AutomationPayload,
    description:
      'Updates the given fields; omitted fields stay. Changing trigger, conditions or actions, or enabling, re-checks the whole configuration against the trigger.',
    args: {
      input: t.arg({ required: true, type: UpdateAutomationInput }),
    },
    resolve: async (_root, { input }, ctx) => ({ automation: await updateAutomation(ctx, parseInput(updateAutomationSchema, input)) }),
  }),
);

defineSoftDeleteMutations({ type: 'Automation', ref: AutomationType, delegate: 'automation', field: 'automation' });
