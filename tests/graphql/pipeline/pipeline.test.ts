import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import {
  PipelineCreateDealDocument,
  PipelineCreatePipelineDocument,
  PipelineCreateStageDocument,
  PipelineDealDocument,
  PipelineDeletePipelineDocument,
  PipelineDeleteStageDetailsDocument,
  PipelineDeleteStageDocument,
  PipelinePipelinesDocument,
  PipelineUpdatePipelineDocument,
  PipelineUpdateStageDocument,
} from '../../generated/operations/graphql.js';

// Typed documents (tests/operations/pipeline.graphql): `data` is typed, `variables` are checked.
describe('pipelines and stages', () => {
  let app: TestApp;
  let org: TestOrganization;
  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Pipes');
  });
  afterAll(async () => app.close());

  const pipelines = async () => (await org.viewer.query(PipelinePipelinesDocument)).data!.pipelines.edges.map((edge) => edge.node);

  it('creates a pipeline with ordered stages, and one default at a time', async () => {
    const created = await org.admin.query(PipelineCreatePipelineDocument, {
      input: {
        name: 'Rentals',
        stages: [
          { name: 'Viewing', probability: 20 },
          { name: 'Signed', probability: 100, kind: 'WON' },
        ],
      },
    });
    expect(created.errors).toBeUndefined();
    const pipeline = created.data!.createPipeline.pipeline;
    expect(pipeline.stages.map((stage) => [stage.name, stage.position, stage.kind])).toEqual([
      ['Viewing', 0, 'OPEN'],
      ['Signed', 1, 'WON'],
    ]);
    expect(pipeline.isDefault).toBe(false);

    const switched = await org.admin.query(PipelineUpdatePipelineDocument, { input: { id: pipeline.id, isDefault: true } });
    expect(switched.errors).toBeUndefined();
    const defaults = (await pipelines()).filter((each) => each.isDefault);
    expect(defaults.map((each) => each.name)).toEqual(['Rentals']);

    const refused = await org.admin.query(PipelineDeletePipelineDocument, { input: { id: pipeline.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { rows } = await app.owner.query('SELECT deleted_at FROM pipelines WHERE name = $1', ['Rentals']);
    expect(rows[0].deleted_at).toBeNull();
  });

  it('rejects an empty pipeline (BAD_USER_INPUT, nothing created)', async () => {
    const empty = await org.admin.query(PipelineCreatePipelineDocument, { input: { name: 'Empty', stages: [] } });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await pipelines()).map((each) => each.name)).not.toContain('Empty');
  });

  it('rejects an out-of-range probability (BAD_USER_INPUT, nothing created)', async () => {
    const bad = await org.admin.query(PipelineCreatePipelineDocument, {
      input: { name: 'Bad', stages: [{ name: 'X', probability: 101 }] },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await pipelines()).map((each) => each.name)).not.toContain('Bad');
  });

  it('inserts a stage at a position and shifts the ones after it', async () => {
    const sales = (await pipelines()).find((each) => each.name === 'Sales')!;
    const inserted = await org.admin.query(PipelineCreateStageDocument, {
      input: { pipelineId: sales.id, name: 'Demo', probability: 40, position: 2 },
    });
    expect(inserted.errors).toBeUndefined();
    const stages = (await pipelines()).find((each) => each.name === 'Sales')!.stages;
    expect(stages.map((stage) => stage.name)).toEqual(['Lead in', 'Qualified', 'Demo', 'Proposal', 'Negotiation', 'Won', 'Lost']);
    expect(stages.map((stage) => stage.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("deals follow a stage whose kind changes, and a stage holding deals can't be deleted", async () => {
    const sales = (await pipelines()).find((each) => each.name === 'Sales')!;
    const demo = sales.stages.find((stage) => stage.name === 'Demo')!;
    const deal = await org.member.query(PipelineCreateDealDocument, { input: { deal: { name: 'Follows', stageId: demo.id } } });
    expect(deal.data!.createDeal.deal.status).toBe('OPEN');
    const dealId = deal.data!.createDeal.deal.id;

    expect((await org.admin.query(PipelineUpdateStageDocument, { input: { id: demo.id, kind: 'WON' } })).errors).toBeUndefined();
    const won = (await org.viewer.query(PipelineDealDocument, { id: dealId })).data!.node!;
    expect(won.status).toBe('WON');
    expect(won.closedAt).not.toBeNull();

    expect((await org.admin.query(PipelineUpdateStageDocument, { input: { id: demo.id, kind: 'OPEN' } })).errors).toBeUndefined();
    expect((await org.viewer.query(PipelineDealDocument, { id: dealId })).data!.node).toEqual({ status: 'OPEN', closedAt: null });

    const refused = await org.admin.query(PipelineDeleteStageDocument, { input: { id: demo.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { rows } = await app.owner.query('SELECT count(*)::int AS n FROM pipeline_stages WHERE name = $1', ['Demo']);
    expect(rows[0].n).toBe(1);
  });

  it('deletes an empty stage and closes the gap; the last stage stays', async () => {
    const rentals = (await pipelines()).find((each) => each.name === 'Rentals')!;
    const [viewing, signed] = rentals.stages;
    expect((await org.admin.query(PipelineDeleteStageDocument, { input: { id: viewing!.id } })).errors).toBeUndefined();
    const after = (await pipelines()).find((each) => each.name === 'Rentals')!.stages;
    expect(after.map((stage) => [stage.name, stage.position])).toEqual([['Signed', 0]]);
    const last = await org.admin.query(PipelineDeleteStageDocument, { input: { id: signed!.id } });
    expect(last.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the payload of a deleted stage answers every field of it, its pipeline included', async () => {
    const created = await org.admin.query(PipelineCreatePipelineDocument, {
      input: {
        name: 'Short-lived',
        stages: [
          { name: 'Keep', probability: 10 },
          { name: 'Drop', probability: 50 },
        ],
      },
    });
    const pipeline = created.data!.createPipeline.pipeline;
    const drop = pipeline.stages.find((stage) => stage.name === 'Drop')!;
    const response = await org.admin.query(PipelineDeleteStageDetailsDocument, { input: { id: drop.id } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.deletePipelineStage.stage).toEqual({
      id: drop.id,
      name: 'Drop',
      position: 1,
      probability: 50,
      kind: 'OPEN',
      pipeline: { id: pipeline.id, name: 'Short-lived' },
    });
    expect((await pipelines()).find((each) => each.name === 'Short-lived')!.stages).toHaveLength(1);
  });
});
