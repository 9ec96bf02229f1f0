import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';

const PIPELINES = /* GraphQL */ `
  query Pipelines {
    pipelines(first: 20) {
      totalCount
      edges {
        node {
          id
          name
          isDefault
          stages {
            id
            name
            position
            probability
            kind
          }
        }
      }
    }
  }
`;
const CREATE_PIPELINE = /* GraphQL */ `
  mutation CreatePipeline($input: CreatePipelineInput!) {
    createPipeline(input: $input) {
      pipeline {
        id
        name
        isDefault
        stages {
          id
          name
          position
          kind
        }
      }
    }
  }
`;
const UPDATE_PIPELINE = /* GraphQL */ `
  mutation UpdatePipeline($input: UpdatePipelineInput!) {
    updatePipeline(input: $input) {
      pipeline {
        id
        isDefault
      }
    }
  }
`;
const DELETE_PIPELINE = /* GraphQL */ `
  mutation DeletePipeline($input: IdInput!) {
    deletePipeline(input: $input) {
      pipeline {
        id
        deletedAt
      }
    }
  }
`;
const CREATE_STAGE = /* GraphQL */ `
  mutation CreateStage($input: CreatePipelineStageInput!) {
    createPipelineStage(input: $input) {
      stage {
        id
        position
      }
    }
  }
`;
const UPDATE_STAGE = /* GraphQL */ `
  mutation UpdateStage($input: UpdatePipelineStageInput!) {
    updatePipelineStage(input: $input) {
      stage {
        id
        kind
      }
    }
  }
`;
const DELETE_STAGE = /* GraphQL */ `
  mutation DeleteStage($input: IdInput!) {
    deletePipelineStage(input: $input) {
      stage {
        id
      }
    }
  }
`;
const CREATE_DEAL = /* GraphQL */ `
  mutation CreateDeal($input: CreateDealInput!) {
    createDeal(input: $input) {
      deal {
        id
        status
        closedAt
      }
    }
  }
`;
const DEAL = /* GraphQL */ `
  query Deal($id: ID!) {
    node(id: $id) {
      ... on Deal {
        status
        closedAt
      }
    }
  }
`;

describe('pipelines and stages', () => {
  let app: TestApp;
  let org: TestOrganization;
  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Pipes');
  });
  afterAll(async () => app.close());

  const pipelines = async () => (await org.viewer.query(PIPELINES)).data.pipelines.edges.map((edge: any) => edge.node);

  it('creates a pipeline with ordered stages, and one default at a time', async () => {
    const created = await org.admin.query(CREATE_PIPELINE, {
      input: {
        name: 'Rentals',
        stages: [
          { name: 'Viewing', probability: 20 },
          { name: 'Signed', probability: 100, kind: 'WON' },
        ],
      },
    });
    expect(created.errors).toBeUndefined();
    const pipeline = created.data.createPipeline.pipeline;
    expect(pipeline.stages.map((stage: any) => [stage.name, stage.position, stage.kind])).toEqual([
      ['Viewing', 0, 'OPEN'],
      ['Signed', 1, 'WON'],
    ]);
    expect(pipeline.isDefault).toBe(false);

    const switched = await org.admin.query(UPDATE_PIPELINE, { input: { id: pipeline.id, isDefault: true } });
    expect(switched.errors).toBeUndefined();
    const defaults = (await pipelines()).filter((each: any) => each.isDefault);
    expect(defaults.map((each: any) => each.name)).toEqual(['Rentals']);

    const refused = await org.admin.query(DELETE_PIPELINE, { input: { id: pipeline.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { rows } = await app.owner.query('SELECT deleted_at FROM pipelines WHERE name = $1', ['Rentals']);
    expect(rows[0].deleted_at).toBeNull();
  });

  it('rejects an empty pipeline (BAD_USER_INPUT, nothing created)', async () => {
    const empty = await org.admin.query(CREATE_PIPELINE, { input: { name: 'Empty', stages: [] } });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await pipelines()).map((each: any) => each.name)).not.toContain('Empty');
  });

  it('rejects an out-of-range probability (BAD_USER_INPUT, nothing created)', async () => {
    const bad = await org.admin.query(CREATE_PIPELINE, { input: { name: 'Bad', stages: [{ name: 'X', probability: 101 }] } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await pipelines()).map((each: any) => each.name)).not.toContain('Bad');
  });

  it('inserts a stage at a position and shifts the ones after it', async () => {
    const sales = (await pipelines()).find((each: any) => each.name === 'Sales');
    const inserted = await org.admin.query(CREATE_STAGE, { input: { pipelineId: sales.id, name: 'Demo', probability: 40, position: 2 } });
    expect(inserted.errors).toBeUndefined();
    const stages = (await pipelines()).find((each: any) => each.name === 'Sales').stages;
    expect(stages.map((stage: any) => stage.name)).toEqual(['Lead in', 'Qualified', 'Demo', 'Proposal', 'Negotiation', 'Won', 'Lost']);
    expect(stages.map((stage: any) => stage.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("deals follow a stage whose kind changes, and a stage holding deals can't be deleted", async () => {
    const sales = (await pipelines()).find((each: any) => each.name === 'Sales');
    const demo = sales.stages.find((stage: any) => stage.name === 'Demo');
    const deal = await org.member.query(CREATE_DEAL, { input: { deal: { name: 'Follows', stageId: demo.id } } });
    expect(deal.data.createDeal.deal.status).toBe('OPEN');
    const dealId = deal.data.createDeal.deal.id;

    expect((await org.admin.query(UPDATE_STAGE, { input: { id: demo.id, kind: 'WON' } })).errors).toBeUndefined();
    const won = (await org.viewer.query(DEAL, { id: dealId })).data.node;
    expect(won.status).toBe('WON');
    expect(won.closedAt).not.toBeNull();

    expect((await org.admin.query(UPDATE_STAGE, { input: { id: demo.id, kind: 'OPEN' } })).errors).toBeUndefined();
    expect((await org.viewer.query(DEAL, { id: dealId })).data.node).toEqual({ status: 'OPEN', closedAt: null });

    const refused = await org.admin.query(DELETE_STAGE, { input: { id: demo.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { rows } = await app.owner.query('SELECT count(*)::int AS n FROM pipeline_stages WHERE name = $1', ['Demo']);
    expect(rows[0].n).toBe(1);
  });

  it('deletes an empty stage and closes the gap; the last stage stays', async () => {
    const rentals = (await pipelines()).find((each: any) => each.name === 'Rentals');
    const [viewing, signed] = rentals.stages;
    expect((await org.admin.query(DELETE_STAGE, { input: { id: viewing.id } })).errors).toBeUndefined();
    const after = (await pipelines()).find((each: any) => each.name === 'Rentals').stages;
    expect(after.map((stage: any) => [stage.name, stage.position])).toEqual([['Signed', 0]]);
    const last = await org.admin.query(DELETE_STAGE, { input: { id: signed.id } });
    expect(last.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the payload of a deleted stage answers every field of it, its pipeline included', async () => {
    const created = await org.admin.query(CREATE_PIPELINE, {
      input: {
        name: 'Short-lived',
        stages: [
          { name: 'Keep', probability: 10 },
          { name: 'Drop', probability: 50 },
        ],
      },
    });
    const pipeline = created.data.createPipeline.pipeline;
    const drop = pipeline.stages.find((stage: { name: string }) => stage.name === 'Drop');
    const response = await org.admin.query(
      'mutation ($input: IdInput!) { deletePipelineStage(input: $input) { stage { id name position probability kind pipeline { id name } } } }',
      { input: { id: drop.id } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.deletePipelineStage.stage).toEqual({
      id: drop.id,
      name: 'Drop',
      position: 1,
      probability: 50,
      kind: 'OPEN',
      pipeline: { id: pipeline.id, name: 'Short-lived' },
    });
    expect((await pipelines()).find((each: { name: string }) => each.name === 'Short-lived').stages).toHaveLength(1);
  });
});
