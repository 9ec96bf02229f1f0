/**
 * Buying a tool or bundle again after its purchase was CANCELLED, REFUNDED or EXPIRED (README
 * "Marketplace lifecycle"): a new purchase row, the earlier ones kept; at most one ACTIVE purchase
 * per tool (or bundle) and organization, also under concurrent transactions; purchaseCount counts
 * every purchase not refunded. Reviews need a purchase that gave access (ACTIVE or EXPIRED).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { LOCAL_APP_PASSWORD, LOCAL_APP_ROLE } from '../../../src/db/local-database.js';
import type { Actor, GraphQLResponse } from '../../helpers/app.js';
import { useTenants } from '../../helpers/actors.js';
import { userIdOf } from '../../helpers/builders.js';
import { eventually } from '../../helpers/eventually.js';
import { codes, uuidOf } from '../../helpers/responses.js';
import {
  LifecycleCancelBundlePurchaseDocument,
  LifecycleCancelToolPurchaseDocument,
  LifecycleRefundToolPurchaseDocument,
  MarketplaceAddToCartDocument,
  MarketplaceCheckoutDocument,
  MarketplaceCreateBundleDocument,
  MarketplaceCreateToolDocument,
  MarketplaceDeleteReviewDocument,
  RebuyBundlePurchasesDocument,
  RebuyCreateReviewDocument,
  RebuyPurchaseReviewsDocument,
  RebuyToolPurchasesDocument,
  type CartItemInput,
} from '../../generated/operations/graphql.js';

const orgGlobalId = (uuid: string) => Buffer.from(`Organization:${uuid}`).toString('base64');

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

function expectError(response: GraphQLResponse, code: string, field?: string) {
  expect(codes(response)).toEqual([code]);
  if (field) expect(response.errors![0]!.extensions?.field).toBe(field);
  expect(response.data).toBeNull();
  return response.errors![0]!;
}

describe('buying a tool or bundle again', () => {
  const { app, org, other } = useTenants('Rebuy', { otherTenant: true });
  let platformAdmin: Actor;
  let sequence = 0;

  async function createTool() {
    const input = {
      slug: `rebuy-${++sequence}-${randomUUID().slice(0, 8)}`,
      name: `Rebuy ${sequence}`,
      category: 'GROWTH' as const,
      tier: 'T1' as const,
    };
    return ok(await platformAdmin.query(MarketplaceCreateToolDocument, { input })).createMarketplaceTool.marketplaceTool;
  }
  async function createBundle(toolIds: string[]) {
    const input = {
      slug: `rebuy-b-${++sequence}`,
      name: `Again ${sequence}`,
      type: 'GROWTH_PACK' as const,
      bundlePrice: '150.00',
      toolIds,
    };
    return ok(await platformAdmin.query(MarketplaceCreateBundleDocument, { input })).createToolBundle.toolBundle;
  }
  const addToCart = (actor: Actor, input: CartItemInput) => actor.query(MarketplaceAddToCartDocument, { input });
  /** Buys through `actor` (an ADMIN or OWNER); returns the checkout. */
  async function buy(actor: Actor, items: CartItemInput[]) {
    for (const input of items) ok(await addToCart(actor, input));
    return ok(await actor.query(MarketplaceCheckoutDocument, { key: randomUUID() })).checkout.checkout;
  }
  /** The organization's purchases of a tool, newest first. */
  const purchasesOf = async (actor: Actor, toolId: string) =>
    ok(await actor.query(RebuyToolPurchasesDocument, { filter: { toolId: { equals: toolId } } })).toolPurchases.edges.map(
      (edge) => edge.node,
    );
  const cancel = async (id: string) => ok(await org.admin.query(LifecycleCancelToolPurchaseDocument, { input: { id } }));
  const count = async (sql: string, params: unknown[] = []) => (await app.owner.query(sql, params)).rows[0].n as number;
  const activeCount = (orgId: string, toolId: string) =>
    count("SELECT count(*)::int AS n FROM tool_purchases WHERE org_id = $1 AND tool_id = $2 AND status = 'ACTIVE'", [
      orgId,
      uuidOf(toolId),
    ]);

  beforeAll(async () => {
    platformAdmin = await app.platformAdmin('rebuy-curator');
  });

  describe('through addToCart and checkout', () => {
    it('a CANCELLED tool is bought again: a new ACTIVE purchase, the cancelled one kept with its checkout; purchaseCount counts both', async () => {
      const tool = await createTool();
      const first = await buy(org.admin, [{ toolId: tool.id }]);
      const [original] = await purchasesOf(org.viewer, tool.id);
      await cancel(original!.id);

      const again = await buy(org.owner, [{ toolId: tool.id }]);
      expect(again.total).toBe('100.00');
      const [latest, earlier, ...none] = await purchasesOf(org.viewer, tool.id);
      expect(none).toEqual([]);
      expect(latest).toMatchObject({ status: 'ACTIVE', price: '100.00', grantsAccess: true, checkout: { id: again.id } });
      expect(latest!.tool).toMatchObject({ purchased: true, purchaseCount: 2 });
      expect(earlier).toMatchObject({ id: original!.id, status: 'CANCELLED', checkout: { id: first.id }, grantsAccess: false });
      expect(latest!.id).not.toBe(original!.id);
    });

    it('an ACTIVE purchase still refuses: addToCart is BAD_USER_INPUT on toolId, before and after buying again; no cart item written', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      const items = () => count('SELECT count(*)::int AS n FROM shopping_cart_items WHERE tool_id = $1', [uuidOf(tool.id)]);
      expect(expectError(await addToCart(org.admin, { toolId: tool.id }), 'BAD_USER_INPUT', 'toolId').message).toMatch(/already owns/);
      await cancel((await purchasesOf(org.viewer, tool.id))[0]!.id);
      await buy(org.admin, [{ toolId: tool.id }]);
      expectError(await addToCart(org.owner, { toolId: tool.id }), 'BAD_USER_INPUT', 'toolId');
      expect(await items()).toBe(0);
      expect(await activeCount(org.id, tool.id)).toBe(1);
    });

    it('a REFUNDED tool is bought again; purchaseCount leaves the refunded purchase out and counts the new one', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      const [bought] = await purchasesOf(org.viewer, tool.id);
      ok(
        await platformAdmin.query(LifecycleRefundToolPurchaseDocument, { input: { organizationId: orgGlobalId(org.id), id: bought!.id } }),
      );
      expect((await purchasesOf(org.viewer, tool.id))[0]!.tool.purchaseCount).toBe(0);
      await buy(org.admin, [{ toolId: tool.id }]);
      const [latest, refunded] = await purchasesOf(org.viewer, tool.id);
      expect(latest).toMatchObject({ status: 'ACTIVE', tool: { purchased: true, purchaseCount: 1 } });
      expect(refunded).toMatchObject({ id: bought!.id, status: 'REFUNDED' });
    });

    it('an EXPIRED purchase, or one past expiresAt the job has not marked yet, is bought again; checkout marks the due one EXPIRED, audited', async () => {
      const marked = await createTool();
      const due = await createTool();
      await buy(org.admin, [{ toolId: marked.id }, { toolId: due.id }]);
      const [markedPurchase] = await purchasesOf(org.viewer, marked.id);
      const [duePurchase] = await purchasesOf(org.viewer, due.id);
      await app.owner.query("UPDATE tool_purchases SET expires_at = now() - interval '1 minute', status = 'EXPIRED' WHERE id = $1", [
        uuidOf(markedPurchase!.id),
      ]);
      await app.owner.query("UPDATE tool_purchases SET expires_at = now() - interval '1 minute' WHERE id = $1", [uuidOf(duePurchase!.id)]);
      expect((await purchasesOf(org.viewer, due.id))[0]).toMatchObject({ status: 'ACTIVE', grantsAccess: false });

      const again = await buy(org.admin, [{ toolId: marked.id }, { toolId: due.id }]);
      expect(again.total).toBe('200.00');
      for (const [tool, previous] of [
        [marked, markedPurchase!],
        [due, duePurchase!],
      ] as const) {
        const [latest, earlier] = await purchasesOf(org.viewer, tool.id);
        expect(latest).toMatchObject({ status: 'ACTIVE', grantsAccess: true, checkout: { id: again.id } });
        expect(earlier).toMatchObject({ id: previous.id, status: 'EXPIRED' });
      }
      const audit = await app.owner.query(
        "SELECT actor_user_id, changes -> 'status' AS status FROM audit_log WHERE record_id = $1 AND action = 'UPDATE' AND changes ? 'status'",
        [uuidOf(duePurchase!.id)],
      );
      // Marked by the checkout, in its transaction: the buyer is the actor.
      expect(audit.rows).toEqual([{ actor_user_id: uuidOf(await userIdOf(org.admin)), status: { old: 'ACTIVE', new: 'EXPIRED' } }]);
    });

    it('a CANCELLED bundle is bought again: a new bundle purchase granting its tools again; the cancelled ones kept', async () => {
      const tools = [await createTool(), await createTool()];
      const bundle = await createBundle(tools.map((tool) => tool.id));
      const first = await buy(org.admin, [{ bundleId: bundle.id }]);
      const firstBundlePurchase = first.bundlePurchases[0]!.id;
      expectError(await addToCart(org.admin, { bundleId: bundle.id }), 'BAD_USER_INPUT', 'bundleId');
      ok(await org.admin.query(LifecycleCancelBundlePurchaseDocument, { input: { id: firstBundlePurchase } }));

      const again = await buy(org.admin, [{ bundleId: bundle.id }]);
      expect(again.total).toBe('150.00');
      const purchases = ok(
        await org.viewer.query(RebuyBundlePurchasesDocument, { filter: { bundleId: { equals: bundle.id } } }),
      ).bundlePurchases.edges.map((edge) => edge.node);
      expect(purchases.map((purchase) => purchase.status)).toEqual(['ACTIVE', 'CANCELLED']);
      expect(purchases[1]!.id).toBe(firstBundlePurchase);
      for (const purchase of purchases) {
        expect(purchase.toolPurchases.map((toolPurchase) => toolPurchase.tool.id).sort()).toEqual(tools.map((tool) => tool.id).sort());
        expect(new Set(purchase.toolPurchases.map((toolPurchase) => toolPurchase.status))).toEqual(new Set([purchase.status]));
      }
      for (const tool of tools) expect(await activeCount(org.id, tool.id)).toBe(1);
    });

    it('MEMBER and VIEWER may not buy again (FORBIDDEN); another organization does not see the purchases; nothing written', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      await cancel((await purchasesOf(org.viewer, tool.id))[0]!.id);
      for (const actor of [org.member, org.viewer]) {
        expectError(await addToCart(actor, { toolId: tool.id }), 'FORBIDDEN');
        expectError(await actor.query(MarketplaceCheckoutDocument, { key: randomUUID() }), 'FORBIDDEN');
      }
      expect(await purchasesOf(other.owner, tool.id)).toEqual([]);
      expect(
        await count('SELECT count(*)::int AS n FROM tool_purchases WHERE org_id = $1 AND tool_id = $2', [org.id, uuidOf(tool.id)]),
      ).toBe(1);
    });

    it('bad input stays BAD_USER_INPUT naming the field: an id of another type, an empty cart; nothing written', async () => {
      const before = await count('SELECT count(*)::int AS n FROM tool_purchases');
      expectError(await addToCart(org.admin, { toolId: orgGlobalId(org.id) }), 'BAD_USER_INPUT', 'toolId');
      expectError(await addToCart(org.admin, { toolId: 'not-an-id' }), 'BAD_USER_INPUT', 'toolId');
      expectError(await org.admin.query(MarketplaceCheckoutDocument, { key: randomUUID() }), 'BAD_USER_INPUT');
      expect(await count('SELECT count(*)::int AS n FROM tool_purchases')).toBe(before);
    });
  });

  describe('concurrent re-purchases', () => {
    let first: pg.Client;
    let second: pg.Client;
    beforeAll(async () => {
      const { host, port, database } = app.owner;
      first = new pg.Client({ host, port, database, user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD });
      second = new pg.Client({ host, port, database, user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD });
      await Promise.all([first.connect(), second.connect()]);
    });
    afterAll(async () => Promise.all([first?.end(), second?.end()]));

    it('two members checking out a cancelled tool at once: one new ACTIVE purchase, the later checkout charges nothing for it', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      await cancel((await purchasesOf(org.viewer, tool.id))[0]!.id);
      ok(await addToCart(org.owner, { toolId: tool.id }));
      ok(await addToCart(org.admin, { toolId: tool.id }));
      const responses = await Promise.all([
        org.owner.query(MarketplaceCheckoutDocument, { key: randomUUID() }),
        org.admin.query(MarketplaceCheckoutDocument, { key: randomUUID() }),
      ]);
      const succeeded = responses.filter((response) => !response.errors);
      expect(succeeded).toHaveLength(1);
      expect(succeeded[0]!.data!.checkout.checkout.total).toBe('100.00');
      const refused = responses.find((response) => response.errors)!;
      expect(expectError(refused, 'BAD_USER_INPUT').message).toMatch(/already owns everything/);
      expect(await activeCount(org.id, tool.id)).toBe(1);
      expect((await purchasesOf(org.viewer, tool.id))[0]!.tool.purchaseCount).toBe(2);
    });

    it('two transactions inserting an ACTIVE purchase of one tool: the second waits, then the one-ACTIVE unique index refuses it', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      await cancel((await purchasesOf(org.viewer, tool.id))[0]!.id);
      const owner = uuidOf(await userIdOf(org.owner));
      const insert = (client: pg.Client) =>
        client.query("INSERT INTO tool_purchases (org_id, tool_id, price, currency) VALUES ($1, $2, 100, 'USD')", [
          org.id,
          uuidOf(tool.id),
        ]);
      for (const client of [first, second]) {
        await client.query('BEGIN');
        await client.query("SELECT set_config('app.current_org_id', $1, true), set_config('app.current_user_id', $2, true)", [
          org.id,
          owner,
        ]);
      }
      await insert(first);
      const pid = (await second.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      const waiting = insert(second).then(
        () => null,
        (error: { code?: string; constraint?: string }) => error,
      );
      await eventually(
        async () =>
          (await app.owner.query('SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1', [pid])).rows[0]?.wait_event_type === 'Lock',
      );
      await first.query('COMMIT');
      expect(await waiting).toMatchObject({ code: '23505', constraint: 'tool_purchases_one_active_per_tool' });
      await second.query('ROLLBACK');
      expect(await activeCount(org.id, tool.id)).toBe(1);
      expect((await purchasesOf(org.viewer, tool.id))[0]!.tool.purchaseCount).toBe(2);
    });
  });

  describe('reviews need a purchase that gave access (ACTIVE or EXPIRED)', () => {
    const review = (actor: Actor, toolId: string, rating = 4) => actor.query(RebuyCreateReviewDocument, { input: { toolId, rating } });
    const reviewCount = () => count('SELECT count(*)::int AS n FROM tool_reviews');

    it('only CANCELLED or REFUNDED purchases: REVIEW_NEEDS_PURCHASE naming the statuses, nothing written', async () => {
      const cancelled = await createTool();
      const refunded = await createTool();
      await buy(org.admin, [{ toolId: cancelled.id }, { toolId: refunded.id }]);
      await cancel((await purchasesOf(org.viewer, cancelled.id))[0]!.id);
      const refundedId = (await purchasesOf(org.viewer, refunded.id))[0]!.id;
      await cancel(refundedId);
      ok(
        await platformAdmin.query(LifecycleRefundToolPurchaseDocument, { input: { organizationId: orgGlobalId(org.id), id: refundedId } }),
      );
      const before = await reviewCount();

      const error = expectError(await review(org.member, cancelled.id), 'REVIEW_NEEDS_PURCHASE', 'toolId');
      expect(error.extensions?.statuses).toEqual(['CANCELLED']);
      expect(error.message).toMatch(/ACTIVE or EXPIRED/);
      expect(expectError(await review(org.member, refunded.id), 'REVIEW_NEEDS_PURCHASE', 'toolId').extensions?.statuses).toEqual([
        'REFUNDED',
      ]);
      expect(await reviewCount()).toBe(before);
    });

    it('an EXPIRED purchase may review', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      await app.owner.query("UPDATE tool_purchases SET status = 'EXPIRED' WHERE org_id = $1 AND tool_id = $2", [org.id, uuidOf(tool.id)]);
      const written = ok(await review(org.member, tool.id, 5)).createToolReview.toolReview;
      expect(written).toMatchObject({ rating: 5, tool: { id: tool.id }, purchase: { status: 'EXPIRED' } });
    });

    it('after buying again: the review shows the latest purchase, and every purchase of the tool lists its reviews', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      const [original] = await purchasesOf(org.viewer, tool.id);
      const before = ok(await review(org.member, tool.id, 2)).createToolReview.toolReview;
      expect(before.purchase.id).toBe(original!.id);
      await cancel(original!.id);
      await buy(org.admin, [{ toolId: tool.id }]);
      const [latest] = await purchasesOf(org.viewer, tool.id);
      const after = ok(await review(org.admin, tool.id, 4)).createToolReview.toolReview;
      expect(after.purchase).toEqual({ id: latest!.id, status: 'ACTIVE' });

      const listed = ok(await org.viewer.query(RebuyPurchaseReviewsDocument, { filter: { toolId: { equals: tool.id } } })).toolPurchases
        .edges;
      expect(listed).toHaveLength(2);
      for (const { node } of listed) {
        expect(node.reviews.totalCount).toBe(2);
        expect(node.reviews.edges.map((edge) => edge.node.id)).toEqual([after.id, before.id]);
      }
    });

    it('writing a deleted review again also needs a purchase that gave access', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      const written = ok(await review(org.member, tool.id)).createToolReview.toolReview;
      ok(await org.member.query(MarketplaceDeleteReviewDocument, { input: { id: written.id } }));
      await cancel((await purchasesOf(org.viewer, tool.id))[0]!.id);
      expectError(await review(org.member, tool.id), 'REVIEW_NEEDS_PURCHASE', 'toolId');
      const row = await app.owner.query('SELECT deleted_at FROM tool_reviews WHERE id = $1', [uuidOf(written.id)]);
      expect(row.rows[0].deleted_at).not.toBeNull();
    });

    it('VIEWER may not review even with a purchase that qualifies (FORBIDDEN); a bad rating is BAD_USER_INPUT; nothing written', async () => {
      const tool = await createTool();
      await buy(org.admin, [{ toolId: tool.id }]);
      const before = await reviewCount();
      expectError(await review(org.viewer, tool.id), 'FORBIDDEN');
      expectError(await review(org.member, tool.id, 0), 'BAD_USER_INPUT', 'rating');
      expectError(await review(other.owner, tool.id), 'REVIEW_NEEDS_PURCHASE', 'toolId');
      expect(await reviewCount()).toBe(before);
    });
  });
});
