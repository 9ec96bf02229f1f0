import { describe, expect, it } from '@jest/globals';
import { checkAutomationConfig, type AutomationTrigger } from '../../../src/modules/automation/config.js';
import { useTenants } from '../../helpers/actors.js';
import { inLockStep, lockStepOptions } from '../../helpers/lock-step.js';
import { codes, uuidOf } from '../../helpers/responses.js';
import { RowLocksCreateAutomationDocument, RowLocksUpdateAutomationDocument } from '../../generated/operations/graphql.js';

// updateAutomation checks what it is given together with what is stored (the trigger against
// the actions), so it locks the automation before it reads the stored half
// (src/modules/automation/service.ts).
const { app, asAdmin } = useTenants('AutomationLocks', lockStepOptions());

const createTask = { type: 'create_task', subject: 'Call back', dueInDays: 1 };
// Valid for LEAD_CREATED only: a deal has no lead.score.
const setLeadScore = { type: 'update_field', field: 'lead.score', value: 50 };

const changes = {
  'the trigger to DEAL_STAGE_CHANGED': { trigger: 'DEAL_STAGE_CHANGED' as const },
  'the actions to set lead.score': { actions: [setLeadScore] },
};
type Change = keyof typeof changes;

describe('updateAutomation: a trigger change and an actions change at once', () => {
  it.each<[Change, Change]>([
    ['the trigger to DEAL_STAGE_CHANGED', 'the actions to set lead.score'],
    ['the actions to set lead.score', 'the trigger to DEAL_STAGE_CHANGED'],
  ])('changing %s, then %s: the second is checked against the first and refused', async (first, second) => {
    const created = await asAdmin.query(RowLocksCreateAutomationDocument, {
      input: { name: `Follow up ${first}`, trigger: 'LEAD_CREATED', actions: [createTask] },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createAutomation.automation.id;

    const responses = await inLockStep(
      app,
      [{ sql: 'SELECT 1 FROM automations WHERE id = $1 FOR UPDATE', params: [uuidOf(id)] }],
      [first, second].map((change) => () => asAdmin.query(RowLocksUpdateAutomationDocument, { input: { id, ...changes[change] } })),
    );
    // Without the lock both pass, each checked against the other half as it was before: either
    // the stored automation is DEAL_STAGE_CHANGED setting lead.score, or the actions change that
    // was answered as done is lost.
    expect(responses.map(codes)).toEqual([[], ['BAD_USER_INPUT']]);

    const row = await app.owner.query('SELECT trigger, conditions, actions FROM automations WHERE id = $1', [uuidOf(id)]);
    const stored = row.rows[0] as { trigger: AutomationTrigger; conditions: unknown[]; actions: unknown[] };
    // What is stored is what the accepted change answered, and a valid automation.
    const { trigger, conditions, actions } = responses[0]!.data!.updateAutomation.automation;
    expect(stored).toEqual({ trigger, conditions, actions });
    expect(checkAutomationConfig(stored.trigger, stored.conditions, stored.actions).issues).toEqual([]);
  });
});
