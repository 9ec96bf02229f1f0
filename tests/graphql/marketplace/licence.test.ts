/**
 * Licence lengths (README "Marketplace lifecycle", "Licence lengths"): platform administrators
 * give catalog tools and bundles licenceDays (null = perpetual, 1 to 3650); checkout sets each new
 * purchase's expiresAt = purchase time + licenceDays (a tool granted by a bundle follows the
 * bundle); the hourly expire_purchases task then expires it and access stops; buying again gets a
 * fresh expiresAt. Changing licenceDays later leaves purchases already made as they were.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { loadConfig } from '../../../src/config.js';
import { startJobWorker, type JobWorker } from '../../../src/jobs/worker.js';
import { TEST_JWT_SECRET, type Actor, type GraphQLResponse } from '../../helpers/app.js';
import { useTenants } from '../../helpers/actors.js';
import { eventually } from '../../helpers/eventually.js';
import { codes, uuidOf } from '../../helpers/responses.js';
import {
  LicenceCatalogDocument,
  LicenceCheckoutDocument,
  LicenceCreateBundleDocument,
  LicenceCreateToolDocument,
  LicenceToolPurchasesDocument,
  LicenceUpdateBundleDocument,
  LicenceUpdateToolDocument,
  LifecycleCancelBundlePurchaseDocument,
  LifecycleCancelToolPurchaseDocument,
  LifecycleRecordToolUsageDocument,
  MarketplaceAddToCartDocument,
  type CartItemInput,
} from '../../generated/operations/graphql.js';

const DAY_MS = 86_400_000;

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

function expectError(response: GraphQLResponse, code: string, field?: string) {
  expect(codes(response)).toEqual([code]);
  if (field) expect(response.errors![0]!.extensions?.field).toBe(field);
  expect(response.data).toBeNull();
}

/** Milliseconds from `from` to `to` (ISO strings). */
const span = (from: string, to: string) => Date.parse(to) - Date.parse(from);

describe('marketplace licence lengths', () => {
  const { app, org } = useTenants('Licence');
  let platformAdmin: Actor;
  let sequence = 0;

  async function createTool(licenceDays?: number | null) {
    const input = {
      slug: `licence-${++sequence}-${randomUUID().slice(0, 8)}`,
      name: `Licence ${sequence}`,
      category: 'GROWTH' as const,
      tier: 'T1' as const,
      ...(licenceDays === undefined ? {} : { licenceDays }),
    };
    return ok(await platformAdmin.query(LicenceCreateToolDocument, { input })).createMarketplaceTool.marketplaceTool;
  }
  async function createBundle(toolIds: string[], licenceDays?: number | null) {
    const input = {
      slug: `licence-b-${++sequence}-${randomUUID().slice(0, 8)}`,
      name: `Term ${sequence}`,
      type: 'GROWTH_PACK' as const,
      bundlePrice: '90.00',
      toolIds,
      ...(licenceDays === undefined ? {} : { licenceDays }),
    };
    return ok(await platformAdmin.query(LicenceCreateBundleDocument, { input })).createToolBundle.toolBundle;
  }
  /** Buys through the organization's ADMIN; returns the checkout with its purchases. */
  async function buy(items: CartItemInput[]) {
    for (const input of items) ok(await org.admin.query(MarketplaceAddToCartDocument, { input }));
    return ok(await org.admin.query(LicenceCheckoutDocument, { key: randomUUID() })).checkout.checkout;
  }
  /** The organization's purchases of a tool, newest first. */
  const purchasesOf = async (toolId: string) =>
    ok(await org.viewer.query(LicenceToolPurchasesDocument, { filter: { toolId: { equals: toolId } } })).toolPurchases.edges.map(
      (edge) => edge.node,
    );
  const count = async (sql: string) => (await app.owner.query(sql)).rows[0].n as number;

  beforeAll(async () => {
    platformAdmin = await app.platformAdmin('licence-curator');
  });

  describe('checkout', () => {
    it('a 30-day tool: the purchase expires 30 days after it was made, within the time the request took', async () => {
      const tool = await createTool(30);
      expect(tool.licenceDays).toBe(30);
      const before = Date.now();
      const checkout = await buy([{ toolId: tool.id }]);
      const after = Date.now();
      const [purchase] = checkout.toolPurchases;
      expect(span(purchase!.createdAt, purchase!.expiresAt!)).toBe(30 * DAY_MS);
      const expiresAt = Date.parse(purchase!.expiresAt!);
      expect(expiresAt).toBeGreaterThanOrEqual(before + 30 * DAY_MS - 1000);
      expect(expiresAt).toBeLessThanOrEqual(after + 30 * DAY_MS + 1000);
      expect((await purchasesOf(tool.id))[0]).toMatchObject({ status: 'ACTIVE', grantsAccess: true, expiresAt: purchase!.expiresAt });
    });

    it('a perpetual tool (licenceDays omitted or null) keeps expiresAt null', async () => {
      const [omitted, nulled] = [await createTool(), await createTool(null)];
      expect([omitted.licenceDays, nulled.licenceDays]).toEqual([null, null]);
      const checkout = await buy([{ toolId: omitted.id }, { toolId: nulled.id }]);
      expect(checkout.toolPurchases.map((purchase) => purchase.expiresAt)).toEqual([null, null]);
    });

    it("a bundle's licence: the bundle purchase and the tools it grants expire together, whatever the tools' own lengths", async () => {
      const [monthly, perpetual, alone] = [await createTool(30), await createTool(), await createTool(7)];
      const bundle = await createBundle([monthly.id, perpetual.id], 90);
      expect(bundle).toMatchObject({ licenceDays: 90, tools: [{ licenceDays: 30 }, { licenceDays: null }] });
      // The monthly tool is also in the cart on its own: the bundle grants it (not charged twice), so the bundle's licence holds.
      const checkout = await buy([{ bundleId: bundle.id }, { toolId: monthly.id }, { toolId: alone.id }]);
      const [bundlePurchase] = checkout.bundlePurchases;
      expect(span(bundlePurchase!.createdAt, bundlePurchase!.expiresAt!)).toBe(90 * DAY_MS);
      const byTool = new Map(checkout.toolPurchases.map((purchase) => [purchase.tool.id, purchase]));
      for (const granted of [monthly, perpetual]) {
        expect(byTool.get(granted.id)).toMatchObject({ bundlePurchase: { id: bundlePurchase!.id }, expiresAt: bundlePurchase!.expiresAt });
      }
      expect(span(byTool.get(alone.id)!.createdAt, byTool.get(alone.id)!.expiresAt!)).toBe(7 * DAY_MS);

      const perpetualBundle = await createBundle([(await createTool(30)).id]);
      const second = await buy([{ bundleId: perpetualBundle.id }]);
      expect(second.bundlePurchases[0]!.expiresAt).toBeNull();
      expect(second.toolPurchases[0]!.expiresAt).toBeNull();
    });

    it('changing licenceDays later changes no purchase already made; purchases made afterwards follow the new length', async () => {
      const tool = await createTool(30);
      const bundle = await createBundle([(await createTool()).id], 365);
      const first = await buy([{ toolId: tool.id }, { bundleId: bundle.id }]);
      const changed = ok(await platformAdmin.query(LicenceUpdateToolDocument, { input: { id: tool.id, licenceDays: 60 } }));
      expect(changed.updateMarketplaceTool.marketplaceTool.licenceDays).toBe(60);
      ok(await platformAdmin.query(LicenceUpdateBundleDocument, { input: { id: bundle.id, licenceDays: null } }));
      // Another field alone leaves the length as it is.
      const renamed = ok(await platformAdmin.query(LicenceUpdateToolDocument, { input: { id: tool.id, name: 'Renamed licence' } }));
      expect(renamed.updateMarketplaceTool.marketplaceTool.licenceDays).toBe(60);

      const toolPurchase = first.toolPurchases.find((purchase) => purchase.tool.id === tool.id)!;
      expect((await purchasesOf(tool.id))[0]).toMatchObject({ id: toolPurchase.id, expiresAt: toolPurchase.expiresAt });
      expect(span(toolPurchase.createdAt, toolPurchase.expiresAt!)).toBe(30 * DAY_MS);
      const { rows } = await app.owner.query('SELECT expires_at FROM bundle_purchases WHERE id = $1', [
        uuidOf(first.bundlePurchases[0]!.id),
      ]);
      expect((rows[0].expires_at as Date).toISOString()).toBe(first.bundlePurchases[0]!.expiresAt);
      expect(ok(await org.viewer.query(LicenceCatalogDocument, { toolId: tool.id, bundleId: bundle.id }))).toMatchObject({
        tool: { licenceDays: 60 },
        bundle: { licenceDays: null },
      });

      // Bought again (after cancelling): the new purchases follow the lengths as they are now.
      ok(await org.admin.query(LifecycleCancelToolPurchaseDocument, { input: { id: toolPurchase.id } }));
      ok(await org.admin.query(LifecycleCancelBundlePurchaseDocument, { input: { id: first.bundlePurchases[0]!.id } }));
      const second = await buy([{ toolId: tool.id }, { bundleId: bundle.id }]);
      const again = second.toolPurchases.find((purchase) => purchase.tool.id === tool.id)!;
      expect(span(again.createdAt, again.expiresAt!)).toBe(60 * DAY_MS);
      expect(second.bundlePurchases[0]!.expiresAt).toBeNull();
    });
  });

  describe('expiry and buying again', () => {
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

    it('once expiresAt has passed the expire_purchases task marks it EXPIRED and access stops; buying again gets a fresh expiresAt', async () => {
      const tool = await createTool(30);
      const first = (await buy([{ toolId: tool.id }])).toolPurchases[0]!;
      ok(await org.member.query(LifecycleRecordToolUsageDocument, { input: { toolId: tool.id } }));
      // As the lifecycle tests do: move the licence's end into the past.
      await app.owner.query("UPDATE tool_purchases SET expires_at = now() - interval '1 minute' WHERE id = $1", [uuidOf(first.id)]);

      await app.owner.query(`SELECT graphile_worker.add_job('expire_purchases', '{}'::json)`);
      await eventually(async () => (await purchasesOf(tool.id))[0]!.status === 'EXPIRED', 15_000);
      expect((await purchasesOf(tool.id))[0]).toMatchObject({ id: first.id, grantsAccess: false, tool: { purchased: false } });
      expect(codes(await org.member.query(LifecycleRecordToolUsageDocument, { input: { toolId: tool.id } }))).toEqual([
        'NO_ACTIVE_PURCHASE',
      ]);

      const before = Date.now();
      const again = (await buy([{ toolId: tool.id }])).toolPurchases[0]!;
      expect(again.id).not.toBe(first.id);
      expect(span(again.createdAt, again.expiresAt!)).toBe(30 * DAY_MS);
      expect(Date.parse(again.expiresAt!)).toBeGreaterThanOrEqual(before + 30 * DAY_MS - 1000);
      const [latest, earlier] = await purchasesOf(tool.id);
      expect(latest).toMatchObject({ id: again.id, status: 'ACTIVE', grantsAccess: true, tool: { purchased: true } });
      expect(earlier).toMatchObject({ id: first.id, status: 'EXPIRED' });
      ok(await org.member.query(LifecycleRecordToolUsageDocument, { input: { toolId: tool.id } }));
    }, 30_000);
  });

  describe('bad input and roles', () => {
    it('0, negative or over 3650: BAD_USER_INPUT naming licenceDays; nothing written', async () => {
      const tool = await createTool(30);
      const bundle = await createBundle([tool.id], 365);
      const tools = await count('SELECT count(*)::int AS n FROM marketplace_tools');
      const bundles = await count('SELECT count(*)::int AS n FROM tool_bundles');
      for (const licenceDays of [0, -1, -365, 3651, 100_000]) {
        expectError(
          await platformAdmin.query(LicenceCreateToolDocument, {
            input: { slug: `licence-bad-${++sequence}`, name: 'Bad', category: 'CUSTOM', tier: 'T1', licenceDays },
          }),
          'BAD_USER_INPUT',
          'licenceDays',
        );
        expectError(
          await platformAdmin.query(LicenceCreateBundleDocument, {
            input: {
              slug: `licence-bad-b-${++sequence}`,
              name: 'Bad',
              type: 'CUSTOM_PACK',
              bundlePrice: '1.00',
              toolIds: [tool.id],
              licenceDays,
            },
          }),
          'BAD_USER_INPUT',
          'licenceDays',
        );
        expectError(
          await platformAdmin.query(LicenceUpdateToolDocument, { input: { id: tool.id, name: 'Changed', licenceDays } }),
          'BAD_USER_INPUT',
          'licenceDays',
        );
        expectError(
          await platformAdmin.query(LicenceUpdateBundleDocument, { input: { id: bundle.id, name: 'Changed', licenceDays } }),
          'BAD_USER_INPUT',
          'licenceDays',
        );
      }
      // A fraction is not an Int: refused by GraphQL before any resolver runs.
      const fraction = await platformAdmin.query(LicenceUpdateToolDocument, { input: { id: tool.id, licenceDays: 1.5 } });
      expect(codes(fraction)).toEqual(['BAD_USER_INPUT']);
      expect(await count('SELECT count(*)::int AS n FROM marketplace_tools')).toBe(tools);
      expect(await count('SELECT count(*)::int AS n FROM tool_bundles')).toBe(bundles);
      expect(ok(await org.viewer.query(LicenceCatalogDocument, { toolId: tool.id, bundleId: bundle.id }))).toMatchObject({
        tool: { licenceDays: 30 },
        bundle: { licenceDays: 365 },
      });
      // The bounds themselves are accepted.
      ok(await platformAdmin.query(LicenceUpdateToolDocument, { input: { id: tool.id, licenceDays: 1 } }));
      ok(await platformAdmin.query(LicenceUpdateBundleDocument, { input: { id: bundle.id, licenceDays: 3650 } }));
    });

    it('the database refuses a bad length whoever writes (row rules, 23514)', async () => {
      const tool = await createTool(30);
      const bundle = await createBundle([tool.id]);
      await expect(app.owner.query('UPDATE marketplace_tools SET licence_days = 0 WHERE id = $1', [uuidOf(tool.id)])).rejects.toMatchObject(
        {
          code: '23514',
          constraint: 'marketplace_tools_licence_days',
        },
      );
      await expect(app.owner.query('UPDATE tool_bundles SET licence_days = 3651 WHERE id = $1', [uuidOf(bundle.id)])).rejects.toMatchObject(
        {
          code: '23514',
          constraint: 'tool_bundles_licence_days',
        },
      );
    });

    it('only platform administrators set it: a tenant OWNER is FORBIDDEN, nothing written', async () => {
      const tool = await createTool(30);
      const bundle = await createBundle([tool.id], 90);
      const tools = await count('SELECT count(*)::int AS n FROM marketplace_tools');
      for (const actor of [org.owner, org.admin, org.owner.inOrg(null)]) {
        expectError(
          await actor.query(LicenceCreateToolDocument, {
            input: { slug: `licence-owner-${++sequence}`, name: 'Sneaky', category: 'CUSTOM', tier: 'T1', licenceDays: 30 },
          }),
          'FORBIDDEN',
        );
        expectError(await actor.query(LicenceUpdateToolDocument, { input: { id: tool.id, licenceDays: null } }), 'FORBIDDEN');
        expectError(await actor.query(LicenceUpdateBundleDocument, { input: { id: bundle.id, licenceDays: 3650 } }), 'FORBIDDEN');
      }
      expect(await count('SELECT count(*)::int AS n FROM marketplace_tools')).toBe(tools);
      expect(ok(await org.viewer.query(LicenceCatalogDocument, { toolId: tool.id, bundleId: bundle.id }))).toMatchObject({
        tool: { licenceDays: 30 },
        bundle: { licenceDays: 90 },
      });
    });
  });
});
