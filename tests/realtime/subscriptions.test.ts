/**
 * Subscriptions over graphql-ws (README "Realtime") against TWO API servers on one database:
 * every event is written through one and delivered by the other, so only PostgreSQL's
 * LISTEN/NOTIFY carries it across. Each delivery loads its record under RLS in a transaction of
 * its own, with the selection the subscriber asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signAccessToken } from '../../src/auth/jwt.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../helpers/app.js';
import { eventually } from '../helpers/eventually.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { REMOVE_MEMBER } from '../helpers/role-fixtures.js';
import { CREATE_ACTIVITY, CREATE_CONTACT, createDealGraph, currentUserId, decodeGlobalId, run, unique } from '../helpers/tenant-kit.js';
import { listening, settle, startSecondServer, Subscriber, type SecondServer } from '../helpers/realtime.js';

const ACTIVITY_ADDED = /* GraphQL */ `
  subscription ActivityAdded($filter: ActivityAddedFilter) {
    activityAdded(filter: $filter) {
      id
      subject
      type
      deal {
        id
        name
        stage {
          name
        }
      }
    }
  }
`;
const DEAL_UPDATED = 'subscription ($filter: DealUpdatedFilter) { dealUpdated(filter: $filter) { id name stage { id } } }';
const CONTACT_UPDATED = 'subscription ($filter: ContactUpdatedFilter) { contactUpdated(filter: $filter) { id lastName } }';
const NOTIFICATION_ADDED = 'subscription { notificationAdded { id title } }';
const UPDATE_CONTACT = 'mutation ($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }';
const UPDATE_DEAL = 'mutation ($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id } } }';
const MEMBERS = '{ members(first: 100) { edges { node { id user { email } } } } }';

interface ActivityEvent {
  activityAdded: { id: string; subject: string; type: string; deal: { id: string; name: string; stage: { name: string } } | null };
}

describe('subscriptions across two API servers', () => {
  let app: TestApp;
  let second: SecondServer;
  let org: TestOrganization;
  let other: TestOrganization;
  const subscribers: Subscriber[] = [];

  /** A subscriber on the second server (events are written through the first). */
  const open = (...args: Parameters<typeof Subscriber.as> extends [string, ...infer Rest] ? Rest : never) => {
    const subscriber = Subscriber.as(second.wsUrl, ...args);
    subscribers.push(subscriber);
    return subscriber;
  };
  const handlers = () => second.server.events.handlerCount;
  const createActivity = (actor = org.member, input: Record<string, unknown> = {}) =>
    run(actor, CREATE_ACTIVITY, { input: { type: 'CALL', subject: unique('Call'), ...input } }).then(
      (data) => data.createActivity.activity.id as string,
    );

  beforeAll(async () => {
    app = await startTestApp();
    second = await startSecondServer(app);
    [org, other] = await Promise.all([createOrganization(app, 'Realtime'), createOrganization(app, 'Elsewhere')]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(subscribers.map((subscriber) => subscriber.dispose().catch(() => {})));
    await second?.close();
    await app?.close();
  });

  it('an activity created through server 1 reaches a subscriber of server 2, with its nested fields', async () => {
    const graph = await createDealGraph(org.owner);
    const subscriber = open(org.viewer);
    const before = handlers();
    const subscription = subscriber.subscribe<ActivityEvent>(ACTIVITY_ADDED);
    await listening(second.server, before + 1);

    const id = await createActivity(org.member, { dealId: graph.deal, subject: 'Called about the roof' });
    await eventually(() => subscription.results.length === 1);
    expect(subscription.results[0]!.errors).toBeUndefined();
    const event = subscription.data[0]!.activityAdded;
    expect(event).toMatchObject({ id, subject: 'Called about the roof', type: 'CALL', deal: { id: graph.deal } });
    expect(event.deal!.name).toMatch(/^Deal/);
    expect(typeof event.deal!.stage.name).toBe('string');
  });

  it('filters: only activities of the given deal and type', async () => {
    const [mine, others] = await Promise.all([createDealGraph(org.owner), createDealGraph(org.owner)]);
    const subscriber = open(org.member);
    const before = handlers();
    const byDeal = subscriber.subscribe<ActivityEvent>(ACTIVITY_ADDED, { filter: { dealId: mine.deal } });
    const byType = subscriber.subscribe<ActivityEvent>(ACTIVITY_ADDED, { filter: { dealId: mine.deal, type: 'MEETING' } });
    await listening(second.server, before + 2);

    await createActivity(org.member, { dealId: others.deal });
    await createActivity(org.member, { contactId: mine.contact });
    const call = await createActivity(org.member, { dealId: mine.deal });
    const meeting = await createActivity(org.member, { dealId: mine.deal, type: 'MEETING' });
    await eventually(() => byDeal.results.length === 2 && byType.results.length === 1);
    await settle();
    expect(byDeal.data.map((data) => data.activityAdded.id)).toEqual([call, meeting]);
    expect(byType.data.map((data) => data.activityAdded.id)).toEqual([meeting]);
  });

  it('a filter id of the wrong type is BAD_USER_INPUT, before anything listens', async () => {
    const subscriber = open(org.member);
    const subscription = subscriber.subscribe(ACTIVITY_ADDED, { filter: { dealId: Buffer.from(`Contact:${org.id}`).toString('base64') } });
    await eventually(() => subscription.completed || subscription.error !== undefined);
    expect(subscription.errorCodes).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(subscription.results)).toMatch(/dealId is not a valid Deal id/);
  });

  it('dealUpdated and contactUpdated: created and changed records, by filter', async () => {
    const subscriber = open(org.viewer);
    const before = handlers();
    const ownerId = await currentUserId(org.owner);
    const deals = subscriber.subscribe<{ dealUpdated: { id: string; name: string } }>(DEAL_UPDATED, { filter: { ownerId } });
    const contacts = subscriber.subscribe<{ contactUpdated: { id: string; lastName: string } }>(CONTACT_UPDATED);
    await listening(second.server, before + 2);

    const graph = await createDealGraph(org.owner); // a company, a contact, a lead and a deal owned by the owner
    await run(org.member, UPDATE_DEAL, { input: { id: graph.deal, name: 'Renamed deal' } });
    await run(org.member, UPDATE_CONTACT, { input: { id: graph.contact, lastName: 'Renamed' } });
    await eventually(() => deals.data.some((data) => data.dealUpdated.name === 'Renamed deal'));
    await eventually(() => contacts.data.some((data) => data.contactUpdated.lastName === 'Renamed'));
    expect(deals.data.every((data) => data.dealUpdated.id === graph.deal)).toBe(true);
    expect(contacts.data.every((data) => data.contactUpdated.id === graph.contact)).toBe(true);

    // A deal of someone else does not match the owner filter.
    const memberId = await currentUserId(org.member);
    const seen = deals.results.length;
    await run(org.member, UPDATE_DEAL, { input: { id: graph.deal, ownerId: memberId } });
    await run(org.member, UPDATE_DEAL, { input: { id: graph.deal, name: 'Not yours any more' } });
    await settle();
    expect(deals.data.slice(seen).map((data) => data.dealUpdated.name)).not.toContain('Not yours any more');
  });

  it('tenancy: no event of organization B reaches a socket of organization A, even with the same subscriptions', async () => {
    const inA = open(org.owner);
    const inB = open(other.owner);
    const before = handlers();
    const documents = [ACTIVITY_ADDED, DEAL_UPDATED, CONTACT_UPDATED, NOTIFICATION_ADDED];
    const a = documents.map((document) => inA.subscribe(document));
    const b = documents.map((document) => inB.subscribe(document));
    await listening(second.server, before + 8);

    // Everything happens in B: an activity, a deal (with contact, company, lead), a contact change, a notification.
    const graph = await createDealGraph(other.owner);
    await createActivity(other.owner, { dealId: graph.deal });
    await run(other.owner, UPDATE_CONTACT, { input: { id: graph.contact, lastName: 'Changed in B' } });
    const ownerInB = decodeGlobalId(await currentUserId(other.owner)).id;
    await app.owner.query("INSERT INTO notifications (org_id, user_id, type, title) VALUES ($1, $2, 'SYSTEM', 'For B')", [
      other.id,
      ownerInB,
    ]);
    await eventually(() => b.every((subscription) => subscription.results.length > 0));
    await settle();
    expect(a.map((subscription) => subscription.results)).toEqual([[], [], [], []]);
    expect(b.flatMap((subscription) => subscription.errorCodes)).toEqual([]);
  });

  it('notificationAdded: only the subscriber’s own notifications', async () => {
    const forMember = open(org.member);
    const forViewer = open(org.viewer);
    const before = handlers();
    const memberNotifications = forMember.subscribe<{ notificationAdded: { title: string } }>(NOTIFICATION_ADDED);
    const viewerNotifications = forViewer.subscribe<{ notificationAdded: { title: string } }>(NOTIFICATION_ADDED);
    await listening(second.server, before + 2);

    const memberId = decodeGlobalId(await currentUserId(org.member)).id;
    await app.owner.query("INSERT INTO notifications (org_id, user_id, type, title) VALUES ($1, $2, 'SYSTEM', 'For the member')", [
      org.id,
      memberId,
    ]);
    await eventually(() => memberNotifications.results.length === 1);
    await settle();
    expect(memberNotifications.data).toEqual([{ notificationAdded: expect.objectContaining({ title: 'For the member' }) }]);
    expect(viewerNotifications.results).toEqual([]);
  });

  it('a rolled-back mutation delivers nothing', async () => {
    const subscriber = open(org.viewer);
    const before = handlers();
    const subscription = subscriber.subscribe<ActivityEvent>(ACTIVITY_ADDED);
    await listening(second.server, before + 1);

    // The second field fails, so the request's transaction (and the first field's activity) is rolled back.
    const failed = await org.member.query(
      `mutation ($ok: CreateActivityInput!, $bad: IdInput!) {
        ok: createActivity(input: $ok) { activity { id } }
        bad: deleteActivity(input: $bad) { activity { id } }
      }`,
      {
        ok: { type: 'NOTE', subject: 'Never kept' },
        bad: { id: Buffer.from('Activity:00000000-0000-4000-8000-000000000000').toString('base64') },
      },
    );
    expect(failed.errors?.length).toBeGreaterThan(0);
    const marker = await createActivity(org.member, { subject: 'Kept' });
    await eventually(() => subscription.results.length >= 1);
    await settle();
    expect(subscription.data.map((data) => data.activityAdded.id)).toEqual([marker]);
  });

  it('refuses callers: no token, a bad token (4401), a malformed organization (4400), an outsider or no organization (FORBIDDEN)', async () => {
    const anonymous = open(null, org.id);
    anonymous.subscribe(ACTIVITY_ADDED);
    expect(await anonymous.closed()).toBe(4401);

    const forged = new Subscriber(second.wsUrl, { Authorization: 'Bearer not-a-token', 'X-Organization-Id': org.id });
    subscribers.push(forged);
    forged.subscribe(ACTIVITY_ADDED);
    expect(await forged.closed()).toBe(4401);

    const malformed = new Subscriber(second.wsUrl, { Authorization: `Bearer ${org.member.token}`, 'X-Organization-Id': 'not-an-org' });
    subscribers.push(malformed);
    malformed.subscribe(ACTIVITY_ADDED);
    expect(await malformed.closed()).toBe(4400);

    for (const subscriber of [open(org.outsider), open(org.outsider, null), open(other.owner, org.id)]) {
      const subscription = subscriber.subscribe(ACTIVITY_ADDED);
      await eventually(() => subscription.completed || subscription.error !== undefined);
      expect(subscription.errorCodes).toEqual(['FORBIDDEN']);
    }
  });

  it('only subscriptions run over the WebSocket, under the operation limits', async () => {
    const subscriber = open(org.owner);
    const query = subscriber.subscribe('{ me { id } }');
    await eventually(() => query.error !== undefined || query.completed);
    expect(JSON.stringify(query.error)).toMatch(/Only subscriptions run over the WebSocket/);

    // The document limits of HTTP (aliases here) and its cost limit apply to subscriptions too.
    const aliased = subscriber.subscribe(
      `subscription { activityAdded { ${Array.from({ length: 31 }, (_, i) => `a${i}: id`).join(' ')} } }`,
    );
    const costly = subscriber.subscribe(
      'subscription { activityAdded { company { contacts(first: 100) { edges { node { deals(first: 100) { edges { node { activities(first: 100) { totalCount } } } } } } } } } }',
    );
    await eventually(() => [aliased, costly].every((subscription) => subscription.error !== undefined));
    expect(JSON.stringify(aliased.error)).toMatch(/OPERATION_LIMIT_EXCEEDED.*aliases|aliases.*OPERATION_LIMIT_EXCEEDED/);
    expect(JSON.stringify(costly.error)).toMatch(/cost limit/);
  });

  it('a removed member’s socket closes (4403) at the next event', async () => {
    const removed = await app.actor('realtime-leaver');
    const { joinOrganization } = await import('../helpers/invitations.js');
    await joinOrganization(org.owner, removed, 'MEMBER');
    const subscriber = open(removed.inOrg(org.id));
    const before = handlers();
    const subscription = subscriber.subscribe<ActivityEvent>(ACTIVITY_ADDED);
    await listening(second.server, before + 1);
    await createActivity(org.member);
    await eventually(() => subscription.results.length === 1);

    const members = await run(org.owner, MEMBERS);
    const membership = members.members.edges.find((edge: { node: { user: { email: string } } }) => edge.node.user.email === removed.email);
    await run(org.owner, REMOVE_MEMBER, { input: { membershipId: membership.node.id } });
    await createActivity(org.member, { subject: 'After the removal' });
    expect(await subscriber.closed()).toBe(4403);
    expect(subscription.data.map((data) => data.activityAdded.subject)).not.toContain('After the removal');
  });

  it('an expired token closes the socket (4401)', async () => {
    const token = await signAccessToken(TEST_JWT_SECRET, { sub: org.member.subject, email: org.member.email }, { expiresIn: '3s' });
    const subscriber = new Subscriber(second.wsUrl, { Authorization: `Bearer ${token}`, 'X-Organization-Id': org.id });
    subscribers.push(subscriber);
    const before = handlers();
    subscriber.subscribe(ACTIVITY_ADDED);
    await listening(second.server, before + 1);
    expect(await subscriber.closed(10_000)).toBe(4401);
    expect(subscriber.closeReason).toMatch(/expired/);
  });

  it('decodes global ids: a contact created through the API has the id the subscriber receives', async () => {
    const subscriber = open(org.viewer);
    const before = handlers();
    const subscription = subscriber.subscribe<{ contactUpdated: { id: string } }>(CONTACT_UPDATED);
    await listening(second.server, before + 1);
    const created = await run(org.member, CREATE_CONTACT, { input: { firstName: 'Ada', lastName: unique('Lovelace') } });
    await eventually(() => subscription.results.length === 1);
    expect(decodeGlobalId(subscription.data[0]!.contactUpdated.id)).toEqual(decodeGlobalId(created.createContact.contact.id));
  });
});
