/**
 * Automations that run, end to end: automations saved through the API, records written through
 * the API, a real job worker (graphile-worker) and a real SMTP server. A run does all of its
 * actions or none and is visible through automationRuns; conditions that do not hold skip it; the
 * events its actions cause carry its depth, and the loop guard skips runs for events three runs
 * deep; the demo's booking confirmation and follow-up reminder send their e-mails.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import pino from 'pino';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { startJobWorker, type JobWorker } from '../../src/jobs/worker.js';
import { runAutomation } from '../../src/modules/automation/runner.js';
import { TEST_JWT_SECRET, startTestApp, type TestApp } from '../helpers/app.js';
import { eventually } from '../helpers/eventually.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { SmtpCatcher } from '../helpers/smtp-catcher.js';
import { CREATE_CONTACT, CREATE_LEAD, decodeGlobalId, run } from '../helpers/tenant-kit.js';
import { CREATE_AUTOMATION } from '../helpers/tenant-types/automation.js';
import { createWebhookEndpoint } from '../helpers/tenant-types/webhook.js';
import { WebhookReceiver } from '../helpers/webhook-receiver.js';

const RUNS = /* GraphQL */ `
  query Runs($automationId: ID!) {
    automationRuns(first: 10, filter: { automationId: { equals: $automationId } }) {
      edges {
        node {
          id
          status
          eventType
          depth
          attempts
          error
          results
          automation {
            id
          }
        }
      }
    }
  }
`;
const CREATE_APPOINTMENT = `mutation ($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment { id } } }`;
const MOVE_DEAL_STAGE = `mutation ($input: MoveDealStageInput!) { moveDealStage(input: $input) { deal { id } } }`;
const CREATE_DEAL = `mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`;
const STAGES = `{ pipelines(first: 1, filter: { isDefault: { equals: true } }) { edges { node { id stages { id name } } } } }`;

interface RunNode {
  status: string;
  eventType: string;
  depth: number;
  attempts: number;
  error: string | null;
  results: { action: number; type: string; outcome: string; id?: string; detail?: string }[];
}

describe('automations that run', () => {
  let app: TestApp;
  let org: TestOrganization;
  let worker: JobWorker;
  const catcher = new SmtpCatcher();

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Autorun');
    await catcher.start();
    const config = loadConfig({
      NODE_ENV: 'test',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_URL: app.databaseUrl,
      WORKER_DATABASE_URL: app.workerUrl,
      SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
      EMAIL_FROM: 'Autorun CRM <crm@autorun.example>',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    });
    worker = await startJobWorker({ config, appUrl: app.databaseUrl, workerUrl: app.workerUrl, logger: pino({ level: 'silent' }) });
  }, 60_000);

  afterAll(async () => {
    await worker?.stop();
    await catcher.stop();
    await app?.close();
  });

  const createAutomation = async (input: Record<string, unknown>): Promise<string> =>
    (await run(org.admin, CREATE_AUTOMATION, { input: { name: `Automation ${Math.random()}`, ...input } })).createAutomation.automation.id;

  /** The automation's runs once `count` of them have ended. */
  const endedRuns = async (automationId: string, count = 1): Promise<RunNode[]> => {
    let runs: RunNode[] = [];
    await eventually(
      async () => {
        const data = await run(org.viewer, RUNS, { automationId });
        runs = data.automationRuns.edges.map((edge: { node: RunNode }) => edge.node);
        return runs.filter((node) => node.status !== 'PENDING').length >= count;
      },
      20_000,
      100,
    );
    return runs;
  };
  const me = async (actor = org.member) => (await run(actor, '{ me { id } }')).me.id as string;

  it('a LEAD_CREATED automation whose conditions hold does every action in one go, and the viewer sees the run', async () => {
    const assignee = await me();
    const automationId = await createAutomation({
      trigger: 'LEAD_CREATED',
      conditions: [{ type: 'field', field: 'lead.source', operator: 'in', value: ['WEBSITE'] }],
      actions: [
        { type: 'create_task', subject: 'Call the new lead', dueInDays: 1 },
        { type: 'send_notification', title: 'A website lead is yours', to: 'owner' },
        { type: 'send_email', template: 'welcome-buyer', to: 'contact' },
      ],
    });
    const email = `web.lead.${Date.now()}@example.test`;
    const lead = await run(org.member, CREATE_LEAD, {
      input: { lastName: 'Webber', firstName: 'Wanda', email, source: 'WEBSITE', assigneeId: assignee },
    });
    const leadId = decodeGlobalId(lead.createLead.lead.id).id;

    const [ran] = await endedRuns(automationId);
    expect(ran).toMatchObject({ status: 'SUCCEEDED', eventType: 'lead.created', depth: 0, attempts: 1, error: null });
    expect(ran!.results.map((result) => [result.type, result.outcome])).toEqual([
      ['create_task', 'done'],
      ['send_notification', 'done'],
      ['send_email', 'done'],
    ]);
    const task = await app.owner.query('SELECT type::text, subject, owner_id, lead_id FROM activities WHERE org_id = $1 AND lead_id = $2', [
      org.id,
      leadId,
    ]);
    expect(task.rows).toEqual([{ type: 'TASK', subject: 'Call the new lead', owner_id: decodeGlobalId(assignee).id, lead_id: leadId }]);
    const notified = await app.owner.query(
      "SELECT count(*)::int AS n FROM notifications WHERE org_id = $1 AND user_id = $2 AND title = 'A website lead is yours'",
      [org.id, decodeGlobalId(assignee).id],
    );
    expect(notified.rows[0].n).toBe(1);
    await eventually(() => catcher.received.some((mail) => mail.to && JSON.stringify(mail.to).includes(email)), 15_000);

    // The task the run created is an event one run deep (the loop guard's count).
    const depth = await app.owner.query(
      "SELECT depth FROM events e JOIN activities a ON a.org_id = e.org_id AND a.id = e.entity_id WHERE e.type = 'activity.created' AND a.lead_id = $1",
      [leadId],
    );
    expect(depth.rows).toEqual([{ depth: 1 }]);
  }, 40_000);

  it('a lead the conditions do not match gets a SKIPPED run and nothing else', async () => {
    const automationId = await createAutomation({
      trigger: 'LEAD_CREATED',
      conditions: [{ type: 'field', field: 'lead.source', operator: 'eq', value: 'EVENT' }],
      actions: [{ type: 'create_task', subject: 'Never made', dueInDays: 1 }],
    });
    await run(org.member, CREATE_LEAD, { input: { lastName: 'Referred', source: 'REFERRAL' } });
    const [ran] = await endedRuns(automationId);
    expect(ran).toMatchObject({ status: 'SKIPPED', error: 'the conditions did not hold', results: [] });
    const tasks = await app.owner.query("SELECT count(*)::int AS n FROM activities WHERE org_id = $1 AND subject = 'Never made'", [org.id]);
    expect(tasks.rows[0].n).toBe(0);
  }, 30_000);

  it('the loop guard: an event caused by three runs in a row gets a SKIPPED run that says why', async () => {
    const automationId = await createAutomation({
      trigger: 'LEAD_CREATED',
      actions: [{ type: 'create_task', subject: 'Guarded', dueInDays: 1 }],
    });
    // What a third automation run's action would do: write with app.event_depth = 3.
    const client = new pg.Client({ connectionString: app.ownerUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.event_depth', '3', true)");
      await client.query("INSERT INTO leads (org_id, last_name) VALUES ($1, 'Deep')", [org.id]);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    const [ran] = await endedRuns(automationId);
    expect(ran).toMatchObject({ status: 'SKIPPED', depth: 3 });
    expect(ran!.error).toMatch(/loop guard/);
    const tasks = await app.owner.query("SELECT count(*)::int AS n FROM activities WHERE org_id = $1 AND subject = 'Guarded'", [org.id]);
    expect(tasks.rows[0].n).toBe(0);
  }, 30_000);

  it("the demo's booking confirmation and follow-up reminder send their e-mails", async () => {
    // The demo data's two automations (src/seed/brokerage.ts), the reminder enabled.
    const booking = await createAutomation({
      trigger: 'APPOINTMENT_BOOKED',
      conditions: [{ type: 'field', field: 'appointment.title', operator: 'contains', value: 'Showing' }],
      actions: [
        { type: 'send_email', template: 'booking-confirmation', to: 'contact' },
        { type: 'send_notification', title: 'New showing booked', to: 'owner' },
      ],
    });
    const stages: { id: string; name: string }[] = (await run(org.member, STAGES)).pipelines.edges[0].node.stages;
    const lost = stages.find((stage) => /lost/i.test(stage.name))!;
    const reminder = await createAutomation({
      trigger: 'DEAL_STAGE_CHANGED',
      conditions: [{ type: 'field', field: 'deal.status', operator: 'eq', value: 'LOST' }],
      actions: [{ type: 'send_email', template: 'follow-up-reminder', to: 'owner' }],
    });

    const buyerEmail = `buyer.${Date.now()}@example.test`;
    const contact = await run(org.member, CREATE_CONTACT, { input: { firstName: 'Bea', lastName: 'Buyer', email: buyerEmail } });
    const startsAt = new Date(Date.now() + 2 * 86_400_000);
    await run(org.member, CREATE_APPOINTMENT, {
      input: {
        title: 'Showing at 12 Elm St',
        location: '12 Elm St',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        contactId: contact.createContact.contact.id,
      },
    });
    expect((await endedRuns(booking))[0]).toMatchObject({ status: 'SUCCEEDED' });
    await eventually(() => catcher.received.some((mail) => JSON.stringify(mail.to).includes(buyerEmail)), 15_000);
    const confirmation = catcher.received.find((mail) => JSON.stringify(mail.to).includes(buyerEmail))!;
    expect(confirmation.subject).toMatch(/^Confirmed: Showing at 12 Elm St/);

    const deal = await run(org.member, CREATE_DEAL, {
      input: { deal: { name: 'Lost listing 9 Oak Ave', value: 600000, ownerId: await me() } },
    });
    await run(org.member, MOVE_DEAL_STAGE, { input: { dealId: deal.createDeal.deal.id, stageId: lost.id } });
    expect((await endedRuns(reminder))[0]).toMatchObject({ status: 'SUCCEEDED', results: [{ type: 'send_email', outcome: 'done' }] });
    await eventually(() => catcher.received.some((mail) => mail.subject === 'Follow up: Lost listing 9 Oak Ave'), 15_000);
    const reminded = catcher.received.find((mail) => mail.subject === 'Follow up: Lost listing 9 Oak Ave')!;
    expect(JSON.stringify(reminded.to).toLowerCase()).toContain(org.member.email.toLowerCase());
  }, 60_000);

  it('an e-mail to a DO_NOT_CONTACT contact is skipped and says why; the run still succeeds', async () => {
    const booking = await createAutomation({
      trigger: 'APPOINTMENT_BOOKED',
      conditions: [{ type: 'field', field: 'appointment.title', operator: 'contains', value: 'Quiet' }],
      actions: [
        { type: 'send_email', template: 'booking-confirmation', to: 'contact' },
        { type: 'send_notification', title: 'Quiet showing booked', to: 'owner' },
      ],
    });
    const quietEmail = `quiet.${Date.now()}@example.test`;
    const contact = await run(org.member, CREATE_CONTACT, {
      input: { firstName: 'Quinn', lastName: 'Quiet', email: quietEmail, status: 'DO_NOT_CONTACT' },
    });
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    await run(org.member, CREATE_APPOINTMENT, {
      input: {
        title: 'Quiet showing',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        contactId: contact.createContact.contact.id,
      },
    });
    const [ended] = await endedRuns(booking);
    expect(ended).toMatchObject({
      status: 'SUCCEEDED',
      results: [
        { type: 'send_email', outcome: 'skipped', detail: 'the contact is DO_NOT_CONTACT' },
        { type: 'send_notification', outcome: 'done' },
      ],
    });
    const [{ n }] = (await app.owner.query(`SELECT count(*)::int AS n FROM email_outbox WHERE to_address = $1`, [quietEmail])).rows;
    expect(n).toBe(0);
  }, 60_000);

  it('a SCHEDULE automation runs once for its slot (however often the slot is asked for), with the digest e-mail', async () => {
    const automationId = await createAutomation({
      trigger: 'SCHEDULE',
      conditions: [{ type: 'schedule', cron: '0 8 * * 1', timezone: 'America/Los_Angeles' }],
      actions: [
        { type: 'send_email', template: 'pipeline-digest', to: { email: 'team@autorun.example' } },
        { type: 'send_notification', title: 'The weekly pipeline digest is ready', to: { role: 'ADMIN' } },
      ],
    });
    await run(org.member, CREATE_DEAL, { input: { deal: { name: 'Open for the digest', value: 1000 } } });
    // What graphile-worker's cron adds at Monday 08:00 Pacific (16:00 UTC), twice, and a minute later.
    for (const ts of ['2026-12-07T16:00:00Z', '2026-12-07T16:00:00Z', '2026-12-07T16:01:00Z']) {
      await app.owner.query(
        `SELECT graphile_worker.add_job('schedule_automations', json_build_object('_cron', json_build_object('ts', $1::text)))`,
        [ts],
      );
    }
    const [ran] = await endedRuns(automationId);
    expect(ran).toMatchObject({ status: 'SUCCEEDED', eventType: null, depth: 0 });
    await new Promise((done) => setTimeout(done, 1_000));
    expect((await run(org.viewer, RUNS, { automationId })).automationRuns.edges).toHaveLength(1);
    const slot = await app.owner.query('SELECT slot FROM automation_runs WHERE automation_id = $1', [decodeGlobalId(automationId).id]);
    expect(slot.rows).toEqual([{ slot: new Date('2026-12-07T16:00:00Z') }]);
    await eventually(() => catcher.received.some((mail) => JSON.stringify(mail.to).includes('team@autorun.example')), 15_000);
    const digest = catcher.received.find((mail) => JSON.stringify(mail.to).includes('team@autorun.example'))!;
    expect(digest.text).toMatch(/: 1 open/);
    const notified = await app.owner.query(
      "SELECT count(*)::int AS n FROM notifications WHERE org_id = $1 AND title = 'The weekly pipeline digest is ready'",
      [org.id],
    );
    expect(notified.rows[0].n).toBe(1);
  }, 40_000);

  it('the API role may not list or record scheduled runs across organizations', async () => {
    const api = new pg.Client({ connectionString: app.databaseUrl });
    await api.connect();
    try {
      await expect(api.query('SELECT * FROM app.scheduled_automations()')).rejects.toMatchObject({ code: '42501' });
      await expect(api.query('SELECT app.record_scheduled_run($1, $1, now())', [org.id])).rejects.toMatchObject({ code: '42501' });
    } finally {
      await api.end();
    }
  });

  it('call_webhook POSTs the event, signed, to the named endpoint, with the automation and run ids', async () => {
    const receiver = new WebhookReceiver();
    await receiver.start();
    try {
      // Subscribed to nothing the test writes: only the automation sends to it.
      const endpoint = await createWebhookEndpoint(org.admin, { url: receiver.url('/automation'), eventTypes: ['deal.won'] });
      const automationId = await createAutomation({
        trigger: 'LEAD_CREATED',
        actions: [{ type: 'call_webhook', endpointId: endpoint.id }],
      });
      const lead = await run(org.member, CREATE_LEAD, { input: { lastName: 'Hooked' } });
      const [ran] = await endedRuns(automationId);
      expect(ran).toMatchObject({ status: 'SUCCEEDED', results: [{ type: 'call_webhook', outcome: 'done' }] });
      await eventually(() => receiver.received.length === 1, 15_000);
      const [request] = receiver.received;
      const body = new Webhook(endpoint.secret.replace(/^whsec_/, '')).verify(request!.body, WebhookReceiver.headersOf(request!)) as {
        type: string;
        data: Record<string, unknown>;
      };
      expect(body.type).toBe('lead.created');
      expect(body.data).toMatchObject({ id: lead.createLead.lead.id, automationId, entityType: 'Lead' });
      expect(typeof body.data.automationRunId).toBe('string');
    } finally {
      receiver.stop();
    }
  }, 40_000);

  it("call_webhook must name one of the organization's endpoints (BAD_USER_INPUT on its path)", async () => {
    const response = await org.admin.query(CREATE_AUTOMATION, {
      input: { name: 'Bad hook', trigger: 'LEAD_CREATED', actions: [{ type: 'call_webhook', endpointId: 'nope' }] },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actions[0].endpointId' });
  });

  it('a run that throws is rolled back and retried after the backoff; at its last attempt it is FAILED', async () => {
    // A database refusal the first time the run writes its task (a trigger of this test's own database).
    await app.owner.query(`
      CREATE TABLE flaky_switch (failures int NOT NULL);
      INSERT INTO flaky_switch VALUES (1);
      -- A sequence counts the calls: unlike a row, it is not rolled back with the failed attempt.
      CREATE SEQUENCE flaky_calls;
      CREATE FUNCTION flaky_task() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
      BEGIN
        IF nextval('flaky_calls') <= (SELECT failures FROM flaky_switch) THEN
          RAISE EXCEPTION 'flaky task refused';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER flaky_task BEFORE INSERT ON activities FOR EACH ROW WHEN (NEW.subject LIKE 'Flaky%') EXECUTE FUNCTION flaky_task();`);
    const automationId = await createAutomation({
      trigger: 'LEAD_CREATED',
      actions: [
        { type: 'send_notification', title: 'Flaky run', to: { role: 'OWNER' } },
        { type: 'create_task', subject: 'Flaky task', dueInDays: 1 },
      ],
    });
    await run(org.member, CREATE_LEAD, { input: { lastName: 'Flaky' } });
    // graphile-worker's first backoff is e^1 ≈ 2.7 s.
    const [ran] = await endedRuns(automationId);
    expect(ran).toMatchObject({ status: 'SUCCEEDED', attempts: 2 });
    // The failed attempt left nothing: one notification, one task.
    const notes = await app.owner.query("SELECT count(*)::int AS n FROM notifications WHERE org_id = $1 AND title = 'Flaky run'", [org.id]);
    expect(notes.rows[0].n).toBe(1);

    // The last attempt records the failure for good, and nothing of the run stays.
    await app.owner.query('UPDATE flaky_switch SET failures = 1000');
    const lead = await run(org.member, CREATE_LEAD, { input: { lastName: 'Flakier' } });
    const leadId = decodeGlobalId(lead.createLead.lead.id).id;
    let runId = '';
    await eventually(async () => {
      const pending = await app.owner.query<{ id: string; attempts: number }>(
        `SELECT r.id, r.attempts FROM automation_runs r JOIN events e ON e.org_id = r.org_id AND e.id = r.event_id
          WHERE r.automation_id = $1 AND e.entity_id = $2`,
        [decodeGlobalId(automationId).id, leadId],
      );
      runId = pending.rows[0]?.id ?? '';
      return (pending.rows[0]?.attempts ?? 0) >= 1;
    }, 15_000);
    await runAutomation(
      { prisma: app.database.prisma, logger: pino({ level: 'silent' }), messageIdDomain: 'autorun.example' },
      { orgId: org.id, runId, attempt: 5, maxAttempts: 5 },
    );
    const failed = await app.owner.query('SELECT status::text, error, finished_at FROM automation_runs WHERE id = $1', [runId]);
    expect(failed.rows[0]).toMatchObject({ status: 'FAILED', error: expect.stringContaining('flaky task refused') });
    expect(failed.rows[0].finished_at).toBeInstanceOf(Date);
    const leftovers = await app.owner.query("SELECT count(*)::int AS n FROM notifications WHERE org_id = $1 AND title = 'Flaky run'", [
      org.id,
    ]);
    expect(leftovers.rows[0].n).toBe(1);
  }, 40_000);
});
