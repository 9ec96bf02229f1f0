import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { given, globalId, nullMeans, omittable, optionalText, text, type InputFields } from '../../schema/validation.js';
import { MAX_ACTIONS, MAX_CONDITIONS } from './config.js';
import { AutomationTriggerEnum } from './types.js';

const CONFIG_HELP =
  'Checked against the trigger on write; a problem is BAD_USER_INPUT whose extensions.field is its path (e.g. actions[1].dueInDays) and extensions.issues lists all.';

function automationFields<Create extends boolean>(f: InputFields, create: Create) {
  return {
    name: f.string({ required: create, description: '1-200 characters.' }),
    description: f.string(),
    trigger: f.field({ type: AutomationTriggerEnum, required: create }),
    conditions: f.field({
      type: ['JSONObject'],
      description: `At most ${MAX_CONDITIONS}, all must hold; none by default (SCHEDULE needs its schedule condition). ${CONFIG_HELP}`,
    }),
    actions: f.field({ type: ['JSONObject'], required: create, description: `1-${MAX_ACTIONS}, run in order. ${CONFIG_HELP}` }),
    enabled: f.boolean({ description: create ? 'Defaults to true.' : undefined }),
  };
}

export const CreateAutomationInput = builder.inputType('CreateAutomationInput', { fields: (f) => automationFields(f, true) });
export const UpdateAutomationInput = builder.inputType('UpdateAutomationInput', {
  fields: (f) => ({ id: f.id({ required: true }), ...automationFields(f, false) }),
});

// Conditions and actions are checked against the trigger by the service (config.ts), which
// needs the stored configuration and the organization's records.
const configItems = given<readonly Record<string, unknown>[]>();
const name = text({ min: 1, max: 200 });
const trigger = given<typeof AutomationTriggerEnum.$inferInput>();

export const createAutomationSchema = z.object({
  name,
  description: optionalText(2_000),
  trigger,
  conditions: nullMeans(configItems, (): readonly Record<string, unknown>[] => []),
  actions: configItems,
  enabled: omittable(given<boolean>()),
});
export const updateAutomationSchema = z.object({
  id: globalId('Automation'),
  name: omittable(name),
  description: optionalText(2_000),
  trigger: omittable(trigger),
  conditions: omittable(configItems),
  actions: omittable(configItems),
  enabled: omittable(given<boolean>()),
});
export type CreateAutomation = z.output<typeof createAutomationSchema>;
export type UpdateAutomation = z.output<typeof updateAutomationSchema>;
