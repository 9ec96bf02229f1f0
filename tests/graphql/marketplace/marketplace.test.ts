/**
 * The marketplace: a shared catalog that only platform administrators write (API and database),
 * and per organization: private carts, idempotent checkout at current prices, bundle purchases
 * that grant their tools, reviews of bought tools, purchases the API can never delete.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { LOCAL_APP_PASSWORD, LOCAL_APP_ROLE } from '../../../src/db/local-database.js';
import { operationText, type Actor, type GraphQLResponse } from '../../helpers/app.js';
import { useTenants } from '../../helpers/actors.js';
import { userIdOf } from '../../helpers/builders.js';
import { codes, uuidOf } from '../../helpers/responses.js';
import { joinOrganization } from '../../helpers/invitations.js';
import {
  MarketplaceAddToCartDocument,
  MarketplaceBundlesDocument,
  MarketplaceCartDocument,
  MarketplaceCheckoutDocument,
  MarketplaceCreateBundleDocument,
  MarketplaceCreateReviewDocument,
  MarketplaceCreateToolDocument,
  MarketplaceDeleteReviewDocument,
  MarketplaceNodeDocument,
  MarketplacePurchasesDocument,
  MarketplaceRemoveFromCartDocument,
  MarketplaceReviewsDocument,
  MarketplaceToolsDocument,
  type MarketplaceToolsQuery,
  MarketplaceUpdateBundleDocument,
  MarketplaceUpdateReviewDocument,
  MarketplaceUpdateToolDocument,
  type CartItemInput,
  type CreateMarketplaceToolInput,
  type CreateToolBundleInput,
} from '../../generated/operations/graphql.js';

function expectError(response: GraphQLResponse, code: string, field?: string) {
  expect(codes(response)).toEqual([code]);
  if (field) expect(response.errors![0]!.extensions?.field).toBe(field);
  return response.errors![0]!.message;
}

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('marketplace', () => {
  const { app, org, other } = useTenants('Market', { otherTenant: true });
  let platformAdmin: Actor;
  let stranger: Actor;
  let sequence = 0;

  const slug = (prefix = 'tool') => `${prefix}-${++sequence}-${randomUUID().slice(0, 8)}`;

  async function createTool(overrides: Partial<CreateMarketplaceToolInput> = {}) {
    const input: CreateMarketplaceToolInput = {
      slug: slug(),
      name: `Tool ${sequence}`,
      category: 'CUSTOM',
      tier: 'T1',
      ...overrides,
    };
    return ok(await platformAdmin.query(MarketplaceCreateToolDocument, { input })).createMarketplaceTool.marketplaceTool;
  }
  async function createBundle(toolIds: string[], overrides: Partial<CreateToolBundleInput> = {}) {
    const input: CreateToolBundleInput = {
      slug: slug('bundle'),
      name: `Bundle ${sequence}`,
      type: 'GROWTH_PACK',
      bundlePrice: '1.00',
      toolIds,
      ...overrides,
    };
    return ok(await platformAdmin.query(MarketplaceCreateBundleDocument, { input })).createToolBundle.toolBundle;
  }
  const addToCart = async (actor: Actor, input: CartItemInput) =>
    ok(await actor.query(MarketplaceAddToCartDocument, { input })).addToCart.shoppingCart;
  const checkout = async (actor: Actor, key = randomUUID()) => ok(await actor.query(MarketplaceCheckoutDocument, { key })).checkout;
  /** Buys tools for `org` through its ADMIN. */
  async function buy(...toolIds: string[]) {
    for (const toolId of toolIds) await addToCart(org.admin, { toolId });
    return checkout(org.admin);
  }
  const count = async (sql: string, params: unknown[] = []) => (await app.owner.query(sql, params)).rows[0].n as number;

  beforeAll(async () => {
    platformAdmin = await app.platformAdmin('catalog-curator');
    stranger = await app.actor('no-org-user');
  });

  describe('the catalog', () => {
    it('any signed-in user reads it without an organization header; filters, order and `active` work', async () => {
      // The category is an enum now: a unique tag keeps this test's tools apart from the others'.
      const mark = `mark-${slug()}`;
      const cheap = await createTool({ tier: 'T1', tags: [mark, 'email', 'free'] });
      const mid = await createTool({
        tier: 'T2',
        tags: [mark, 'sms'],
        features: ['Two-way SMS', ' ', 'Two-way SMS'],
        icon: 'message',
        capabilities: ['Two-way SMS'],
        integrations: ['Twilio'],
      });
      const pricey = await createTool({ tier: 'T3', category: 'ADVANCED', tags: [mark, 'email', 'ai'] });
      const retired = await createTool({ tags: [mark], active: false });
      expect(mid).toMatchObject({
        price: '200.00',
        currency: 'USD',
        category: 'CUSTOM',
        tier: 'T2',
        icon: 'message',
        features: ['Two-way SMS'],
        capabilities: ['Two-way SMS'],
        integrations: ['Twilio'],
        purchaseCount: 0,
        rating: null,
        ratingCount: 0,
        active: true,
        purchased: null,
      });
      expect(pricey).toMatchObject({ price: '300.00', category: 'ADVANCED' });
      expect(cheap.price).toBe('100.00');

      const names = (data: MarketplaceToolsQuery) => data.marketplaceTools.edges.map((edge) => edge.node.id);
      const byCategory = { tags: { hasAny: [mark] } };
      const all = ok(
        await stranger.query(MarketplaceToolsDocument, { filter: byCategory, orderBy: [{ field: 'PRICE', direction: 'DESC' }] }),
      );
      expect(names(all)).toEqual([pricey.id, mid.id, cheap.id]);
      expect(all.marketplaceTools.totalCount).toBe(3);
      expect(all.marketplaceTools.edges.every((edge) => edge.node.purchased === null)).toBe(true);

      const inactive = ok(await stranger.query(MarketplaceToolsDocument, { filter: byCategory, active: false }));
      expect(names(inactive)).toEqual([retired.id]);
      const both = ok(await stranger.query(MarketplaceToolsDocument, { filter: byCategory, active: null }));
      expect(both.marketplaceTools.totalCount).toBe(4);

      const priced = ok(await stranger.query(MarketplaceToolsDocument, { filter: { ...byCategory, price: { gte: '150', lte: '250' } } }));
      expect(names(priced)).toEqual([mid.id]);
      const tagged = ok(
        await stranger.query(MarketplaceToolsDocument, {
          filter: { AND: [byCategory, { tags: { hasAny: ['ai', 'sms'] } }] },
          orderBy: [{ field: 'PRICE' }],
        }),
      );
      expect(names(tagged)).toEqual([mid.id, pricey.id]);
      const advanced = ok(
        await stranger.query(MarketplaceToolsDocument, { filter: { AND: [byCategory, { category: { equals: 'ADVANCED' } }] } }),
      );
      expect(names(advanced)).toEqual([pricey.id]);
      const tiers = ok(await stranger.query(MarketplaceToolsDocument, { filter: { AND: [byCategory, { tier: { in: ['T1', 'T3'] } }] } }));
      expect(new Set(names(tiers))).toEqual(new Set([cheap.id, pricey.id]));

      // A tenant member reads it too, with or without the header; a non-member naming an org is refused.
      expect(ok(await org.viewer.query(MarketplaceToolsDocument, { filter: byCategory })).marketplaceTools.totalCount).toBe(3);
      expect(ok(await org.viewer.inOrg(null).query(MarketplaceToolsDocument, { filter: byCategory })).marketplaceTools.totalCount).toBe(3);
      expect(codes(await stranger.query(MarketplaceToolsDocument, { filter: byCategory }, { orgId: org.id }))).toEqual(['FORBIDDEN']);
      // Anonymous callers read nothing.
      expect(codes(await app.post({ query: operationText(MarketplaceToolsDocument), variables: { filter: byCategory } }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    });

    it('a platform administrator creates bundles: originalPrice and discount computed, tools in the given order', async () => {
      const first = await createTool({ tier: 'T1' });
      const second = await createTool({ tier: 'T2' });
      const bundle = await createBundle([second.id, first.id], { bundlePrice: '225.00', type: 'STARTER_PACK', popular: true });
      expect(bundle).toMatchObject({
        type: 'STARTER_PACK',
        originalPrice: '300.00',
        bundlePrice: '225.00',
        discount: '75.00',
        discountPercent: '25.00',
        popular: true,
        currency: 'USD',
        active: true,
        purchased: null,
        tools: [{ id: second.id }, { id: first.id }],
      });
      const listed = ok(await stranger.query(MarketplaceBundlesDocument, { filter: { id: { equals: bundle.id } } }));
      expect(listed.toolBundles.edges[0]!.node).toEqual(bundle);
      const tool = ok(await stranger.query(MarketplaceToolsDocument, { filter: { id: { equals: first.id } } }));
      expect(tool.marketplaceTools.edges[0]!.node.bundles).toEqual([{ id: bundle.id }]);

      // A tool's new tier (and so price) recomputes the bundles that contain it.
      ok(await platformAdmin.query(MarketplaceUpdateToolDocument, { input: { id: first.id, tier: 'T2' } }));
      const repriced = ok(await stranger.query(MarketplaceBundlesDocument, { filter: { id: { equals: bundle.id } } })).toolBundles.edges[0]!
        .node;
      expect(repriced).toMatchObject({ originalPrice: '400.00', bundlePrice: '225.00', discount: '175.00', discountPercent: '43.75' });
      // Fewer tools than the bundle price is worth: refused, nothing changed; with a lower price, done.
      expectError(
        await platformAdmin.query(MarketplaceUpdateBundleDocument, { input: { id: bundle.id, toolIds: [first.id] } }),
        'BAD_USER_INPUT',
        'bundlePrice',
      );
      expect(await count('SELECT count(*)::int AS n FROM tool_bundle_items WHERE bundle_id = $1', [uuidOf(bundle.id)])).toBe(2);
      const reduced = ok(
        await platformAdmin.query(MarketplaceUpdateBundleDocument, {
          input: { id: bundle.id, toolIds: [first.id], bundlePrice: '180.00' },
        }),
      ).updateToolBundle.toolBundle;
      expect(reduced).toMatchObject({
        originalPrice: '200.00',
        bundlePrice: '180.00',
        discountPercent: '10.00',
        tools: [{ id: first.id }],
      });
      expect(await count('SELECT count(*)::int AS n FROM tool_bundle_items WHERE bundle_id = $1', [uuidOf(bundle.id)])).toBe(1);
    });

    it('bad catalog input is BAD_USER_INPUT naming the field, and writes nothing', async () => {
      const existing = await createTool();
      const base: Omit<CreateMarketplaceToolInput, 'slug'> = { name: 'Bad', category: 'CUSTOM', tier: 'T1' };
      const cases: [CreateMarketplaceToolInput, string][] = [
        [{ ...base, slug: 'Not A Slug' }, 'slug'],
        [{ ...base, slug: existing.slug }, 'slug'],
        [{ ...base, slug: slug(), price: '-1.00' }, 'price'],
        [{ ...base, slug: slug(), price: '10000000000' }, 'price'],
        // The tier sets the price: another one, or another currency, is refused.
        [{ ...base, slug: slug(), price: '150.00' }, 'price'],
        [{ ...base, slug: slug(), tier: 'T3', price: '100.00' }, 'price'],
        [{ ...base, slug: slug(), currency: 'EUR' }, 'currency'],
        [{ ...base, slug: slug(), currency: 'dollars' }, 'currency'],
        [{ ...base, slug: slug(), name: '  ' }, 'name'],
        [{ ...base, slug: slug(), icon: 'i'.repeat(501) }, 'icon'],
      ];
      const before = await count('SELECT count(*)::int AS n FROM marketplace_tools');
      for (const [input, field] of cases) {
        const response = await platformAdmin.query(MarketplaceCreateToolDocument, { input });
        expectError(response, 'BAD_USER_INPUT', field);
        expect(response.data).toBeNull();
      }
      expect(await count('SELECT count(*)::int AS n FROM marketplace_tools')).toBe(before);

      const bundles = await count('SELECT count(*)::int AS n FROM tool_bundles');
      const bundleBase: Pick<CreateToolBundleInput, 'slug' | 'name' | 'type'> = {
        slug: slug('bundle'),
        name: 'Bad bundle',
        type: 'GROWTH_PACK',
      };
      expectError(
        await platformAdmin.query(MarketplaceCreateBundleDocument, {
          input: { ...bundleBase, bundlePrice: '100.01', toolIds: [existing.id] },
        }),
        'BAD_USER_INPUT',
        'bundlePrice',
      );
      expectError(
        await platformAdmin.query(MarketplaceCreateBundleDocument, {
          input: { ...bundleBase, bundlePrice: '1.00', toolIds: [existing.id, existing.id] },
        }),
        'BAD_USER_INPUT',
        'toolIds',
      );
      expectError(
        await platformAdmin.query(MarketplaceCreateBundleDocument, { input: { ...bundleBase, bundlePrice: '1.00', toolIds: [] } }),
        'BAD_USER_INPUT',
        'toolIds',
      );
      expectError(
        await platformAdmin.query(MarketplaceCreateBundleDocument, { input: { ...bundleBase, bundlePrice: '1.00', toolIds: [org.id] } }),
        'BAD_USER_INPUT',
        'toolIds',
      );
      expect(await count('SELECT count(*)::int AS n FROM tool_bundles')).toBe(bundles);
      expectError(
        await platformAdmin.query(MarketplaceUpdateToolDocument, { input: { id: existing.id.replace(/.$/, 'x'), name: 'x' } }),
        'BAD_USER_INPUT',
      );
    });

    it('a tenant OWNER cannot write the catalog (FORBIDDEN, nothing written), with or without the header', async () => {
      const tool = await createTool({ tier: 'T1' });
      const before = await count('SELECT count(*)::int AS n FROM marketplace_tools');
      for (const actor of [org.owner, org.owner.inOrg(null)]) {
        const created = await actor.query(MarketplaceCreateToolDocument, {
          input: { slug: slug(), name: 'Sneaky', category: 'CUSTOM', tier: 'T1' },
        });
        expectError(created, 'FORBIDDEN');
        expect(created.data).toBeNull();
        expectError(await actor.query(MarketplaceUpdateToolDocument, { input: { id: tool.id, tier: 'T3' } }), 'FORBIDDEN');
        expectError(
          await actor.query(MarketplaceCreateBundleDocument, {
            input: { slug: slug('b'), name: 'B', type: 'GROWTH_PACK', bundlePrice: '1', toolIds: [tool.id] },
          }),
          'FORBIDDEN',
        );
      }
      expect(await count('SELECT count(*)::int AS n FROM marketplace_tools')).toBe(before);
      expect((await app.owner.query('SELECT price::text FROM marketplace_tools WHERE id = $1', [uuidOf(tool.id)])).rows[0].price).toBe(
        '100.00',
      );
    });
  });

  describe('straight to the database as the API role', () => {
    let api: pg.Client;
    let ownerUserId: string;
    let curatorUserId: string;
    beforeAll(async () => {
      const { host, port, database } = app.owner;
      api = new pg.Client({ host, port, database, user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD });
      await api.connect();
      ownerUserId = uuidOf(await userIdOf(org.owner));
      curatorUserId = uuidOf(await userIdOf(platformAdmin));
    });
    afterAll(async () => api?.end());

    /** Runs `work` as `userId` (in org) in one transaction, rolled back; each statement behind a savepoint. */
    async function asUser<T>(userId: string, work: (attempt: (sql: string, params?: unknown[]) => Promise<string | number>) => Promise<T>) {
      await api.query('BEGIN');
      try {
        await api.query("SELECT set_config('app.current_user_id', $1, true), set_config('app.current_org_id', $2, true)", [userId, org.id]);
        let savepoint = 0;
        // The error code, or the number of rows affected.
        const attempt = async (sql: string, params: unknown[] = []) => {
          const name = `attempt_${++savepoint}`;
          await api.query(`SAVEPOINT ${name}`);
          try {
            const result = await api.query(sql, params);
            return result.rowCount ?? 0;
          } catch (error) {
            await api.query(`ROLLBACK TO SAVEPOINT ${name}`);
            return (error as { code: string }).code;
          }
        };
        return await work(attempt);
      } finally {
        await api.query('ROLLBACK');
      }
    }

    it("the catalog policies refuse a tenant OWNER's writes and admit a platform administrator's", async () => {
      const tool = await createTool({ tier: 'T1' });
      const insert = "INSERT INTO marketplace_tools (slug, name, category, tier, price) VALUES ($1, 'Direct', 'CUSTOM', 'T1', 100)";
      const asOwner = await asUser(ownerUserId, async (attempt) => ({
        insert: await attempt(insert, [slug()]),
        update: await attempt("UPDATE marketplace_tools SET name = 'Renamed' WHERE id = $1", [uuidOf(tool.id)]),
        counters: await attempt('UPDATE marketplace_tools SET purchase_count = 1000 WHERE id = $1', [uuidOf(tool.id)]),
        remove: await attempt('DELETE FROM marketplace_tools WHERE id = $1', [uuidOf(tool.id)]),
        bundle: await attempt(
          "INSERT INTO tool_bundles (slug, name, type, original_price, bundle_price) VALUES ($1, 'B', 'GROWTH_PACK', 1, 1)",
          [slug('b')],
        ),
        promote: await attempt('UPDATE users SET is_platform_admin = true WHERE id = $1', [ownerUserId]),
        read: await attempt('SELECT 1 FROM marketplace_tools WHERE id = $1', [uuidOf(tool.id)]),
      }));
      // 42501: refused by the policy (insert) or the missing grant (users); 0 rows: invisible to the policy.
      expect(asOwner).toEqual({ insert: '42501', update: 0, counters: 0, remove: 0, bundle: '42501', promote: '42501', read: 1 });
      expect(
        (
          await app.owner.query(
            'SELECT marketplace_tools.name, purchase_count, is_platform_admin FROM marketplace_tools, users WHERE marketplace_tools.id = $1 AND users.id = $2',
            [uuidOf(tool.id), ownerUserId],
          )
        ).rows[0],
      ).toEqual({ name: tool.name, purchase_count: 0, is_platform_admin: false });

      const asCurator = await asUser(curatorUserId, async (attempt) => ({
        insert: await attempt(insert, [slug()]),
        update: await attempt("UPDATE marketplace_tools SET name = 'Renamed' WHERE id = $1", [uuidOf(tool.id)]),
        // The tier fixes the price, even for a platform administrator (23514: the row rule).
        price: await attempt('UPDATE marketplace_tools SET price = 0 WHERE id = $1', [uuidOf(tool.id)]),
        offTier: await attempt(
          "INSERT INTO marketplace_tools (slug, name, category, tier, price) VALUES ($1, 'Direct', 'CUSTOM', 'T2', 100)",
          [slug()],
        ),
      }));
      expect(asCurator).toEqual({ insert: 1, update: 1, price: '23514', offTier: '23514' });
    });

    it('purchases and checkouts cannot be deleted (nor checkouts changed) by the API role', async () => {
      const tool = await createTool();
      await buy(tool.id);
      const outcome = await asUser(ownerUserId, async (attempt) => ({
        toolPurchases: await attempt('DELETE FROM tool_purchases'),
        bundlePurchases: await attempt('DELETE FROM bundle_purchases'),
        checkouts: await attempt('DELETE FROM checkouts'),
        checkoutTotal: await attempt('UPDATE checkouts SET total = 0'),
        visible: await attempt('SELECT 1 FROM tool_purchases WHERE tool_id = $1', [uuidOf(tool.id)]),
      }));
      expect(outcome).toEqual({ toolPurchases: '42501', bundlePurchases: '42501', checkouts: '42501', checkoutTotal: '42501', visible: 1 });
    });
  });

  describe('carts', () => {
    it("are private: each ADMIN/OWNER has their own, another's is invisible; MEMBER and VIEWER have none", async () => {
      const tool = await createTool();
      const adminCart = await addToCart(org.admin, { toolId: tool.id });
      expect(adminCart.items.map((item) => item.tool?.id)).toEqual([tool.id]);
      expect(adminCart.user!.id).toBe(await userIdOf(org.admin));
      const ownerCart = ok(await org.owner.query(MarketplaceCartDocument)).shoppingCart;
      expect(ownerCart.id).not.toBe(adminCart.id);
      expect(ownerCart.items.map((item) => item.tool?.id)).not.toContain(tool.id);
      expect(ok(await org.owner.query(MarketplaceNodeDocument, { id: adminCart.id })).node).toBeNull();
      expect(ok(await org.admin.query(MarketplaceNodeDocument, { id: adminCart.id })).node).toEqual({ id: adminCart.id });
      for (const actor of [org.member, org.viewer]) expectError(await actor.query(MarketplaceCartDocument), 'FORBIDDEN');
      // Same user, another organization: another cart.
      await joinOrganization(other.owner, org.admin, 'ADMIN');
      const elsewhere = ok(await org.admin.inOrg(other.id).query(MarketplaceCartDocument)).shoppingCart;
      expect(elsewhere.id).not.toBe(adminCart.id);
      expect(elsewhere.items).toEqual([]);
      ok(await org.admin.query(MarketplaceRemoveFromCartDocument, { input: { toolId: tool.id } }));
    });

    it('addToCart is idempotent; removeFromCart too; the cart totals at current prices', async () => {
      const tool = await createTool({ tier: 'T1' });
      await addToCart(org.owner, { toolId: tool.id });
      const again = await addToCart(org.owner, { toolId: tool.id });
      expect(again.items.filter((item) => item.tool?.id === tool.id)).toHaveLength(1);
      expect(await count('SELECT count(*)::int AS n FROM shopping_cart_items WHERE tool_id = $1', [uuidOf(tool.id)])).toBe(1);
      expect(again).toMatchObject({ total: '100.00', currency: 'USD' });
      ok(await platformAdmin.query(MarketplaceUpdateToolDocument, { input: { id: tool.id, tier: 'T2' } }));
      expect(ok(await org.owner.query(MarketplaceCartDocument)).shoppingCart).toMatchObject({ total: '200.00', currency: 'USD' });
      const removed = ok(await org.owner.query(MarketplaceRemoveFromCartDocument, { input: { toolId: tool.id } })).removeFromCart
        .shoppingCart;
      expect(removed).toMatchObject({ items: [], total: '0.00', currency: null });
      ok(await org.owner.query(MarketplaceRemoveFromCartDocument, { input: { toolId: tool.id } }));
    });

    it('refuses what cannot be bought with BAD_USER_INPUT, writing nothing', async () => {
      const owned = await createTool();
      await buy(owned.id);
      const retired = await createTool({ active: false });
      const dollar = await createTool();
      await addToCart(org.owner, { toolId: dollar.id });
      const before = await count('SELECT count(*)::int AS n FROM shopping_cart_items');
      expect(
        expectError(await org.owner.query(MarketplaceAddToCartDocument, { input: { toolId: owned.id } }), 'BAD_USER_INPUT', 'toolId'),
      ).toMatch(/already owns/);
      expect(
        expectError(await org.owner.query(MarketplaceAddToCartDocument, { input: { toolId: retired.id } }), 'BAD_USER_INPUT', 'toolId'),
      ).toMatch(/not available/);
      expectError(await org.owner.query(MarketplaceAddToCartDocument, { input: {} }), 'BAD_USER_INPUT');
      expectError(
        await org.owner.query(MarketplaceAddToCartDocument, { input: { toolId: dollar.id, bundleId: dollar.id } }),
        'BAD_USER_INPUT',
      );
      expectError(await org.owner.query(MarketplaceAddToCartDocument, { input: { bundleId: dollar.id } }), 'BAD_USER_INPUT', 'bundleId');
      expectError(
        await org.owner.query(MarketplaceAddToCartDocument, { input: { toolId: dollar.id.slice(0, -4) + 'AAAA' } }),
        'BAD_USER_INPUT',
        'toolId',
      );
      const everyToolOwned = await createBundle([owned.id]);
      expect(
        expectError(
          await org.owner.query(MarketplaceAddToCartDocument, { input: { bundleId: everyToolOwned.id } }),
          'BAD_USER_INPUT',
          'bundleId',
        ),
      ).toMatch(/every tool/);
      expect(await count('SELECT count(*)::int AS n FROM shopping_cart_items')).toBe(before);
      ok(await org.owner.query(MarketplaceRemoveFromCartDocument, { input: { toolId: dollar.id } }));
    });
  });

  describe('checkout', () => {
    it('buys at the current catalog price, records the checkout, empties the cart; later price changes do not touch it', async () => {
      const tool = await createTool({ tier: 'T1' });
      const me = await userIdOf(org.admin);
      await addToCart(org.admin, { toolId: tool.id });
      ok(await platformAdmin.query(MarketplaceUpdateToolDocument, { input: { id: tool.id, tier: 'T2' } }));
      const key = randomUUID();
      const { checkout: done, replayed } = await checkout(org.admin, key);
      expect(replayed).toBe(false);
      expect(done).toMatchObject({ idempotencyKey: key, total: '200.00', currency: 'USD', user: { id: me }, bundlePurchases: [] });
      expect(done.toolPurchases).toEqual([
        {
          id: expect.any(String),
          price: '200.00',
          currency: 'USD',
          status: 'ACTIVE',
          tool: { id: tool.id },
          bundlePurchase: null,
          purchasedBy: { id: me },
          checkout: { id: done.id },
        },
      ]);
      expect(ok(await org.admin.query(MarketplaceCartDocument)).shoppingCart.items).toEqual([]);

      ok(await platformAdmin.query(MarketplaceUpdateToolDocument, { input: { id: tool.id, tier: 'T3' } }));
      const purchases = ok(await org.viewer.query(MarketplacePurchasesDocument, { filter: { toolId: { equals: tool.id } } })).toolPurchases;
      expect(purchases.edges.map((edge) => edge.node.price)).toEqual(['200.00']);
      const asSeenByOrg = ok(await org.viewer.query(MarketplaceToolsDocument, { filter: { id: { equals: tool.id } } })).marketplaceTools
        .edges[0]!.node;
      expect(asSeenByOrg.purchased).toBe(true);
      const asSeenByOther = ok(await other.viewer.query(MarketplaceToolsDocument, { filter: { id: { equals: tool.id } } })).marketplaceTools
        .edges[0]!.node;
      expect(asSeenByOther.purchased).toBe(false);
    });

    it('a retry with the same key returns the first checkout and buys nothing, whoever sends it', async () => {
      const first = await createTool();
      const second = await createTool();
      await addToCart(org.admin, { toolId: first.id });
      const key = randomUUID();
      const original = await checkout(org.admin, key);
      await addToCart(org.admin, { toolId: second.id });
      const retry = await checkout(org.admin, key);
      expect(retry.replayed).toBe(true);
      expect(retry.checkout).toEqual(original.checkout);
      // Nothing of the cart was bought, and it was left as it is.
      expect(ok(await org.admin.query(MarketplaceCartDocument)).shoppingCart.items.map((item) => item.tool!.id)).toEqual([second.id]);
      expect(await count('SELECT count(*)::int AS n FROM tool_purchases WHERE tool_id = $1', [uuidOf(second.id)])).toBe(0);
      // Another member reusing the key gets the same answer.
      const byOwner = await checkout(org.owner, key);
      expect(byOwner).toEqual({ replayed: true, checkout: original.checkout });
      expect(await count('SELECT count(*)::int AS n FROM checkouts WHERE idempotency_key = $1', [key])).toBe(1);
      // The same key in another organization is another checkout.
      await addToCart(other.owner, { toolId: first.id });
      const elsewhere = await checkout(other.owner, key);
      expect(elsewhere.replayed).toBe(false);
      expect(elsewhere.checkout.id).not.toBe(original.checkout.id);
      ok(await org.admin.query(MarketplaceRemoveFromCartDocument, { input: { toolId: second.id } }));
    });

    it('concurrent requests with one key buy once: one checkout, one set of purchases', async () => {
      const tools = [await createTool({ tier: 'T1' }), await createTool({ tier: 'T2' })];
      for (const tool of tools) await addToCart(org.owner, { toolId: tool.id });
      const key = randomUUID();
      const responses = await Promise.all([1, 2, 3, 4].map(() => org.owner.query(MarketplaceCheckoutDocument, { key })));
      const results = responses.map((response) => ok(response).checkout);
      expect(results.map((result) => result.replayed).sort()).toEqual([false, true, true, true]);
      for (const result of results) expect(result.checkout).toEqual(results[0]!.checkout);
      expect(results[0]!.checkout.total).toBe('300.00');
      expect(await count('SELECT count(*)::int AS n FROM checkouts WHERE org_id = $1 AND idempotency_key = $2', [org.id, key])).toBe(1);
      for (const tool of tools) {
        expect(
          await count('SELECT count(*)::int AS n FROM tool_purchases WHERE org_id = $1 AND tool_id = $2', [org.id, uuidOf(tool.id)]),
        ).toBe(1);
      }
    });

    it('two members checking out the same tool at once with different keys: bought once, the later one skips it', async () => {
      const shared = await createTool({ tier: 'T2' });
      const extra = await createTool({ tier: 'T1' });
      await addToCart(org.owner, { toolId: shared.id });
      await addToCart(org.admin, { toolId: shared.id });
      await addToCart(org.admin, { toolId: extra.id });
      const [byOwner, byAdmin] = await Promise.all([
        org.owner.query(MarketplaceCheckoutDocument, { key: randomUUID() }),
        org.admin.query(MarketplaceCheckoutDocument, { key: randomUUID() }),
      ]);
      // Whoever came second was not charged for the shared tool (or, owning nothing new, was refused).
      expect(
        await count('SELECT count(*)::int AS n FROM tool_purchases WHERE org_id = $1 AND tool_id = $2', [org.id, uuidOf(shared.id)]),
      ).toBe(1);
      const totals = [byOwner, byAdmin]
        .filter((response) => !response.errors)
        .map((response) => response.data!.checkout.checkout.total)
        .sort();
      if (byOwner.errors) {
        expect(expectError(byOwner, 'BAD_USER_INPUT')).toMatch(/already owns everything/);
        expect(totals).toEqual(['300.00']);
      } else {
        expect(totals).toEqual(['100.00', '200.00']);
      }
      ok(await org.owner.query(MarketplaceRemoveFromCartDocument, { input: { toolId: shared.id } }));
    });

    it('an item bought meanwhile is skipped, not charged; BAD_USER_INPUT when nothing is left to buy', async () => {
      const meanwhile = await createTool({ tier: 'T3' });
      const fresh = await createTool({ tier: 'T1' });
      await addToCart(org.owner, { toolId: meanwhile.id });
      await addToCart(org.owner, { toolId: fresh.id });
      await buy(meanwhile.id);
      const { checkout: done } = await checkout(org.owner);
      expect(done.total).toBe('100.00');
      expect(done.toolPurchases.map((purchase) => purchase.tool.id)).toEqual([fresh.id]);
      expect(ok(await org.owner.query(MarketplaceCartDocument)).shoppingCart.items).toEqual([]);

      const onlyOwned = await createTool();
      await addToCart(org.owner, { toolId: onlyOwned.id });
      await buy(onlyOwned.id);
      const key = randomUUID();
      expect(expectError(await org.owner.query(MarketplaceCheckoutDocument, { key }), 'BAD_USER_INPUT')).toMatch(/already owns everything/);
      expect(await count('SELECT count(*)::int AS n FROM checkouts WHERE idempotency_key = $1', [key])).toBe(0);
      ok(await org.owner.query(MarketplaceRemoveFromCartDocument, { input: { toolId: onlyOwned.id } }));
    });

    it('an empty cart, an item withdrawn meanwhile or a bad key: BAD_USER_INPUT, nothing written', async () => {
      const key = randomUUID();
      const purchasesBefore = await count('SELECT count(*)::int AS n FROM tool_purchases');
      const empty = await org.owner.query(MarketplaceCheckoutDocument, { key });
      expect(expectError(empty, 'BAD_USER_INPUT')).toMatch(/empty/);
      expect(empty.data).toBeNull();

      const withdrawn = await createTool();
      await addToCart(org.owner, { toolId: withdrawn.id });
      ok(await platformAdmin.query(MarketplaceUpdateToolDocument, { input: { id: withdrawn.id, active: false } }));
      expect(expectError(await org.owner.query(MarketplaceCheckoutDocument, { key }), 'BAD_USER_INPUT')).toMatch(/No longer available/);
      expect(ok(await org.owner.query(MarketplaceCartDocument)).shoppingCart.items.map((item) => item.tool!.id)).toEqual([withdrawn.id]);
      for (const bad of ['', '   ', 'k'.repeat(201)])
        expectError(await org.owner.query(MarketplaceCheckoutDocument, { key: bad }), 'BAD_USER_INPUT', 'idempotencyKey');
      expect(await count('SELECT count(*)::int AS n FROM checkouts WHERE idempotency_key = $1', [key])).toBe(0);
      expect(await count('SELECT count(*)::int AS n FROM tool_purchases')).toBe(purchasesBefore);
      ok(await org.owner.query(MarketplaceRemoveFromCartDocument, { input: { toolId: withdrawn.id } }));
      // MEMBER and VIEWER may not buy.
      for (const actor of [org.member, org.viewer])
        expectError(await actor.query(MarketplaceCheckoutDocument, { key: randomUUID() }), 'FORBIDDEN');
    });

    it('a bundle: charged at its bundle price, grants the tools not owned yet (price 0), a tool in the cart it grants is not charged twice', async () => {
      const ownedBefore = await createTool({ tier: 'T1' });
      const second = await createTool({ tier: 'T2' });
      const third = await createTool({ tier: 'T3' });
      const bundle = await createBundle([ownedBefore.id, second.id, third.id], { bundlePrice: '450.00' });
      const earlier = await buy(ownedBefore.id);

      await addToCart(org.owner, { bundleId: bundle.id });
      const cart = await addToCart(org.owner, { toolId: second.id });
      expect(cart).toMatchObject({ total: '450.00', currency: 'USD' });
      const { checkout: done } = await checkout(org.owner);
      expect(done.total).toBe('450.00');
      expect(done.bundlePurchases).toHaveLength(1);
      const bundlePurchase = done.bundlePurchases[0]!;
      expect(bundlePurchase).toMatchObject({ price: '450.00', bundle: { id: bundle.id } });
      expect(bundlePurchase.toolPurchases.map((purchase) => purchase.tool.id).sort()).toEqual([second.id, third.id].sort());
      expect(done.toolPurchases.map((purchase) => [purchase.tool.id, purchase.price, purchase.bundlePurchase?.id]).sort()).toEqual(
        [
          [second.id, '0.00', bundlePurchase.id],
          [third.id, '0.00', bundlePurchase.id],
        ].sort(),
      );
      // The tool owned before keeps its own purchase.
      const firstPurchase = ok(await org.viewer.query(MarketplacePurchasesDocument, { filter: { toolId: { equals: ownedBefore.id } } }))
        .toolPurchases.edges;
      expect(firstPurchase).toEqual([
        { node: { id: earlier.checkout.toolPurchases[0]!.id, price: '100.00', tool: { id: ownedBefore.id }, bundlePurchase: null } },
      ]);
      const viaBundle = ok(
        await org.viewer.query(MarketplacePurchasesDocument, { filter: { bundlePurchaseId: { equals: bundlePurchase.id } } }),
      ).toolPurchases;
      expect(viaBundle.totalCount).toBe(2);
      expect(
        ok(await org.viewer.query(MarketplaceBundlesDocument, { filter: { id: { equals: bundle.id } } })).toolBundles.edges[0]!.node
          .purchased,
      ).toBe(true);
      expectError(await org.owner.query(MarketplaceAddToCartDocument, { input: { bundleId: bundle.id } }), 'BAD_USER_INPUT', 'bundleId');
    });
  });

  describe('reviews', () => {
    let tool: { id: string };
    beforeAll(async () => {
      tool = await createTool();
      await buy(tool.id);
    });

    it('only for a tool the organization bought: REVIEW_NEEDS_PURCHASE "buy it first", nothing written', async () => {
      const notBought = await createTool();
      const before = await count('SELECT count(*)::int AS n FROM tool_reviews');
      const response = await org.member.query(MarketplaceCreateReviewDocument, { input: { toolId: notBought.id, rating: 5 } });
      expect(expectError(response, 'REVIEW_NEEDS_PURCHASE', 'toolId')).toMatch(/buy it first/);
      expect(response.data).toBeNull();
      // Another organization's purchase does not count.
      await addToCart(other.owner, { toolId: notBought.id });
      await checkout(other.owner);
      expectError(
        await org.member.query(MarketplaceCreateReviewDocument, { input: { toolId: notBought.id, rating: 5 } }),
        'REVIEW_NEEDS_PURCHASE',
        'toolId',
      );
      expect(await count('SELECT count(*)::int AS n FROM tool_reviews')).toBe(before);
    });

    it('rating 1 to 5; one review per tool per member', async () => {
      const before = await count('SELECT count(*)::int AS n FROM tool_reviews');
      for (const rating of [0, 6, -1]) {
        expectError(
          await org.member.query(MarketplaceCreateReviewDocument, { input: { toolId: tool.id, rating } }),
          'BAD_USER_INPUT',
          'rating',
        );
      }
      expectError(
        await org.member.query(MarketplaceCreateReviewDocument, { input: { toolId: tool.id, rating: 3, title: 't'.repeat(201) } }),
        'BAD_USER_INPUT',
        'title',
      );
      expect(await count('SELECT count(*)::int AS n FROM tool_reviews')).toBe(before);

      const mine = ok(
        await org.member.query(MarketplaceCreateReviewDocument, {
          input: { toolId: tool.id, rating: 4, title: ' Solid ', body: 'Does the job.' },
        }),
      ).createToolReview.toolReview;
      expect(mine).toMatchObject({
        rating: 4,
        title: 'Solid',
        body: 'Does the job.',
        deletedAt: null,
        reviewer: { id: await userIdOf(org.member) },
        tool: { id: tool.id },
      });
      expect(
        expectError(
          await org.member.query(MarketplaceCreateReviewDocument, { input: { toolId: tool.id, rating: 2 } }),
          'BAD_USER_INPUT',
          'toolId',
        ),
      ).toMatch(/already reviewed/);
      ok(await org.admin.query(MarketplaceCreateReviewDocument, { input: { toolId: tool.id, rating: 2 } }));
      const listed = ok(await org.viewer.query(MarketplaceReviewsDocument, { filter: { toolId: { equals: tool.id } } })).toolReviews;
      expect(listed.totalCount).toBe(2);
      expect(
        ok(
          await org.viewer.query(MarketplaceReviewsDocument, { filter: { reviewerId: { equals: await userIdOf(org.member) } } }),
        ).toolReviews.edges.map((edge) => edge.node.id),
      ).toEqual([mine.id]);
      expect(
        ok(await other.owner.query(MarketplaceReviewsDocument, { filter: { toolId: { equals: tool.id } } })).toolReviews.totalCount,
      ).toBe(0);
      expectError(await org.viewer.query(MarketplaceCreateReviewDocument, { input: { toolId: tool.id, rating: 5 } }), 'FORBIDDEN');
    });

    it("only its author edits a review; deleting another's needs ADMIN; writing again revives a deleted one", async () => {
      const product = await createTool();
      await buy(product.id);
      const byMember = ok(await org.member.query(MarketplaceCreateReviewDocument, { input: { toolId: product.id, rating: 3 } }))
        .createToolReview.toolReview;
      const byOwner = ok(await org.owner.query(MarketplaceCreateReviewDocument, { input: { toolId: product.id, rating: 5 } }))
        .createToolReview.toolReview;

      // Edits: the author, by id or by toolId; nobody else, not even the OWNER.
      expect(
        ok(await org.member.query(MarketplaceUpdateReviewDocument, { input: { id: byMember.id, rating: 4, body: 'Better now' } }))
          .updateToolReview.toolReview,
      ).toMatchObject({ rating: 4, body: 'Better now' });
      expect(
        ok(await org.member.query(MarketplaceUpdateReviewDocument, { input: { toolId: product.id, title: 'Titled' } })).updateToolReview
          .toolReview,
      ).toMatchObject({ rating: 4, title: 'Titled' });
      expectError(await org.owner.query(MarketplaceUpdateReviewDocument, { input: { id: byMember.id, rating: 1 } }), 'FORBIDDEN');
      expectError(
        await org.member.query(MarketplaceUpdateReviewDocument, { input: { id: byMember.id, rating: 9 } }),
        'BAD_USER_INPUT',
        'rating',
      );
      expectError(
        await org.member.query(MarketplaceUpdateReviewDocument, { input: { id: byMember.id, toolId: product.id, rating: 2 } }),
        'BAD_USER_INPUT',
      );
      expectError(await org.viewer.query(MarketplaceUpdateReviewDocument, { input: { toolId: product.id, rating: 2 } }), 'FORBIDDEN');
      expect((await app.owner.query('SELECT rating FROM tool_reviews WHERE id = $1', [uuidOf(byMember.id)])).rows[0].rating).toBe(4);

      // Deletes: a MEMBER cannot delete the OWNER's; an ADMIN can delete the MEMBER's.
      expectError(await org.member.query(MarketplaceDeleteReviewDocument, { input: { id: byOwner.id } }), 'FORBIDDEN');
      expect(
        (await app.owner.query('SELECT deleted_at FROM tool_reviews WHERE id = $1', [uuidOf(byOwner.id)])).rows[0].deleted_at,
      ).toBeNull();
      const deleted = ok(await org.admin.query(MarketplaceDeleteReviewDocument, { input: { id: byMember.id } })).deleteToolReview
        .toolReview;
      expect(deleted.deletedAt).toEqual(expect.any(String));
      ok(await org.admin.query(MarketplaceDeleteReviewDocument, { input: { id: byMember.id } }));
      expectError(await org.member.query(MarketplaceUpdateReviewDocument, { input: { id: byMember.id, rating: 2 } }), 'NOT_FOUND');
      expect(
        ok(await org.viewer.query(MarketplaceReviewsDocument, { filter: { toolId: { equals: product.id } } })).toolReviews.totalCount,
      ).toBe(1);

      const revived = ok(await org.member.query(MarketplaceCreateReviewDocument, { input: { toolId: product.id, rating: 1 } }))
        .createToolReview.toolReview;
      expect(revived).toMatchObject({ id: byMember.id, rating: 1, title: null, body: null, deletedAt: null });
      ok(await org.owner.query(MarketplaceDeleteReviewDocument, { input: { toolId: product.id } }));
      expectError(
        await org.member.query(MarketplaceDeleteReviewDocument, { input: { id: byOwner.id.slice(0, -2) + 'zz' } }),
        'BAD_USER_INPUT',
      );
      expectError(await other.owner.query(MarketplaceDeleteReviewDocument, { input: { id: byMember.id } }), 'NOT_FOUND');
    });
  });
});
