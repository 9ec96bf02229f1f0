/**
 * The outbox of domain events (sql/80_events.sql): triggers write one row per event in the
 * transaction of the change and NOTIFY the listeners at COMMIT, so a committed request's events
 * are all there with their actor and a rolled-back one leaves neither a row nor a notice; the API
 * role reads only its organization's events and cannot write them itself.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { eventually } from '../helpers/eventually.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { CREATE_CONTACT, CREATE_DEAL, CREATE_LEAD, decodeGlobalId, run } from '../helpers/tenant-kit.js';

interface EventRow {
  type: string;
  entity_type: string;
  entity_id: string;
  actor_id: string | null;
  payload: Record<string, unknown>;
  depth: number;
}

const UPDATE_CONTACT = `mutation ($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }`;
const MOVE_DEAL_STAGE = `mutation ($input: MoveDealStageInput!) { moveDealStage(input: $input) { deal { id } } }`;
const STAGES = `{ pipelines(first: 1, filter: { isDefault: { equals: true } }) { edges { node { id stages { id name } } } } }`;

describe('domain events', () => {
  let app: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  let listener: pg.Client;
  const notices: Record<string, unknown>[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Events');
    other = await createOrganization(app, 'Elsewhere');
    listener = new pg.Client({ connectionString: app.ownerUrl });
    await listener.connect();
    listener.on('notification', (message) => notices.push(JSON.parse(message.payload ?? '{}') as Record<string, unknown>));
    await listener.query('LISTEN clientflow_events');
  });

  afterAll(async () => {
    await listener?.end();
    await app?.close();
  });

  const eventsOf = async (entityId: string): Promise<EventRow[]> =>
    (
      await app.owner.query<EventRow>(
        'SELECT type, entity_type, entity_id, actor_id, payload, depth FROM events WHERE entity_id = $1 ORDER BY occurred_at, type',
        [entityId],
      )
    ).rows;
  const userIdOf = async (subject: string): Promise<string> =>
    (await app.owner.query<{ id: string }>('SELECT id FROM users WHERE auth_subject = $1', [subject])).rows[0]!.id;

  it('a created and then updated contact has contact.created and contact.updated, with the actor and the changed columns', async () => {
    const created = await run(org.member, CREATE_CONTACT, { input: { firstName: 'Eve', lastName: 'Ents' } });
    const contactId = decodeGlobalId(created.createContact.contact.id).id;
    await run(org.member, UPDATE_CONTACT, { input: { id: created.createContact.contact.id, title: 'Buyer' } });
    // An update that changes nothing is not an event.
    await run(org.member, UPDATE_CONTACT, { input: { id: created.createContact.contact.id, title: 'Buyer' } });

    const actor = await userIdOf(org.member.subject);
    const events = await eventsOf(contactId);
    expect(events.map((event) => event.type)).toEqual(['contact.created', 'contact.updated']);
    expect(events.every((event) => event.actor_id === actor && event.entity_type === 'Contact' && event.depth === 0)).toBe(true);
    expect(events[1]!.payload).toEqual({ changed: ['title'] });
    await eventually(() => notices.filter((notice) => notice.e === contactId).length === 2);
    expect(notices.find((notice) => notice.e === contactId)).toMatchObject({ o: org.id, t: 'contact.created' });
  });

  it('a deal moved into the won stage is deal.stage_changed and deal.won', async () => {
    const pipeline = await run(org.member, STAGES);
    const stages: { id: string; name: string }[] = pipeline.pipelines.edges[0].node.stages;
    const won = stages.find((stage) => /won/i.test(stage.name))!;
    const created = await run(org.member, CREATE_DEAL, { input: { deal: { name: 'Eventful', value: 1000 } } });
    await run(org.member, MOVE_DEAL_STAGE, { input: { dealId: created.createDeal.deal.id, stageId: won.id } });
    const types = (await eventsOf(decodeGlobalId(created.createDeal.deal.id).id)).map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['deal.created', 'deal.stage_changed', 'deal.won']));
    expect(types).not.toContain('deal.updated');
  });

  it('a lead created with an assignee is lead.created; reassigning it is lead.assigned', async () => {
    const assigneeGlobalId: string = (await run(org.admin, '{ me { id } }')).me.id;
    const assignee = decodeGlobalId(assigneeGlobalId).id;
    const created = await run(org.member, CREATE_LEAD, { input: { lastName: 'Prospect' } });
    const leadId = decodeGlobalId(created.createLead.lead.id).id;
    await run(org.admin, `mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { lead { id } } }`, {
      input: { id: created.createLead.lead.id, assigneeId: assigneeGlobalId },
    });
    const events = await eventsOf(leadId);
    expect(events.map((event) => event.type)).toEqual(['lead.created', 'lead.assigned']);
    expect(events[1]!.payload).toMatchObject({ assigneeId: assignee, previousAssigneeId: null });
  });

  it('a request that fails after writing rolls its events back with its rows: no row, no notice', async () => {
    // A barrier first: notices arrive in commit order, so once this one is here the earlier tests'
    // are too (on a loaded machine one of theirs arrived inside the window below).
    const barrier = await run(org.member, CREATE_CONTACT, { input: { firstName: 'Bar', lastName: 'Rier' } });
    const barrierId = decodeGlobalId(barrier.createContact.contact.id).id;
    await eventually(() => notices.some((notice) => notice.e === barrierId));
    const before = (await app.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE org_id = $1', [org.id])).rows[0]!.n;
    const noticesBefore = notices.length;
    const response = await org.member.query(`mutation {
      written: createContact(input: { firstName: "Rolled", lastName: "Back" }) { contact { id } }
      refused: createDeal(input: { deal: { name: "Bad", currency: "XX" } }) { deal { id } }
    }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.data).toBeNull();
    // A committed write after it proves the listener is live: its notice arrives, the other never did.
    const later = await run(org.member, CREATE_CONTACT, { input: { firstName: 'After', lastName: 'Wards' } });
    const laterId = decodeGlobalId(later.createContact.contact.id).id;
    await eventually(() => notices.some((notice) => notice.e === laterId));
    const after = (await app.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE org_id = $1', [org.id])).rows[0]!.n;
    expect(after).toBe(before + 1);
    expect(notices.slice(noticesBefore)).toHaveLength(1);
  });

  it('the API role reads only its organization events, may not write any, and cannot reach the job queue', async () => {
    await run(other.member, CREATE_CONTACT, { input: { firstName: 'Else', lastName: 'Where' } });
    const api = new pg.Client({ connectionString: app.databaseUrl });
    await api.connect();
    try {
      await api.query('BEGIN');
      await api.query("SELECT set_config('app.current_org_id', $1, true)", [org.id]);
      const seen = await api.query<{ org_id: string }>('SELECT DISTINCT org_id FROM events');
      expect(seen.rows.map((row) => row.org_id)).toEqual([org.id]);
      await expect(
        api.query(
          "INSERT INTO events (org_id, id, type, entity_type, entity_id, payload) VALUES ($1, gen_random_uuid(), 'deal.won', 'Deal', gen_random_uuid(), '{}')",
          [org.id],
        ),
      ).rejects.toMatchObject({ code: '42501' });
      await api.query('ROLLBACK');
      await api.query('BEGIN');
      await api.query("SELECT set_config('app.current_org_id', $1, true)", [org.id]);
      await expect(api.query("SELECT app.emit_event($1, 'deal.won', 'Deal', gen_random_uuid(), '{}')", [org.id])).rejects.toMatchObject({
        code: '42501',
      });
      await api.query('ROLLBACK');
      // Nor touch the job queue, which holds every tenant's ids outside RLS.
      await expect(api.query('SELECT count(*) FROM graphile_worker.jobs')).rejects.toMatchObject({ code: '42501' });
      await expect(api.query("SELECT graphile_worker.add_job('process_event', '{}'::json)")).rejects.toMatchObject({ code: '42501' });
    } finally {
      await api.end();
    }
  });
});
