/**
 * The demo organization's own automations (src/seed/brokerage.ts) run end to end, as `npm start`
 * shows them: a real job worker and a real SMTP server. Booking a showing e-mails the client its
 * confirmation ("Showing confirmation"); once the "Win back sellers of lost listings" draft is
 * enabled, losing a large deal e-mails its owner the follow-up reminder and gives Adam the task.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { signAccessToken } from '../../src/auth/jwt.js';
import { loadConfig } from '../../src/config.js';
import { withDatabase } from '../../src/db/local-database.js';
import { startJobWorker, type JobWorker } from '../../src/jobs/worker.js';
import { DEMO_OWNER, seedDemoOrganization } from '../../src/seed/demo.js';
import { TEST_JWT_SECRET, startTestApp, type TestApp } from '../helpers/app.js';
import { eventually } from '../helpers/eventually.js';
import { SmtpCatcher } from '../helpers/smtp-catcher.js';

const AUTOMATIONS = `{ automations(first: 20) { edges { node { id name enabled } } } }`;
const RUNS = `query ($id: ID!) { automationRuns(first: 5, filter: { automationId: { equals: $id } }) { edges { node { status results } } } }`;
const STAGES = `{ pipelines(first: 1, filter: { isDefault: { equals: true } }) { edges { node { stages { id name } } } } }`;

describe('the demo automations', () => {
  let app: TestApp;
  let worker: JobWorker;
  let orgId: string;
  let token: string;
  const catcher = new SmtpCatcher();

  beforeAll(async () => {
    app = await startTestApp();
    const ownerUrl = withDatabase(process.env.TEST_ADMIN_DATABASE_URL!, app.owner.database!);
    ({ orgId } = await seedDemoOrganization(app.database.prisma, { ownerUrl }));
    token = await signAccessToken(TEST_JWT_SECRET, DEMO_OWNER);
    await catcher.start();
    const config = loadConfig({
      NODE_ENV: 'test',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_URL: app.databaseUrl,
      WORKER_DATABASE_URL: app.workerUrl,
      SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
      EMAIL_FROM: 'Northwind Realty <crm@northwind.example>',
    });
    worker = await startJobWorker({ config, appUrl: app.databaseUrl, workerUrl: app.workerUrl, logger: pino({ level: 'silent' }) });
  }, 90_000);

  afterAll(async () => {
    await worker?.stop();
    await catcher.stop();
    await app?.close();
  });

  const asOwner = async (query: string, variables?: Record<string, unknown>) => {
    const response = await app.post({ query, variables }, { authorization: `Bearer ${token}`, 'x-organization-id': orgId });
    expect(response.errors).toBeUndefined();
    return response.data;
  };
  const automationNamed = async (name: string) => {
    const data = await asOwner(AUTOMATIONS);
    const found = data.automations.edges
      .map((edge: { node: { id: string; name: string } }) => edge.node)
      .find((node: { name: string }) => node.name === name);
    if (!found) throw new Error(`no demo automation "${name}"`);
    return found.id as string;
  };
  const mailTo = (address: string) => catcher.received.find((mail) => JSON.stringify(mail.to).toLowerCase().includes(address));

  it('"Showing confirmation": booking a showing e-mails the client', async () => {
    const automationId = await automationNamed('Showing confirmation');
    const email = `showing.${Date.now()}@buyers.example`;
    const contact = await asOwner(`mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }`, {
      input: { firstName: 'Sam', lastName: 'Showing', email },
    });
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    await asOwner(`mutation ($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment { id } } }`, {
      input: {
        title: 'Showing: 88 Pine St with Sam',
        location: '88 Pine St, Seattle',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 45 * 60_000).toISOString(),
        contactId: contact.createContact.contact.id,
      },
    });
    await eventually(() => mailTo(email) !== undefined, 20_000);
    expect(mailTo(email)!.subject).toMatch(/^Confirmed: Showing: 88 Pine St with Sam/);
    const runs = await asOwner(RUNS, { id: automationId });
    expect(runs.automationRuns.edges.map((edge: { node: { status: string } }) => edge.node.status)).toContain('SUCCEEDED');
  }, 40_000);

  it('"Win back sellers of lost listings", once enabled: a large lost deal e-mails its owner the follow-up reminder', async () => {
    const automationId = await automationNamed('Win back sellers of lost listings');
    await asOwner(`mutation ($input: UpdateAutomationInput!) { updateAutomation(input: $input) { automation { enabled } } }`, {
      input: { id: automationId, enabled: true },
    });
    const me = (await asOwner('{ me { id } }')).me.id;
    const stages: { id: string; name: string }[] = (await asOwner(STAGES)).pipelines.edges[0].node.stages;
    const lost = stages.find((stage) => /lost/i.test(stage.name))!;
    const deal = await asOwner(`mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`, {
      input: { deal: { name: 'Lakeview estate listing', value: 1_250_000, ownerId: me } },
    });
    await asOwner(`mutation ($input: MoveDealStageInput!) { moveDealStage(input: $input) { deal { id } } }`, {
      input: { dealId: deal.createDeal.deal.id, stageId: lost.id },
    });
    await eventually(() => mailTo(DEMO_OWNER.email) !== undefined, 20_000);
    expect(mailTo(DEMO_OWNER.email)!.subject).toBe('Follow up: Lakeview estate listing');
    const runs = await asOwner(RUNS, { id: automationId });
    const [run] = runs.automationRuns.edges.map(
      (edge: { node: { status: string; results: { type: string; outcome: string }[] } }) => edge.node,
    );
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      results: [
        { type: 'create_task', outcome: 'done' },
        { type: 'send_email', outcome: 'done' },
      ],
    });
  }, 40_000);
});
