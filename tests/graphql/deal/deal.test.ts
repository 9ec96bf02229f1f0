import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import {
  DealCreateActivityDocument,
  DealCreateDocument,
  DealDeleteActivityDocument,
  DealMeDocument,
  DealMoveStageDocument,
  DealNodeDocument,
  DealPipelinesDocument,
  DealUpdateActivityDocument,
  DealUpdateDocument,
  type CreateDealInput,
} from '../../generated/operations/graphql.js';

interface Stage {
  id: string;
  name: string;
  kind: 'OPEN' | 'WON' | 'LOST';
  probability: number;
  position: number;
}

/** A `node(id:)` answer narrowed to the types whose fragment selects `key` (fails the test when it does not). */
function selected<N extends object, K extends string>(node: N | null | undefined, key: K): Extract<N, Record<K, unknown>> {
  if (!node || !(key in node)) throw new Error(`expected a node with ${key}, got ${JSON.stringify(node)}`);
  return node as Extract<N, Record<K, unknown>>;
}

describe('deals', () => {
  let app: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  let pipelineId: string;
  let stages: Stage[];
  const stage = (name: string) => stages.find((s) => s.name === name)!;

  async function createDeal(input: CreateDealInput) {
    const response = await org.member.query(DealCreateDocument, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.createDeal.deal;
  }
  const readDeal = async (id: string) => {
    const response = await org.viewer.query(DealNodeDocument, { id });
    expect(response.errors).toBeUndefined();
    return selected(response.data!.node, 'lastActivity');
  };

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Deals');
    other = await createOrganization(app, 'DealsOther');
    const pipelines = await org.viewer.query(DealPipelinesDocument);
    const pipeline = pipelines.data!.pipelines.edges.map((e) => e.node).find((p) => p.isDefault)!;
    pipelineId = pipeline.id;
    stages = pipeline.stages;
  });
  afterAll(async () => app.close());

  it('createDeal defaults: default pipeline, its first stage, OPEN, probability of the stage, value 0, USD', async () => {
    const deal = await createDeal({ deal: { name: 'Defaults' } });
    expect(deal).toMatchObject({
      name: 'Defaults',
      value: '0.00',
      currency: 'USD',
      status: 'OPEN',
      closedAt: null,
      expectedCloseDate: null,
      pipeline: { id: pipelineId, isDefault: true },
      stage: { id: stages[0]!.id, name: 'Lead in', kind: 'OPEN' },
      probability: stages[0]!.probability,
    });
    expect(stages[0]!.position).toBe(0);
  });

  it("a deal's own probability wins over the stage's; clearing it inherits again", async () => {
    const deal = await createDeal({ deal: { name: 'Own probability', probability: 33, stageId: stage('Proposal').id } });
    expect(deal.probability).toBe(33);
    expect(deal.stage.probability).toBe(50);
    const cleared = await org.member.query(DealUpdateDocument, { input: { id: deal.id, probability: null } });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateDeal.deal.probability).toBe(50);
  });

  it('created directly in a WON stage, a deal is WON with closedAt', async () => {
    const deal = await createDeal({ deal: { name: 'Born won', stageId: stage('Won').id } });
    expect(deal.status).toBe('WON');
    expect(deal.closedAt).toEqual(expect.any(String));
  });

  it('value is an exact Decimal string that round-trips', async () => {
    const cases: [string, string][] = [
      ['1234.50', '1234.50'],
      ['1234.5', '1234.50'],
      ['0.10', '0.10'],
      ['999999999999.99', '999999999999.99'],
      ['-5', '-5.00'],
    ];
    for (const [input, output] of cases) {
      const deal = await createDeal({ deal: { name: `Value ${input}`, value: input } });
      expect(deal.value).toBe(output);
      expect((await readDeal(deal.id)).value).toBe(output);
    }
    const stored = await app.owner.query("SELECT value::text AS value FROM deals WHERE name = 'Value 1234.50'");
    expect(stored.rows).toEqual([{ value: '1234.50' }]);
    for (const bad of ['12.345', 'abc', '1e5', '1234567890123']) {
      const response = await org.member.query(DealCreateDocument, { input: { deal: { name: 'Bad value', value: bad } } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  describe('moveDealStage', () => {
    let dealId: string;
    beforeAll(async () => {
      dealId = (await createDeal({ deal: { name: 'Mover', value: '500.00' } })).id;
    });

    it('to a WON stage: status WON, closedAt set, a STAGE_CHANGE activity with the stage names', async () => {
      const response = await org.member.query(DealMoveStageDocument, { input: { dealId, stageId: stage('Won').id } });
      expect(response.errors).toBeUndefined();
      const { deal, activity } = response.data!.moveDealStage;
      expect(deal).toMatchObject({ id: dealId, status: 'WON', stage: { id: stage('Won').id, kind: 'WON' }, probability: 100 });
      expect(deal.closedAt).toEqual(expect.any(String));
      expect(Math.abs(Date.parse(deal.closedAt!) - Date.now())).toBeLessThan(60_000);

      const me = await org.member.query(DealMeDocument);
      expect(activity).toMatchObject({ type: 'STAGE_CHANGE', deal: { id: dealId }, owner: { id: me.data!.me.id } });
      expect(activity!.subject).toContain('Lead in');
      expect(activity!.subject).toContain('Won');
      expect(activity!.subject.indexOf('Lead in')).toBeLessThan(activity!.subject.indexOf('Won'));

      const stored = await readDeal(dealId);
      expect(stored.status).toBe('WON');
      expect(stored.closedAt).toBe(deal.closedAt);
      expect(stored.activities.edges.map((e) => e.node.id)).toContain(activity!.id);
      expect(stored.activities.edges.find((e) => e.node.id === activity!.id)!.node.type).toBe('STAGE_CHANGE');
    });

    it('between two closed stages keeps the original closedAt', async () => {
      const won = await readDeal(dealId);
      const lost = await org.member.query(DealMoveStageDocument, { input: { dealId, stageId: stage('Lost').id } });
      expect(lost.errors).toBeUndefined();
      expect(lost.data!.moveDealStage.deal.status).toBe('LOST');
      expect(lost.data!.moveDealStage.deal.closedAt).toBe(won.closedAt);
    });

    it('back to an OPEN stage: OPEN and closedAt null, recorded again', async () => {
      const response = await org.member.query(DealMoveStageDocument, { input: { dealId, stageId: stage('Qualified').id } });
      expect(response.errors).toBeUndefined();
      const { deal, activity } = response.data!.moveDealStage;
      expect(deal).toMatchObject({ status: 'OPEN', closedAt: null, stage: { id: stage('Qualified').id } });
      expect(activity!.subject).toContain('Lost');
      expect(activity!.subject).toContain('Qualified');
      const stored = await readDeal(dealId);
      expect(stored).toMatchObject({ status: 'OPEN', closedAt: null });
      expect(stored.activities.totalCount).toBe(3);
      expect(stored.activities.edges.every((e) => e.node.type === 'STAGE_CHANGE')).toBe(true);
    });

    it('to the stage it is already in: no activity', async () => {
      const response = await org.member.query(DealMoveStageDocument, { input: { dealId, stageId: stage('Qualified').id } });
      expect(response.errors).toBeUndefined();
      expect(response.data!.moveDealStage.activity).toBeNull();
      expect((await readDeal(dealId)).activities.totalCount).toBe(3);
    });

    it("to another organization's stage: BAD_USER_INPUT and nothing changes", async () => {
      const theirs = await other.viewer.query(DealPipelinesDocument);
      const foreignStage = theirs.data!.pipelines.edges[0]!.node.stages.find((s) => s.kind === 'WON')!;
      const before = await readDeal(dealId);
      const response = await org.member.query(DealMoveStageDocument, { input: { dealId, stageId: foreignStage.id } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.data).toBeNull();
      expect(await readDeal(dealId)).toEqual(before);
    });

    it("another organization's deal cannot be moved (NOT_FOUND)", async () => {
      const theirDeal = await other.member.query(DealCreateDocument, { input: { deal: { name: 'Theirs' } } });
      const response = await org.member.query(DealMoveStageDocument, {
        input: { dealId: theirDeal.data!.createDeal.deal.id, stageId: stage('Won').id },
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('a VIEWER may not move a deal (FORBIDDEN)', async () => {
      const response = await org.viewer.query(DealMoveStageDocument, { input: { dealId, stageId: stage('Won').id } });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await readDeal(dealId)).status).toBe('OPEN');
    });
  });

  describe('activities', () => {
    it('lastActivity is the newest by occurredAt (not by creation), ignoring deleted ones', async () => {
      const deal = await createDeal({ deal: { name: 'Timeline' } });
      const ids: Record<string, string> = {};
      for (const [subject, occurredAt] of [
        ['January call', '2025-01-10T10:00:00.000Z'],
        ['June meeting', '2025-06-01T09:00:00.000Z'],
        ['March email', '2025-03-05T12:00:00.000Z'],
      ] as const) {
        const response = await org.member.query(DealCreateActivityDocument, {
          input: { type: 'CALL', subject, occurredAt, dealId: deal.id },
        });
        expect(response.errors).toBeUndefined();
        ids[subject] = response.data!.createActivity.activity.id;
      }
      const stored = await readDeal(deal.id);
      expect(stored.lastActivity).toMatchObject({ id: ids['June meeting'], subject: 'June meeting' });
      expect(stored.activities.edges.map((e) => e.node.subject)).toEqual(['June meeting', 'March email', 'January call']);

      const deleted = await org.admin.query(DealDeleteActivityDocument, { id: ids['June meeting']! });
      expect(deleted.errors).toBeUndefined();
      const after = await readDeal(deal.id);
      expect(after.lastActivity!.subject).toBe('March email');
      expect(after.activities.totalCount).toBe(2);
    });

    it('a deal without activities has lastActivity null', async () => {
      const deal = await createDeal({ deal: { name: 'Quiet' } });
      expect((await readDeal(deal.id)).lastActivity).toBeNull();
    });

    it('creating or updating an activity to STAGE_CHANGE directly is BAD_USER_INPUT', async () => {
      const deal = await createDeal({ deal: { name: 'No fake moves' } });
      const created = await org.member.query(DealCreateActivityDocument, {
        input: { type: 'STAGE_CHANGE', subject: 'Fake move', dealId: deal.id },
      });
      expect(created.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(created.data).toBeNull();
      const note = await org.member.query(DealCreateActivityDocument, { input: { type: 'NOTE', subject: 'A note', dealId: deal.id } });
      const updated = await org.member.query(DealUpdateActivityDocument, {
        input: { id: note.data!.createActivity.activity.id, type: 'STAGE_CHANGE' },
      });
      expect(updated.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const stored = await readDeal(deal.id);
      expect(stored.activities.edges.map((e) => e.node.type)).toEqual(['NOTE']);
    });
  });
});
