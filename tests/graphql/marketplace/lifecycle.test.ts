/**
 * A purchase's lifecycle (README "Marketplace"): cancel (the organization's ADMIN), refund (a
 * platform administrator), expiry (the hourly job, run here against the real database), access
 * that only an ACTIVE, unexpired purchase grants, recordToolUsage at most once a minute, and the
 * catalog's purchaseCount and rating kept right by concurrent transactions.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../../../src/config.js';
import { LOCAL_APP_PASSWORD, LOCAL_APP_ROLE } from '../../../src/db/local-database.js';
import { startJobWorker, type JobWorker } from '../../../src/jobs/worker.js';
import { TEST_JWT_SECRET, type Actor, type GraphQLResponse } from '../../helpers/app.js';
import { useTenants } from '../../helpers/actors.js';
import { userIdOf } from '../../helpers/builders.js';
import { eventually } from '../../helpers/eventually.js';
import { codes, uuidOf } from '../../helpers/responses.js';
import {
  LifecycleCancelBundlePurchaseDocument,
  LifecycleCancelToolPurchaseDocument,
  LifecycleRecordToolUsageDocument,
  LifecycleRefundBundlePurchaseDocument,
  LifecycleRefundToolPurchaseDocument,
  LifecycleToolDocument,
  LifecycleToolPurchasesDocument,
  MarketplaceAddToCartDocument,
  MarketplaceCheckoutDocument,
  MarketplaceCreateBundleDocument,
  MarketplaceCreateToolDocument,
  type ToolTier,
} from '../../generated/operations/graphql.js';

const orgGlobalId = (uuid: string) => Buffer.from(`Organization:${uuid}`).toString('base64');

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('marketplace purchase lifecycle', () => {
  const { app, org, other } = useTenants('Lifecycle', { otherTenant: true });
  let platformAdmin: Actor;
  let sequence = 0;

  async function createTool(tier: ToolTier = 'T1') {
    const input = { slug: `life-${++sequence}-${randomUUID().slice(0, 8)}`, name: `Life ${sequence}`, category: 'GROWTH' as const, tier };
    return ok(await platformAdmin.query(MarketplaceCreateToolDocument, { input })).createMarketplaceTool.marketplaceTool;
  }
  async function createBundle(toolIds: string[]) {
    const input = { slug: `life-b-${++sequence}`, name: `Pack ${sequence}`, type: 'GROWTH_PACK' as const, bundlePrice: '150.00', toolIds };
    return ok(await platformAdmin.query(MarketplaceCreateBundleDocument, { input })).createToolBundle.toolBundle;
  }
  /** Buys tools and bundles for an organization through its ADMIN; returns the checkout. */
  async function buy(actor: Actor, items: { toolId?: string; bundleId?: string }[]) {
    for (const input of items) ok(await actor.query(MarketplaceAddToCartDocument, { input }));
    return ok(await actor.query(MarketplaceCheckoutDocument, { key: randomUUID() })).checkout.checkout;
  }
  const purchaseOf = async (actor: Actor, toolId: string) =>
    ok(await actor.query(LifecycleToolPurchasesDocument, { filter: { toolId: { equals: toolId } } })).toolPurchases.edges[0]!.node;
  const toolAsSeenBy = async (actor: Actor, toolId: string) =>
    ok(await actor.query(LifecycleToolDocument, { filter: { id: { equals: toolId } } })).marketplaceTools.edges[0]!.node;
  const auditOf = async (purchaseId: string) =>
    (
      await app.owner.query(
        `SELECT actor_user_id, changes -> 'status' AS status FROM audit_log
          WHERE record_id = $1 AND action = 'UPDATE' AND changes ? 'status' ORDER BY occurred_at`,
        [uuidOf(purchaseId)],
      )
    ).rows;

  beforeAll(async () => {
    platformAdmin = await app.platformAdmin('lifecycle-curator');
  });

  describe('cancelling', () => {
    it('an ADMIN cancels an ACTIVE tool purchase: access ends at once, the change is audited with who made it', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      const purchase = await purchaseOf(org.viewer, tool.id);
      expect(purchase).toMatchObject({ status: 'ACTIVE', grantsAccess: true, statusChangedAt: null, tool: { purchased: true } });

      const cancelled = ok(await org.admin.query(LifecycleCancelToolPurchaseDocument, { input: { id: purchase.id } })).cancelToolPurchase
        .toolPurchase;
      expect(cancelled).toMatchObject({ id: purchase.id, status: 'CANCELLED', grantsAccess: false, tool: { purchased: false } });
      expect(cancelled.statusChangedAt).not.toBeNull();
      expect((await toolAsSeenBy(org.member, tool.id)).purchased).toBe(false);
      expect(await auditOf(purchase.id)).toEqual([
        { actor_user_id: uuidOf(await userIdOf(org.admin)), status: { old: 'ACTIVE', new: 'CANCELLED' } },
      ]);
      // A cancelled tool is not used any more.
      expect(codes(await org.member.query(LifecycleRecordToolUsageDocument, { input: { toolId: tool.id } }))).toEqual([
        'NO_ACTIVE_PURCHASE',
      ]);
    });

    it('cancelling twice, or a refunded purchase, is INVALID_PURCHASE_TRANSITION naming the status; nothing changes', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      const { id } = await purchaseOf(org.viewer, tool.id);
      ok(await org.owner.query(LifecycleCancelToolPurchaseDocument, { input: { id } }));
      const again = await org.owner.query(LifecycleCancelToolPurchaseDocument, { input: { id } });
      expect(codes(again)).toEqual(['INVALID_PURCHASE_TRANSITION']);
      expect(again.errors![0]!.extensions?.status).toBe('CANCELLED');
      expect(again.data).toBeNull();
      expect(await auditOf(id)).toHaveLength(1);
    });

    it('MEMBER and VIEWER may not cancel (FORBIDDEN), another organization cannot see it (NOT_FOUND), a bad id is BAD_USER_INPUT', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      const { id } = await purchaseOf(org.viewer, tool.id);
      for (const actor of [org.member, org.viewer])
        expect(codes(await actor.query(LifecycleCancelToolPurchaseDocument, { input: { id } }))).toEqual(['FORBIDDEN']);
      expect(codes(await other.owner.query(LifecycleCancelToolPurchaseDocument, { input: { id } }))).toEqual(['NOT_FOUND']);
      const bad = await org.owner.query(LifecycleCancelToolPurchaseDocument, { input: { id: tool.id } });
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors![0]!.extensions?.field).toBe('id');
      expect(codes(await org.owner.query(LifecycleCancelBundlePurchaseDocument, { input: { id } }))).toEqual(['BAD_USER_INPUT']);
      expect((await purchaseOf(org.viewer, tool.id)).status).toBe('ACTIVE');
    });

    it('cancelling a bundle cancels the tools it granted, not a tool bought on its own', async () => {
      const [own, granted1, granted2] = [await createTool(), await createTool(), await createTool('T2')];
      await buy(org.admin, [{ toolId: own.id }]);
      const bundle = await createBundle([own.id, granted1.id, granted2.id]);
      const done = await buy(org.admin, [{ bundleId: bundle.id }]);
      const bundlePurchaseId = done.bundlePurchases[0]!.id;
      const cancelled = ok(await org.admin.query(LifecycleCancelBundlePurchaseDocument, { input: { id: bundlePurchaseId } }))
        .cancelBundlePurchase.bundlePurchase;
      expect(cancelled.status).toBe('CANCELLED');
      expect(cancelled.toolPurchases.map((purchase) => [purchase.tool.id, purchase.status, purchase.grantsAccess]).sort()).toEqual(
        [
          [granted1.id, 'CANCELLED', false],
          [granted2.id, 'CANCELLED', false],
        ].sort(),
      );
      expect(await purchaseOf(org.viewer, own.id)).toMatchObject({ status: 'ACTIVE', grantsAccess: true });
      expect(codes(await org.admin.query(LifecycleCancelBundlePurchaseDocument, { input: { id: bundlePurchaseId } }))).toEqual([
        'INVALID_PURCHASE_TRANSITION',
      ]);
    });
  });

  describe('refunds', () => {
    it('a platform administrator refunds an ACTIVE or a CANCELLED purchase; purchaseCount drops; audited with the administrator', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      await buy(other.owner, [{ toolId: tool.id }]);
      expect((await toolAsSeenBy(org.viewer, tool.id)).purchaseCount).toBe(2);
      const active = await purchaseOf(org.viewer, tool.id);
      const cancelled = await purchaseOf(other.viewer, tool.id);
      ok(await other.owner.query(LifecycleCancelToolPurchaseDocument, { input: { id: cancelled.id } }));

      const refunded = ok(
        await platformAdmin.query(LifecycleRefundToolPurchaseDocument, { input: { organizationId: orgGlobalId(org.id), id: active.id } }),
      ).refundToolPurchase;
      expect(refunded).toMatchObject({
        organizationId: orgGlobalId(org.id),
        purchaseId: active.id,
        status: 'REFUNDED',
        toolPurchasesRefunded: 0,
      });
      ok(
        await platformAdmin.query(LifecycleRefundToolPurchaseDocument, {
          input: { organizationId: orgGlobalId(other.id), id: cancelled.id },
        }),
      );
      expect(await purchaseOf(org.viewer, tool.id)).toMatchObject({ status: 'REFUNDED', grantsAccess: false });
      expect((await purchaseOf(other.viewer, tool.id)).status).toBe('REFUNDED');
      expect((await toolAsSeenBy(org.viewer, tool.id)).purchaseCount).toBe(0);
      const adminId = uuidOf(await userIdOf(platformAdmin));
      expect(await auditOf(active.id)).toEqual([{ actor_user_id: adminId, status: { old: 'ACTIVE', new: 'REFUNDED' } }]);
      // The audit entry is the organization's: its ADMIN reads it.
      expect((await app.owner.query('SELECT org_id FROM audit_log WHERE record_id = $1', [uuidOf(active.id)])).rows).toContainEqual({
        org_id: org.id,
      });

      const twice = await platformAdmin.query(LifecycleRefundToolPurchaseDocument, {
        input: { organizationId: orgGlobalId(org.id), id: active.id },
      });
      expect(codes(twice)).toEqual(['INVALID_PURCHASE_TRANSITION']);
      expect(twice.errors![0]!.extensions?.status).toBe('REFUNDED');
      // Named in the wrong organization: NOT_FOUND, nothing changed there.
      expect(
        codes(
          await platformAdmin.query(LifecycleRefundToolPurchaseDocument, {
            input: { organizationId: orgGlobalId(other.id), id: active.id },
          }),
        ),
      ).toEqual(['NOT_FOUND']);
    });

    it("an organization's OWNER may not refund (FORBIDDEN); bad ids are BAD_USER_INPUT; nothing is written", async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      const { id } = await purchaseOf(org.viewer, tool.id);
      expect(
        codes(await org.owner.query(LifecycleRefundToolPurchaseDocument, { input: { organizationId: orgGlobalId(org.id), id } })),
      ).toEqual(['FORBIDDEN']);
      const badOrg = await platformAdmin.query(LifecycleRefundToolPurchaseDocument, { input: { organizationId: id, id } });
      expect(codes(badOrg)).toEqual(['BAD_USER_INPUT']);
      expect(badOrg.errors![0]!.extensions?.field).toBe('organizationId');
      expect(
        codes(await platformAdmin.query(LifecycleRefundBundlePurchaseDocument, { input: { organizationId: orgGlobalId(org.id), id } })),
      ).toEqual(['BAD_USER_INPUT']);
      expect((await purchaseOf(org.viewer, tool.id)).status).toBe('ACTIVE');
    });

    it('refunding a bundle refunds the tools it granted', async () => {
      const tools = [await createTool(), await createTool()];
      const bundle = await createBundle(tools.map((tool) => tool.id));
      const done = await buy(org.admin, [{ bundleId: bundle.id }]);
      const refunded = ok(
        await platformAdmin.query(LifecycleRefundBundlePurchaseDocument, {
          input: { organizationId: orgGlobalId(org.id), id: done.bundlePurchases[0]!.id },
        }),
      ).refundBundlePurchase;
      expect(refunded).toMatchObject({ status: 'REFUNDED', toolPurchasesRefunded: 2 });
      for (const tool of tools) expect((await purchaseOf(org.viewer, tool.id)).status).toBe('REFUNDED');
    });

    it('the database refuses any other transition, whoever writes', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      const { id } = await purchaseOf(org.viewer, tool.id);
      await app.owner.query("UPDATE tool_purchases SET status = 'EXPIRED' WHERE id = $1", [uuidOf(id)]);
      const back = await app.owner.query("UPDATE tool_purchases SET status = 'ACTIVE' WHERE id = $1", [uuidOf(id)]).then(
        () => 'updated',
        (error: { code?: string; constraint?: string }) => `${error.code} ${error.constraint}`,
      );
      expect(back).toBe('23514 purchase_status_transition');
    });
  });

  describe('recordToolUsage', () => {
    it('counts at most one use a minute; MEMBER and up; VIEWER is FORBIDDEN', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      const first = ok(await org.member.query(LifecycleRecordToolUsageDocument, { input: { toolId: tool.id } })).recordToolUsage;
      expect(first).toMatchObject({ counted: true, toolPurchase: { usageCount: 1 } });
      expect(first.toolPurchase.lastUsedAt).not.toBeNull();
      const soon = ok(await org.admin.query(LifecycleRecordToolUsageDocument, { input: { toolId: tool.id } })).recordToolUsage;
      expect(soon).toMatchObject({ counted: false, toolPurchase: { usageCount: 1, lastUsedAt: first.toolPurchase.lastUsedAt } });
      // A minute later it counts again.
      await app.owner.query("UPDATE tool_purchases SET last_used_at = last_used_at - interval '61 seconds' WHERE id = $1", [
        uuidOf(first.toolPurchase.id),
      ]);
      expect(ok(await org.member.query(LifecycleRecordToolUsageDocument, { input: { toolId: tool.id } })).recordToolUsage).toMatchObject({
        counted: true,
        toolPurchase: { usageCount: 2 },
      });
      expect(codes(await org.viewer.query(LifecycleRecordToolUsageDocument, { input: { toolId: tool.id } }))).toEqual(['FORBIDDEN']);
      // Usage is bookkeeping: no audit entry, updated_at unchanged by it.
      expect(
        (
          await app.owner.query("SELECT count(*)::int AS n FROM audit_log WHERE record_id = $1 AND action = 'UPDATE'", [
            uuidOf(first.toolPurchase.id),
          ])
        ).rows[0].n,
      ).toBe(0);
    });

    it('60 calls within a minute write the purchase row once (its ctid, new with each written row version, moves once)', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      const { id } = await purchaseOf(org.viewer, tool.id);
      const version = async () => (await app.owner.query('SELECT ctid::text FROM tool_purchases WHERE id = $1', [uuidOf(id)])).rows[0].ctid;
      const record = async () =>
        ok(await org.member.query(LifecycleRecordToolUsageDocument, { input: { toolId: tool.id } })).recordToolUsage;
      const bought = await version();
      expect((await record()).counted).toBe(true);
      const written = await version();
      expect(written).not.toBe(bought);
      const counted: boolean[] = [];
      for (let call = 1; call < 60; call++) counted.push((await record()).counted);
      expect(counted.filter(Boolean)).toHaveLength(0);
      expect(await version()).toBe(written);
      expect((await purchaseOf(org.viewer, tool.id)).usageCount).toBe(1);
    });

    it('concurrent calls in the same minute count once', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      const results = await Promise.all(
        [org.member, org.admin, org.owner, org.member].map((actor) =>
          actor.query(LifecycleRecordToolUsageDocument, { input: { toolId: tool.id } }),
        ),
      );
      expect(results.filter((result) => ok(result).recordToolUsage.counted)).toHaveLength(1);
      expect((await purchaseOf(org.viewer, tool.id)).usageCount).toBe(1);
    });

    it('NO_ACTIVE_PURCHASE for a tool never bought or bought by another organization; BAD_USER_INPUT for a bad id', async () => {
      const tool = await createTool();
      await buy(other.owner, [{ toolId: tool.id }]);
      expect(codes(await org.member.query(LifecycleRecordToolUsageDocument, { input: { toolId: tool.id } }))).toEqual([
        'NO_ACTIVE_PURCHASE',
      ]);
      const bad = await org.member.query(LifecycleRecordToolUsageDocument, { input: { toolId: org.id } });
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors![0]!.extensions?.field).toBe('toolId');
      expect((await purchaseOf(other.viewer, tool.id)).usageCount).toBe(0);
    });
  });

  describe('expiry', () => {
    let worker: JobWorker;
    beforeAll(async () => {
      const config = loadConfig({
        NODE_ENV: 'test',
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATABASE_URL: app.databaseUrl,
        WORKER_DATABASE_URL: app.workerUrl,
        WORKER_CONCURRENCY: '1',
      });
      worker = await startJobWorker({ config, appUrl: app.databaseUrl, workerUrl: app.workerUrl, logger: pino({ level: 'silent' }) });
    }, 60_000);
    afterAll(async () => worker?.stop());

    it('access ends at expires_at; the job then marks tool and bundle purchases (and the tools granted) EXPIRED, audited', async () => {
      const [alone, granted, later] = [await createTool(), await createTool(), await createTool()];
      const bundle = await createBundle([granted.id, (await createTool()).id]);
      await buy(org.admin, [{ toolId: alone.id }, { toolId: later.id }]);
      const done = await buy(org.admin, [{ bundleId: bundle.id }]);
      const aloneId = (await purchaseOf(org.viewer, alone.id)).id;
      await app.owner.query("UPDATE tool_purchases SET expires_at = now() - interval '1 minute' WHERE id = $1", [uuidOf(aloneId)]);
      await app.owner.query("UPDATE tool_purchases SET expires_at = now() + interval '1 day' WHERE org_id = $1 AND tool_id = $2", [
        org.id,
        uuidOf(later.id),
      ]);
      await app.owner.query("UPDATE bundle_purchases SET expires_at = now() - interval '1 minute' WHERE id = $1", [
        uuidOf(done.bundlePurchases[0]!.id),
      ]);

      // Before the job: still ACTIVE, but no access.
      for (const toolId of [alone.id, granted.id]) {
        expect(await purchaseOf(org.viewer, toolId)).toMatchObject({ status: 'ACTIVE', grantsAccess: false, tool: { purchased: false } });
        expect(codes(await org.member.query(LifecycleRecordToolUsageDocument, { input: { toolId } }))).toEqual(['NO_ACTIVE_PURCHASE']);
      }
      expect(await purchaseOf(org.viewer, later.id)).toMatchObject({ status: 'ACTIVE', grantsAccess: true });

      // The cron task, queued now (its slot is :07 every hour).
      await app.owner.query(`SELECT graphile_worker.add_job('expire_purchases', '{}'::json)`);
      await eventually(async () => (await purchaseOf(org.viewer, alone.id)).status === 'EXPIRED', 15_000);
      expect((await purchaseOf(org.viewer, granted.id)).status).toBe('EXPIRED');
      expect(
        (await app.owner.query('SELECT status::text FROM bundle_purchases WHERE id = $1', [uuidOf(done.bundlePurchases[0]!.id)])).rows[0]
          .status,
      ).toBe('EXPIRED');
      expect(await purchaseOf(org.viewer, later.id)).toMatchObject({ status: 'ACTIVE', grantsAccess: true });
      // Audited as a change with no user (the job), in the organization.
      expect(await auditOf(aloneId)).toEqual([{ actor_user_id: null, status: { old: 'ACTIVE', new: 'EXPIRED' } }]);
      // An expired purchase can be neither cancelled nor refunded.
      expect(codes(await org.admin.query(LifecycleCancelToolPurchaseDocument, { input: { id: aloneId } }))).toEqual([
        'INVALID_PURCHASE_TRANSITION',
      ]);
      expect(
        codes(
          await platformAdmin.query(LifecycleRefundToolPurchaseDocument, { input: { organizationId: orgGlobalId(org.id), id: aloneId } }),
        ),
      ).toEqual(['INVALID_PURCHASE_TRANSITION']);
    }, 30_000);
  });

  describe('catalog counters under concurrent transactions', () => {
    let first: pg.Client;
    let second: pg.Client;
    beforeAll(async () => {
      const { host, port, database } = app.owner;
      first = new pg.Client({ host, port, database, user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD });
      second = new pg.Client({ host, port, database, user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD });
      await Promise.all([first.connect(), second.connect()]);
    });
    afterAll(async () => Promise.all([first?.end(), second?.end()]));

    /** Opens a transaction on `client` as the organization's owner (the API's role, under RLS). */
    async function begin(client: pg.Client, orgId: string, userId: string) {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.current_org_id', $1, true), set_config('app.current_user_id', $2, true)", [orgId, userId]);
    }
    /** Runs `statement` on the second connection while the first holds its transaction open; it must wait for the lock. */
    async function overlapping(statement: (client: pg.Client) => Promise<unknown>) {
      const pid = (await second.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      const waiting = statement(second);
      await eventually(
        async () =>
          (await app.owner.query('SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1', [pid])).rows[0]?.wait_event_type === 'Lock',
      );
      await first.query('COMMIT');
      await waiting;
      await second.query('COMMIT');
    }

    it('two organizations buying one tool at once: purchaseCount counts both', async () => {
      const tool = await createTool();
      const [orgOwner, otherOwner] = [uuidOf(await userIdOf(org.owner)), uuidOf(await userIdOf(other.owner))];
      const insert = (client: pg.Client, orgId: string) =>
        client.query("INSERT INTO tool_purchases (org_id, tool_id, price, currency) VALUES ($1, $2, 100, 'USD')", [orgId, uuidOf(tool.id)]);
      await begin(first, org.id, orgOwner);
      await begin(second, other.id, otherOwner);
      await insert(first, org.id);
      await overlapping((client) => insert(client, other.id));
      expect((await toolAsSeenBy(org.viewer, tool.id)).purchaseCount).toBe(2);
    });

    it('two reviews written at once: rating and ratingCount include both; deleting one takes it out', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      await buy(other.owner, [{ toolId: tool.id }]);
      const [orgOwner, otherOwner] = [uuidOf(await userIdOf(org.owner)), uuidOf(await userIdOf(other.owner))];
      const review = (client: pg.Client, orgId: string, userId: string, rating: number) =>
        client.query('INSERT INTO tool_reviews (org_id, tool_id, reviewer_id, rating) VALUES ($1, $2, $3, $4)', [
          orgId,
          uuidOf(tool.id),
          userId,
          rating,
        ]);
      await begin(first, org.id, orgOwner);
      await begin(second, other.id, otherOwner);
      await review(first, org.id, orgOwner, 5);
      await overlapping((client) => review(client, other.id, otherOwner, 2));
      expect(await toolAsSeenBy(org.viewer, tool.id)).toMatchObject({ rating: '3.50', ratingCount: 2 });

      // A review changed and one deleted, again at once.
      await begin(first, org.id, orgOwner);
      await begin(second, other.id, otherOwner);
      await first.query('UPDATE tool_reviews SET rating = 4 WHERE tool_id = $1', [uuidOf(tool.id)]);
      await overlapping((client) => client.query('UPDATE tool_reviews SET deleted_at = now() WHERE tool_id = $1', [uuidOf(tool.id)]));
      expect(await toolAsSeenBy(org.viewer, tool.id)).toMatchObject({ rating: '4.00', ratingCount: 1 });
      expect((await app.owner.query('SELECT rating_sum FROM marketplace_tools WHERE id = $1', [uuidOf(tool.id)])).rows[0].rating_sum).toBe(
        4,
      );
    });
  });
});
