import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';

const AUTOMATION_FIELDS = 'id name description trigger conditions actions enabled createdBy { id } createdAt deletedAt';
const CREATE = /* GraphQL */ `
  mutation ($input: CreateAutomationInput!) { createAutomation(input: $input) { automation { ${AUTOMATION_FIELDS} } } }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateAutomationInput!) { updateAutomation(input: $input) { automation { ${AUTOMATION_FIELDS} } } }
`;
const DELETE = /* GraphQL */ `
  mutation ($id: ID!) {
    deleteAutomation(input: { id: $id }) {
      automation {
        id
        deletedAt
      }
    }
  }
`;
const RESTORE = /* GraphQL */ `
  mutation ($id: ID!) {
    restoreAutomation(input: { id: $id }) {
      automation {
        id
        deletedAt
      }
    }
  }
`;
const AUTOMATIONS = /* GraphQL */ `
  query ($filter: AutomationFilter, $orderBy: [AutomationOrder!], $deleted: DeletedFilter) {
    automations(first: 100, filter: $filter, orderBy: $orderBy, deleted: $deleted) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;
const PIPELINE = /* GraphQL */ `
  {
    pipelines(first: 1, filter: { isDefault: { equals: true } }) {
      edges {
        node {
          id
          stages {
            id
            name
          }
        }
      }
    }
  }
`;
const ME = /* GraphQL */ `
  {
    me {
      id
    }
  }
`;

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);
const names = (connection: { edges: { node: { name: string } }[] }) => connection.edges.map((edge) => edge.node.name);

const task = (extra: Record<string, unknown> = {}) => ({ type: 'create_task', subject: 'Call them', dueInDays: 1, ...extra });
const fieldCondition = (field: string, operator: string, value: unknown) => ({ type: 'field', field, operator, value });

describe('automations', () => {
  let app: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  let adminId: string;
  let otherUserId: string;
  let stageIds: string[];
  let pipelineId: string;
  let otherStageId: string;

  const run = async (query: string, variables: Record<string, unknown>, actor = org.admin) => {
    const response = await actor.query(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data;
  };
  const create = async (input: Record<string, unknown>, actor = org.admin) =>
    (await run(CREATE, { input }, actor)).createAutomation.automation;
  const rows = async () =>
    (await app.owner.query("SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '') AS h FROM automations t"))
      .rows[0];

  /** BAD_USER_INPUT, data null, nothing written; returns the error's extensions. */
  async function rejected(query: string, input: Record<string, unknown>) {
    const before = await rows();
    const response = await org.admin.query(query, { input });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.data).toBeNull();
    expect(await rows()).toEqual(before);
    const error = response.errors![0]!;
    return {
      message: error.message,
      field: error.extensions!.field as string,
      issues: error.extensions!.issues as { path: string; message: string }[],
    };
  }
  const rejectedCreate = (input: Record<string, unknown>) =>
    rejected(CREATE, { name: 'Invalid', trigger: 'LEAD_CREATED', actions: [task()], ...input });

  beforeAll(async () => {
    app = await startTestApp();
    [org, other] = await Promise.all([createOrganization(app, 'Automations'), createOrganization(app, 'AutomationsOther')]);
    adminId = (await run(ME, {})).me.id;
    otherUserId = (await run(ME, {}, other.member)).me.id;
    const pipeline = (await run(PIPELINE, {})).pipelines.edges[0].node;
    pipelineId = pipeline.id;
    stageIds = pipeline.stages.map((stage: { id: string }) => stage.id);
    otherStageId = (await run(PIPELINE, {}, other.admin)).pipelines.edges[0].node.stages[0].id;
  }, 60_000);
  afterAll(async () => app?.close());

  describe('createAutomation', () => {
    it('stores a typed configuration, normalized, with its creator; enabled by default', async () => {
      const automation = await create({
        name: '  Hot web leads  ',
        description: 'Route website leads',
        trigger: 'LEAD_CREATED',
        conditions: [
          fieldCondition('lead.source', 'in', ['WEBSITE', 'REFERRAL']),
          fieldCondition('lead.companyName', 'contains', '  Acme '),
        ],
        actions: [
          task({ subject: '  Call within a day ', assigneeId: adminId }),
          { type: 'update_field', field: 'lead.rating', value: 'HOT' },
          { type: 'send_notification', title: 'New hot lead', to: { role: 'ADMIN' } },
          { type: 'send_email', template: 'welcome-buyer', to: 'contact' },
        ],
      });
      expect(automation).toMatchObject({
        name: 'Hot web leads',
        description: 'Route website leads',
        trigger: 'LEAD_CREATED',
        enabled: true,
        createdBy: { id: adminId },
        deletedAt: null,
        conditions: [fieldCondition('lead.source', 'in', ['WEBSITE', 'REFERRAL']), fieldCondition('lead.companyName', 'contains', 'Acme')],
        actions: [
          { type: 'create_task', subject: 'Call within a day', dueInDays: 1, assigneeId: adminId },
          { type: 'update_field', field: 'lead.rating', value: 'HOT' },
          { type: 'send_notification', title: 'New hot lead', to: { role: 'ADMIN' } },
          { type: 'send_email', template: 'welcome-buyer', to: 'contact' },
        ],
      });
    });

    it('accepts stage and pipeline ids of this organization for DEAL_STAGE_CHANGED', async () => {
      const automation = await create({
        name: 'Won deals',
        trigger: 'DEAL_STAGE_CHANGED',
        conditions: [
          fieldCondition('deal.pipelineId', 'eq', pipelineId),
          fieldCondition('toStageId', 'in', stageIds.slice(-2)),
          fieldCondition('deal.value', 'gte', 10000),
        ],
        actions: [
          { type: 'send_notification', title: 'Deal moved', body: 'Check it', to: 'owner' },
          { type: 'update_field', field: 'deal.probability', value: null },
        ],
        enabled: false,
      });
      expect(automation.enabled).toBe(false);
      expect(automation.conditions[1]).toEqual(fieldCondition('toStageId', 'in', stageIds.slice(-2)));
    });

    it('stores a SCHEDULE with its schedule condition (timezone defaults to UTC)', async () => {
      const automation = await create({
        name: 'Weekly digest',
        trigger: 'SCHEDULE',
        conditions: [{ type: 'schedule', cron: '0 9 * * MON-FRI' }],
        actions: [{ type: 'send_email', template: 'pipeline-digest', to: { email: 'Team@Example.test' } }, task({ dueInDays: 0 })],
      });
      expect(automation.conditions).toEqual([{ type: 'schedule', cron: '0 9 * * MON-FRI', timezone: 'UTC' }]);
      expect(automation.actions[0].to).toEqual({ email: 'team@example.test' });
      const interval = await create({
        name: 'Hourly',
        trigger: 'SCHEDULE',
        conditions: [{ type: 'schedule', everyMinutes: 60, timezone: 'Europe/Berlin' }],
        actions: [{ type: 'send_notification', title: 'Tick', to: { userId: adminId } }],
      });
      expect(interval.conditions).toEqual([{ type: 'schedule', everyMinutes: 60, timezone: 'Europe/Berlin' }]);
    });

    it('is for ADMIN and OWNER: a MEMBER may not create one (FORBIDDEN)', async () => {
      const input = { name: 'By member', trigger: 'LEAD_CREATED', actions: [task()] };
      expect(codes(await org.member.query(CREATE, { input }))).toEqual(['FORBIDDEN']);
    });

    it('a VIEWER can read automations', async () => {
      expect((await run(AUTOMATIONS, {}, org.viewer)).automations.totalCount).toBeGreaterThan(0);
    });
  });

  describe('an invalid configuration is BAD_USER_INPUT naming the bad path, and writes nothing', () => {
    it('names the path in the message and extensions.field, and lists every problem in extensions.issues', async () => {
      const error = await rejectedCreate({
        conditions: [fieldCondition('lead.score', 'gt', 200)],
        actions: [task(), task({ dueInDays: 400 }), { type: 'send_notification', title: '', to: 'owner' }],
      });
      expect(error.field).toBe('conditions[0].value');
      expect(error.message).toMatch(/^Invalid automation: conditions\[0\]\.value: .+ \(and 2 more: see extensions\.issues\)$/);
      expect(error.issues.map((issue) => issue.path)).toEqual(['conditions[0].value', 'actions[1].dueInDays', 'actions[2].title']);
      for (const issue of error.issues) expect(issue.message.length).toBeGreaterThan(0);
    });

    it.each([
      ['a field the trigger does not have', { conditions: [fieldCondition('deal.value', 'gt', 1)] }, 'conditions[0].field'],
      ['an operator the field does not take', { conditions: [fieldCondition('lead.source', 'gt', 'WEBSITE')] }, 'conditions[0].operator'],
      ['an enum value that does not exist', { conditions: [fieldCondition('lead.source', 'eq', 'TV')] }, 'conditions[0].value'],
      ['"in" without a list', { conditions: [fieldCondition('lead.source', 'in', 'WEBSITE')] }, 'conditions[0].value'],
      ['a bad element of an "in" list', { conditions: [fieldCondition('lead.score', 'in', [1, 'two'])] }, 'conditions[0].value[1]'],
      ['a missing value', { conditions: [{ type: 'field', field: 'lead.score', operator: 'eq' }] }, 'conditions[0].value'],
      ['an unknown condition type', { conditions: [{ type: 'always' }] }, 'conditions[0].type'],
      ['a schedule on a record trigger', { conditions: [{ type: 'schedule', cron: '* * * * *' }] }, 'conditions[0].type'],
      ['an unknown action type', { actions: [{ type: 'launch_rocket' }] }, 'actions[0].type'],
      [
        'an unknown key (a typo)',
        { actions: [{ type: 'create_task', subject: 'Call', dueIndays: 1, dueInDays: 1 }] },
        'actions[0].dueIndays',
      ],
      ['a missing required key', { actions: [{ type: 'create_task', subject: 'Call' }] }, 'actions[0].dueInDays'],
      ['a fractional dueInDays', { actions: [task({ dueInDays: 1.5 })] }, 'actions[0].dueInDays'],
      ['a malformed recipient', { actions: [{ type: 'send_notification', title: 'x', to: { team: 'sales' } }] }, 'actions[0].to'],
      [
        'an invalid e-mail recipient',
        { actions: [{ type: 'send_email', template: 'welcome-buyer', to: { email: 'nope' } }] },
        'actions[0].to.email',
      ],
      ['a bad template key', { actions: [{ type: 'send_email', template: 'Welcome Mail!', to: 'owner' }] }, 'actions[0].template'],
      ['an unknown template', { actions: [{ type: 'send_email', template: 'welcome', to: 'contact' }] }, 'actions[0].template'],
      [
        'a template whose variables come from another trigger',
        { actions: [{ type: 'send_email', template: 'booking-confirmation', to: 'contact' }] },
        'actions[0].template',
      ],
      [
        'the generic template (automations give it no text)',
        { actions: [{ type: 'send_email', template: 'generic', to: 'owner' }] },
        'actions[0].template',
      ],
      ['a field update_field cannot set', { actions: [{ type: 'update_field', field: 'lead.email', value: 'x' }] }, 'actions[0].field'],
      [
        'an update_field value of the wrong type',
        { actions: [{ type: 'update_field', field: 'lead.score', value: '90' }] },
        'actions[0].value',
      ],
      ['a User id that is not a global id', { actions: [task({ assigneeId: 'someone' })] }, 'actions[0].assigneeId'],
      ['no actions', { actions: [] }, 'actions'],
      ['more than 20 actions', { actions: Array.from({ length: 21 }, () => task()) }, 'actions'],
      ['more than 20 conditions', { conditions: Array.from({ length: 21 }, () => fieldCondition('lead.score', 'gte', 1)) }, 'conditions'],
    ])('%s', async (_name, input, field) => {
      const error = await rejectedCreate(input);
      expect(error.field).toBe(field);
      expect(error.message).toContain(`${field}: `);
      expect(error.issues[0]).toEqual({ path: field, message: expect.any(String) });
    });

    it.each([
      ['a SCHEDULE without schedule', { conditions: [] }, 'conditions'],
      [
        'two schedules',
        {
          conditions: [
            { type: 'schedule', cron: '@daily' },
            { type: 'schedule', everyMinutes: 30 },
          ],
        },
        'conditions',
      ],
      [
        'a field condition on SCHEDULE',
        { conditions: [{ type: 'schedule', cron: '@daily' }, fieldCondition('lead.score', 'gt', 1)] },
        'conditions[1].type',
      ],
      ['both cron and everyMinutes', { conditions: [{ type: 'schedule', cron: '@daily', everyMinutes: 30 }] }, 'conditions[0]'],
      ['a cron with four fields', { conditions: [{ type: 'schedule', cron: '0 9 * *' }] }, 'conditions[0].cron'],
      ['a cron hour out of range', { conditions: [{ type: 'schedule', cron: '0 24 * * *' }] }, 'conditions[0].cron'],
      ['a cron range backwards', { conditions: [{ type: 'schedule', cron: '0 9 * * FRI-MON' }] }, 'conditions[0].cron'],
      ['an interval under 5 minutes', { conditions: [{ type: 'schedule', everyMinutes: 1 }] }, 'conditions[0].everyMinutes'],
      ['an unknown time zone', { conditions: [{ type: 'schedule', cron: '@hourly', timezone: 'Mars/Olympus' }] }, 'conditions[0].timezone'],
      ['update_field (no record)', { actions: [{ type: 'update_field', field: 'lead.score', value: 1 }] }, 'actions[0].type'],
      ['a notification to the owner (no record)', { actions: [{ type: 'send_notification', title: 'x', to: 'owner' }] }, 'actions[0].to'],
      [
        'an e-mail to the contact (no record)',
        { actions: [{ type: 'send_email', template: 'pipeline-digest', to: 'contact' }] },
        'actions[0].to',
      ],
    ])('SCHEDULE: %s', async (_name, input, field) => {
      const error = await rejectedCreate({ trigger: 'SCHEDULE', conditions: [{ type: 'schedule', cron: '@daily' }], ...input });
      expect(error.field).toBe(field);
    });

    it('names the known templates, and those that fit the trigger', async () => {
      const unknown = await rejectedCreate({ actions: [{ type: 'send_email', template: 'welcome', to: 'contact' }] });
      expect(unknown.issues[0]!.message).toContain('"booking-confirmation"');
      expect(unknown.issues[0]!.message).toContain('"follow-up-reminder"');
      const misplaced = await rejectedCreate({ actions: [{ type: 'send_email', template: 'deal-won', to: 'contact' }] });
      expect(misplaced.issues[0]!.message).toBe(
        '"deal-won" takes its variables from another kind of record; LEAD_CREATED automations can send "follow-up-reminder", "welcome-buyer"',
      );
      const booked = await create({
        name: 'Confirm bookings',
        trigger: 'APPOINTMENT_BOOKED',
        actions: [
          { type: 'send_email', template: 'booking-confirmation', to: 'contact' },
          { type: 'send_email', template: 'follow-up-reminder', to: 'owner' },
        ],
      });
      expect(booked.actions.map((action: { template: string }) => action.template)).toEqual(['booking-confirmation', 'follow-up-reminder']);
    });

    it("rejects ids of another organization's records and users, naming each path", async () => {
      const error = await rejected(CREATE, {
        name: 'Cross',
        trigger: 'DEAL_STAGE_CHANGED',
        conditions: [fieldCondition('toStageId', 'in', [stageIds[0], otherStageId])],
        actions: [task({ assigneeId: otherUserId }), { type: 'send_notification', title: 'x', to: { userId: adminId } }],
      });
      expect(error.issues).toEqual([
        { path: 'conditions[0].value[1]', message: 'is not a PipelineStage of this organization' },
        { path: 'actions[0].assigneeId', message: 'is not a member of this organization' },
      ]);
      expect(error.field).toBe('conditions[0].value[1]');
    });

    it('rejects an id of the wrong type', async () => {
      const error = await rejectedCreate({ actions: [task({ assigneeId: stageIds[0] })] });
      expect(error.issues).toEqual([{ path: 'actions[0].assigneeId', message: 'must be a User id' }]);
    });

    it('checks name and description like other records', async () => {
      expect((await rejectedCreate({ name: '   ' })).field).toBe('name');
      expect((await rejectedCreate({ description: 'd'.repeat(2001) })).field).toBe('description');
    });
  });

  describe('updateAutomation', () => {
    let id: string;
    beforeAll(async () => {
      id = (
        await create({
          name: 'Lead router',
          trigger: 'LEAD_CREATED',
          conditions: [fieldCondition('lead.source', 'eq', 'EVENT')],
          actions: [task()],
        })
      ).id;
    });

    it('renames and disables without touching the configuration', async () => {
      const updated = (await run(UPDATE, { input: { id, name: 'Event leads', enabled: false } })).updateAutomation.automation;
      expect(updated).toMatchObject({ name: 'Event leads', enabled: false, conditions: [fieldCondition('lead.source', 'eq', 'EVENT')] });
    });

    it('re-checks the stored configuration against a new trigger, and leaves the row unchanged when it does not fit', async () => {
      const error = await rejected(UPDATE, { id, trigger: 'DEAL_STAGE_CHANGED' });
      expect(error.field).toBe('conditions[0].field');
      expect(error.message).toContain('is not a field of DEAL_STAGE_CHANGED');
    });

    it('changes trigger and configuration together', async () => {
      const updated = (
        await run(UPDATE, {
          input: {
            id,
            trigger: 'APPOINTMENT_BOOKED',
            conditions: [fieldCondition('appointment.durationMinutes', 'gte', 30)],
            enabled: true,
          },
        })
      ).updateAutomation.automation;
      expect(updated).toMatchObject({ trigger: 'APPOINTMENT_BOOKED', enabled: true, actions: [task()] });
    });

    it('rejects an invalid action list with its path; nulls are refused', async () => {
      expect((await rejected(UPDATE, { id, actions: [task(), task({ subject: '' })] })).field).toBe('actions[1].subject');
      expect((await rejected(UPDATE, { id, actions: null })).field).toBe('actions');
      expect((await rejected(UPDATE, { id, trigger: null })).field).toBe('trigger');
    });

    it('answers NOT_FOUND for an unknown automation', async () => {
      const response = await org.admin.query(UPDATE, {
        input: { id: Buffer.from('Automation:00000000-0000-4000-8000-000000000000').toString('base64'), name: 'x' },
      });
      expect(codes(response)).toEqual(['NOT_FOUND']);
    });
  });

  describe('the automations list', () => {
    let listOrg: TestOrganization;
    beforeAll(async () => {
      // A fresh organization's list: only these three.
      listOrg = await createOrganization(app, 'AutomationList');
      for (const [name, trigger, enabled] of [
        ['Beta', 'LEAD_CREATED', true],
        ['alpha', 'SCHEDULE', false],
        ['Gamma', 'LEAD_CREATED', false],
      ] as const) {
        const conditions = trigger === 'SCHEDULE' ? [{ type: 'schedule', everyMinutes: 15 }] : [];
        const actions = [{ type: 'send_notification', title: name, to: { role: 'MEMBER' } }];
        await create({ name, trigger, enabled, conditions, actions }, listOrg.admin);
      }
    });
    const list = async (variables: Record<string, unknown>) => (await run(AUTOMATIONS, variables, listOrg.viewer)).automations;

    it('filters by trigger, enabled and name', async () => {
      expect(names(await list({ filter: { trigger: { equals: 'LEAD_CREATED' } } }))).toEqual(['Beta', 'Gamma']);
      expect(names(await list({ filter: { enabled: { equals: false } } })).sort()).toEqual(['Gamma', 'alpha']);
      expect(names(await list({ filter: { name: { contains: 'AMM' } } }))).toEqual(['Gamma']);
      expect((await list({ filter: { trigger: { in: ['SCHEDULE', 'APPOINTMENT_BOOKED'] } } })).totalCount).toBe(1);
    });

    it('orders by name or creation', async () => {
      expect(names(await list({}))).toEqual(['alpha', 'Beta', 'Gamma'].sort());
      expect(names(await list({ orderBy: [{ field: 'CREATED_AT', direction: 'DESC' }] }))).toEqual(['Gamma', 'alpha', 'Beta']);
    });

    it('soft-deletes and restores', async () => {
      const gamma = (await list({ filter: { name: { equals: 'Gamma' } } })).edges[0].node.id;
      expect(codes(await listOrg.member.query(DELETE, { id: gamma }))).toEqual(['FORBIDDEN']);
      expect((await run(DELETE, { id: gamma }, listOrg.admin)).deleteAutomation.automation.deletedAt).not.toBeNull();
      expect(names(await list({}))).not.toContain('Gamma');
      expect(names(await list({ deleted: 'ONLY' }))).toEqual(['Gamma']);
      expect((await run(RESTORE, { id: gamma }, listOrg.admin)).restoreAutomation.automation.deletedAt).toBeNull();
      expect((await list({})).totalCount).toBe(3);
    });

    it("shows nothing of one organization's automations to another", async () => {
      expect((await run(AUTOMATIONS, { filter: { name: { equals: 'Gamma' } } }, other.viewer)).automations.totalCount).toBe(0);
    });
  });
});
