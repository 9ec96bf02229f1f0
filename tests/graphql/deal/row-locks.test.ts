import { beforeAll, describe, expect, it } from '@jest/globals';
import { useTenants } from '../../helpers/actors.js';
import { inLockStep, lockStepOptions } from '../../helpers/lock-step.js';
import type { GraphQLResponse } from '../../helpers/app.js';
import { codes, uuidOf } from '../../helpers/responses.js';
import {
  RowLocksConvertLeadDocument,
  RowLocksCreateDealDocument,
  RowLocksCreateLeadDocument,
  RowLocksCreatePipelineDocument,
  RowLocksMoveDealStageDocument,
  RowLocksUpdateStageDocument,
} from '../../generated/operations/graphql.js';

// moveDealStage locks the deal before it reads the stage it moves from (src/modules/deal/service.ts):
// concurrent moves of one deal then run one after the other, each recording the move from the
// stage the previous one left the deal in.
const { app, asMember, asAdmin } = useTenants('DealLocks', lockStepOptions());

describe('moveDealStage: concurrent moves of one deal', () => {
  let stages: { id: string; name: string; kind: string }[];

  beforeAll(async () => {
    const created = await asAdmin.query(RowLocksCreatePipelineDocument, {
      input: {
        name: 'Lock step',
        stages: [
          ...['S0', 'S1', 'S2', 'S3', 'S4', 'S5'].map((name, index) => ({ name, probability: index * 10 })),
          { name: 'Won', probability: 100, kind: 'WON' as const },
        ],
      },
    });
    expect(created.errors).toBeUndefined();
    stages = created.data!.createPipeline.pipeline.stages;
  });

  const stage = (name: string) => stages.find((s) => s.name === name)!;

  async function dealInFirstStage(name: string) {
    const created = await asMember.query(RowLocksCreateDealDocument, { input: { deal: { name, stageId: stage('S0').id } } });
    expect(created.errors).toBeUndefined();
    return created.data!.createDeal.deal.id;
  }

  /** The deal's STAGE_CHANGE activities, as recorded (uuids), read past RLS. */
  async function recordedMoves(dealId: string): Promise<{ fromStageId: string; toStageId: string }[]> {
    const rows = await app.owner.query("SELECT body FROM activities WHERE deal_id = $1 AND type = 'STAGE_CHANGE'", [uuidOf(dealId)]);
    return rows.rows.map((row) => JSON.parse(row.body as string));
  }

  const holdDeal = (dealId: string) => [{ sql: 'SELECT 1 FROM deals WHERE id = $1 FOR UPDATE', params: [uuidOf(dealId)] }];

  it('six moves to the same stage change it once: one STAGE_CHANGE, the others are no-ops', async () => {
    const dealId = await dealInFirstStage('Same target');
    const responses = await inLockStep(
      app,
      holdDeal(dealId),
      Array.from({ length: 6 }, () => () => asMember.query(RowLocksMoveDealStageDocument, { input: { dealId, stageId: stage('S3').id } })),
    );
    expect(responses.map((response) => response.errors)).toEqual(Array(6).fill(undefined));
    // Exactly one answer carries the move's activity; the others found the deal already there.
    expect(responses.filter((response) => response.data!.moveDealStage.activity !== null).length).toBe(1);
    expect(await recordedMoves(dealId)).toEqual([{ fromStageId: uuidOf(stage('S0').id), toStageId: uuidOf(stage('S3').id) }]);
  });

  it('six moves to different stages record one chain: each move starts where the previous one left the deal', async () => {
    const dealId = await dealInFirstStage('Chain');
    const targets = ['S4', 'Won', 'S2', 'S1', 'S5', 'S3'];
    const responses = await inLockStep(
      app,
      holdDeal(dealId),
      targets.map((name) => () => asMember.query(RowLocksMoveDealStageDocument, { input: { dealId, stageId: stage(name).id } })),
    );
    expect(responses.map((response) => response.errors)).toEqual(Array(6).fill(undefined));

    // Walk the history from S0: every recorded move must start at the stage the walk is in.
    const moves = await recordedMoves(dealId);
    expect(moves).toHaveLength(targets.length);
    // No two moves start from the same stage (without the lock, all six start from S0).
    expect(new Set(moves.map((move) => move.fromStageId)).size).toBe(moves.length);
    const next = new Map(moves.map((move) => [move.fromStageId, move.toStageId]));
    let current = uuidOf(stage('S0').id);
    const walked: string[] = [];
    while (next.has(current) && walked.length < moves.length) {
      current = next.get(current)!;
      walked.push(current);
    }
    expect(walked.sort()).toEqual(targets.map((name) => uuidOf(stage(name).id)).sort());

    // The walk ends where the deal is, and its status follows that stage (reopened after Won).
    const deal = await app.owner.query('SELECT stage_id, status, closed_at FROM deals WHERE id = $1', [uuidOf(dealId)]);
    expect(deal.rows[0].stage_id).toBe(current);
    const finalStage = stages.find((s) => uuidOf(s.id) === current)!;
    expect({ status: deal.rows[0].status, closed: deal.rows[0].closed_at !== null }).toEqual({
      status: finalStage.kind,
      closed: finalStage.kind !== 'OPEN',
    });
  });
});

describe('a deal placed in a stage while the stage becomes WON', () => {
  /** Prepares placing one deal into `stageId` (from `startStageId` if it moves) and returns the request. */
  type Placement = (stageId: string, startStageId: string) => Promise<() => Promise<GraphQLResponse<unknown>>>;
  const placements: Record<string, Placement> = {
    moveDealStage: async (stageId, startStageId) => {
      const created = await asMember.query(RowLocksCreateDealDocument, { input: { deal: { name: 'Moved', stageId: startStageId } } });
      expect(created.errors).toBeUndefined();
      const dealId = created.data!.createDeal.deal.id;
      return () => asMember.query(RowLocksMoveDealStageDocument, { input: { dealId, stageId } });
    },
    createDeal: async (stageId) => () => asMember.query(RowLocksCreateDealDocument, { input: { deal: { name: 'Created', stageId } } }),
    convertLead: async (stageId) => {
      const lead = await asMember.query(RowLocksCreateLeadDocument, { input: { lastName: 'Converted' } });
      expect(lead.errors).toBeUndefined();
      const leadId = lead.data!.createLead.lead.id;
      return () => asMember.query(RowLocksConvertLeadDocument, { input: { leadId, deal: { name: 'Converted', stageId } } });
    },
  };

  // Each placement reads the stage FOR SHARE (src/modules/deal/service.ts). The test holds a deal
  // already in the stage, so the kind change waits there: after it changed the stage and before
  // it commits. Without the lock the placement then reads the OPEN kind, commits a deal OPEN in
  // the stage, and the kind change, which updated the deals it could see, leaves it OPEN.
  it.each(Object.keys(placements))('%s: the placed deal ends WON, as its stage', async (placement) => {
    const created = await asAdmin.query(RowLocksCreatePipelineDocument, {
      input: { name: `Kind change ${placement}`, stages: ['Start', 'Closing'].map((name) => ({ name, probability: 50 })) },
    });
    expect(created.errors).toBeUndefined();
    const [start, closing] = created.data!.createPipeline.pipeline.stages;
    const resident = await asMember.query(RowLocksCreateDealDocument, { input: { deal: { name: 'Already there', stageId: closing!.id } } });
    expect(resident.errors).toBeUndefined();
    const place = await placements[placement]!(closing!.id, start!.id);

    const responses = await inLockStep<GraphQLResponse<unknown>>(
      app,
      [{ sql: 'SELECT 1 FROM deals WHERE id = $1 FOR UPDATE', params: [uuidOf(resident.data!.createDeal.deal.id)] }],
      [() => asAdmin.query(RowLocksUpdateStageDocument, { input: { id: closing!.id, kind: 'WON' } }), place],
    );
    expect(responses.map(codes)).toEqual([[], []]);
    const deals = await app.owner.query('SELECT status, closed_at IS NOT NULL AS closed FROM deals WHERE stage_id = $1', [
      uuidOf(closing!.id),
    ]);
    expect(deals.rows).toEqual([
      { status: 'WON', closed: true },
      { status: 'WON', closed: true },
    ]);
  });

  it('a move to the stage the deal is already in, while that stage changes its kind, is a no-op and no deadlock', async () => {
    const created = await asAdmin.query(RowLocksCreatePipelineDocument, {
      input: { name: 'Kind change, no move', stages: [{ name: 'Only', probability: 50 }] },
    });
    expect(created.errors).toBeUndefined();
    const stageId = created.data!.createPipeline.pipeline.stages[0]!.id;
    const deal = await asMember.query(RowLocksCreateDealDocument, { input: { deal: { name: 'Staying', stageId } } });
    expect(deal.errors).toBeUndefined();
    const dealId = deal.data!.createDeal.deal.id;

    // The move locks the deal first; the kind change then holds the stage and waits for the deal.
    // A move that also took its stage FOR SHARE here would wait for the kind change: a deadlock,
    // which PostgreSQL breaks after deadlock_timeout by failing one of them.
    const responses = await inLockStep<GraphQLResponse<unknown>>(
      app,
      [{ sql: 'SELECT 1 FROM deals WHERE id = $1 FOR UPDATE', params: [uuidOf(dealId)] }],
      [
        () => asMember.query(RowLocksMoveDealStageDocument, { input: { dealId, stageId } }),
        () => asAdmin.query(RowLocksUpdateStageDocument, { input: { id: stageId, kind: 'WON' } }),
      ],
    );
    expect(responses.map(codes)).toEqual([[], []]);
    const stored = await app.owner.query('SELECT status FROM deals WHERE id = $1', [uuidOf(dealId)]);
    expect(stored.rows).toEqual([{ status: 'WON' }]);
  });
});
