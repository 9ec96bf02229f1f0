import { describe, expect, it } from '@jest/globals';
import { useTenants } from '../../helpers/actors.js';
import type { GraphQLResponse } from '../../helpers/app.js';
import { inLockStep, lockStepOptions } from '../../helpers/lock-step.js';
import { codes, uuidOf } from '../../helpers/responses.js';
import {
  RowLocksCreateDealDocument,
  RowLocksCreatePipelineDocument,
  RowLocksCreateStageDocument,
  RowLocksDeletePipelineDocument,
  RowLocksDeleteStageDocument,
  RowLocksUpdatePipelineDocument,
  RowLocksUpdateStageDocument,
  type StageKind,
} from '../../generated/operations/graphql.js';

// Stage changes lock before they read what they decide on (src/modules/pipeline/mutations.ts):
// createPipelineStage and deletePipelineStage the pipeline (positions are counted, then
// shifted), updatePipelineStage the stage (its deals follow the kind it had). updatePipeline and
// deletePipeline lock the pipeline; one live default per organization is a unique index.
const { app, org, asAdmin, asMember } = useTenants('PipelineLocks', lockStepOptions());

async function pipelineWith(names: string[]) {
  const created = await asAdmin.query(RowLocksCreatePipelineDocument, {
    input: { name: `Lock step ${Math.random()}`, stages: names.map((name) => ({ name, probability: 10 })) },
  });
  expect(created.errors).toBeUndefined();
  return created.data!.createPipeline.pipeline;
}

/** The pipeline's stages as stored, by position (read past RLS). */
async function storedStages(pipelineId: string): Promise<{ name: string; position: number }[]> {
  const rows = await app.owner.query('SELECT name, position FROM pipeline_stages WHERE pipeline_id = $1 ORDER BY position, name', [
    uuidOf(pipelineId),
  ]);
  return rows.rows;
}

const holdPipeline = (pipelineId: string) => ({ sql: 'SELECT 1 FROM pipelines WHERE id = $1 FOR UPDATE', params: [uuidOf(pipelineId)] });

describe('createPipelineStage: concurrent inserts into one pipeline', () => {
  it('six inserts (at the end, first, second) leave the positions 0..7, each once', async () => {
    const pipeline = await pipelineWith(['A', 'B']);
    const inserts: { name: string; position?: number }[] = [
      { name: 'C' },
      { name: 'D', position: 0 },
      { name: 'E' },
      { name: 'F', position: 1 },
      { name: 'G' },
      { name: 'H', position: 0 },
    ];
    const responses = await inLockStep(
      app,
      [holdPipeline(pipeline.id)],
      inserts.map(
        (insert) => () => asAdmin.query(RowLocksCreateStageDocument, { input: { pipelineId: pipeline.id, probability: 20, ...insert } }),
      ),
    );
    expect(responses.map(codes)).toEqual(Array(6).fill([]));
    const stored = await storedStages(pipeline.id);
    // Without the lock each insert counts the two stages it saw: the appended ones all take position 2.
    expect(stored.map((stage) => stage.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(stored.map((stage) => stage.name).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
  });
});

describe('deletePipelineStage: concurrent deletes in one pipeline', () => {
  it('deleting all four stages at once deletes three; the last is refused and keeps position 0', async () => {
    const pipeline = await pipelineWith(['A', 'B', 'C', 'D']);
    const responses = await inLockStep(
      app,
      // The stages as well: without the lock, each delete then waits at its DELETE, after its count.
      [
        holdPipeline(pipeline.id),
        { sql: 'SELECT 1 FROM pipeline_stages WHERE pipeline_id = $1 FOR UPDATE', params: [uuidOf(pipeline.id)] },
      ],
      pipeline.stages.map((stage) => () => asAdmin.query(RowLocksDeleteStageDocument, { input: { id: stage.id } })),
    );
    expect(responses.map(codes).sort()).toEqual([[], [], [], ['BAD_USER_INPUT']]);
    const refused = responses.find((response) => response.errors)!;
    expect(refused.errors![0]!.message).toBe('A pipeline keeps at least one stage');
    expect((await storedStages(pipeline.id)).map((stage) => stage.position)).toEqual([0]);
  });
});

describe('updatePipelineStage: concurrent kind changes of one stage', () => {
  it("one change to WON and five back to OPEN leave every deal of the stage with the stage's kind", async () => {
    const pipeline = await pipelineWith(['Only']);
    const stageId = pipeline.stages[0]!.id;
    for (const name of ['First deal', 'Second deal']) {
      const deal = await asMember.query(RowLocksCreateDealDocument, { input: { deal: { name, stageId } } });
      expect(deal.errors).toBeUndefined();
    }
    const kinds: StageKind[] = ['WON', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN'];
    const responses = await inLockStep(
      app,
      [{ sql: 'SELECT 1 FROM pipeline_stages WHERE id = $1 FOR UPDATE', params: [uuidOf(stageId)] }],
      kinds.map((kind) => () => asAdmin.query(RowLocksUpdateStageDocument, { input: { id: stageId, kind } })),
    );
    expect(responses.map(codes)).toEqual(Array(6).fill([]));

    // The WON goes first (it waited first); the OPENs follow in any order. Without the lock each
    // compares with the OPEN it read before the WON: "no change", so the deals stay WON.
    const stage = await app.owner.query('SELECT kind FROM pipeline_stages WHERE id = $1', [uuidOf(stageId)]);
    const deals = await app.owner.query('SELECT status, closed_at FROM deals WHERE stage_id = $1', [uuidOf(stageId)]);
    const kind = stage.rows[0].kind as StageKind;
    expect(deals.rows.map((deal) => ({ status: deal.status, closed: deal.closed_at !== null }))).toEqual([
      { status: kind, closed: kind !== 'OPEN' },
      { status: kind, closed: kind !== 'OPEN' },
    ]);
  });
});

/** The organization's pipelines that are default, as stored (read past RLS). */
async function storedDefaults(): Promise<{ id: string; deleted: boolean }[]> {
  const rows = await app.owner.query(
    'SELECT id, deleted_at IS NOT NULL AS deleted FROM pipelines WHERE org_id = $1 AND is_default ORDER BY id',
    [org.id],
  );
  return rows.rows;
}

describe('updatePipeline(isDefault): concurrent changes of the default', () => {
  it('two pipelines made default at once leave one default; the other request is told to retry', async () => {
    const first = await pipelineWith(['A']);
    const second = await pipelineWith(['A']);
    const [current] = await storedDefaults();
    const responses = await inLockStep(
      app,
      // Both wait where they unset the current default; then each sets its own.
      [{ sql: 'SELECT 1 FROM pipelines WHERE id = $1 FOR UPDATE', params: [current!.id] }],
      [first, second].map(
        (pipeline) => () => asAdmin.query(RowLocksUpdatePipelineDocument, { input: { id: pipeline.id, isDefault: true } }),
      ),
    );
    // Without the index, the second no longer finds the first's new default to unset: two defaults.
    expect(responses.map(codes)).toEqual([[], ['CONCURRENT_MODIFICATION']]);
    expect(await storedDefaults()).toEqual([{ id: uuidOf(first.id), deleted: false }]);
  });
});

describe('updatePipeline(isDefault) and deletePipeline on one pipeline at once', () => {
  it.each([
    ['delete first', ['delete', 'makeDefault'] as const, [[], ['BAD_USER_INPUT']]],
    ['make default first', ['makeDefault', 'delete'] as const, [[], ['BAD_USER_INPUT']]],
  ])('%s: the second is refused, and the default stays a live pipeline', async (_order, steps, expected) => {
    const pipeline = await pipelineWith(['A']);
    const responses = await inLockStep<GraphQLResponse<unknown>>(
      app,
      [holdPipeline(pipeline.id)],
      steps.map((step) =>
        step === 'delete'
          ? () => asAdmin.query(RowLocksDeletePipelineDocument, { input: { id: pipeline.id } })
          : () => asAdmin.query(RowLocksUpdatePipelineDocument, { input: { id: pipeline.id, isDefault: true } }),
      ),
    );
    // Without the lock each reads the pipeline before the other writes: a deleted default, and
    // createDeal without a pipeline then answers NOT_FOUND.
    expect(responses.map(codes)).toEqual(expected);
    const defaults = await storedDefaults();
    expect(defaults.map((d) => d.deleted)).toEqual([false]);
    const deal = await asMember.query(RowLocksCreateDealDocument, { input: { deal: { name: 'In the default pipeline' } } });
    expect(codes(deal)).toEqual([]);
  });
});
