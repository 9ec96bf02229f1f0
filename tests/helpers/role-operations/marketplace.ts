import { randomUUID } from 'node:crypto';
import type { Actor, TestApp } from '../app.js';
import { joinOrganization } from '../invitations.js';
import { tag, type Fixtures, type OperationSet } from '../role-fixtures.js';

export const CREATE_TOOL =
  'mutation ($input: CreateMarketplaceToolInput!) { createMarketplaceTool(input: $input) { marketplaceTool { id } } }';
const UPDATE_TOOL =
  'mutation ($input: UpdateMarketplaceToolInput!) { updateMarketplaceTool(input: $input) { marketplaceTool { id name } } }';
const CREATE_BUNDLE = 'mutation ($input: CreateToolBundleInput!) { createToolBundle(input: $input) { toolBundle { id } } }';
const UPDATE_BUNDLE = 'mutation ($input: UpdateToolBundleInput!) { updateToolBundle(input: $input) { toolBundle { id name } } }';
const ADD_TO_CART = 'mutation ($input: CartItemInput!) { addToCart(input: $input) { shoppingCart { id items { addedAt } } } }';
const REMOVE_FROM_CART = 'mutation ($input: CartItemInput!) { removeFromCart(input: $input) { shoppingCart { id } } }';
const CHECKOUT = 'mutation ($input: CheckoutInput!) { checkout(input: $input) { checkout { id total } replayed } }';
const CREATE_REVIEW = 'mutation ($input: CreateToolReviewInput!) { createToolReview(input: $input) { toolReview { id } } }';
const UPDATE_REVIEW = 'mutation ($input: UpdateToolReviewInput!) { updateToolReview(input: $input) { toolReview { id rating } } }';
const DELETE_REVIEW = 'mutation ($input: DeleteToolReviewInput!) { deleteToolReview(input: $input) { toolReview { id deletedAt } } }';

/** One platform administrator per test app writes the fixtures' catalog entries. */
const catalogAdmins = new WeakMap<TestApp, Promise<Actor>>();
function catalogAdmin(app: TestApp) {
  if (!catalogAdmins.has(app)) catalogAdmins.set(app, app.platformAdmin('roles-catalog-admin'));
  return catalogAdmins.get(app)!;
}

async function asCatalogAdmin(fx: Fixtures, query: string, variables: Record<string, unknown>) {
  const result = await (await catalogAdmin(fx.app)).query(query, variables);
  if (result.errors) throw new Error(`catalog fixture failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

const toolInput = () => ({
  slug: `roles-tool-${tag()}`,
  name: `Roles tool ${tag()}`,
  category: 'CUSTOM',
  tier: 'T1',
});

const newTool = async (fx: Fixtures) =>
  (await asCatalogAdmin(fx, CREATE_TOOL, { input: toolInput() })).createMarketplaceTool.marketplaceTool.id as string;

const newBundle = async (fx: Fixtures) =>
  (
    await asCatalogAdmin(fx, CREATE_BUNDLE, {
      input: {
        slug: `roles-bundle-${tag()}`,
        name: `Roles bundle ${tag()}`,
        type: 'STARTER_PACK',
        bundlePrice: '10.00',
        toolIds: [await newTool(fx)],
      },
    })
  ).createToolBundle.toolBundle.id as string;

/** One ADMIN per fixture set buys the fixtures' tools, one purchase at a time: they share a cart. */
const buyers = new WeakMap<Fixtures, { actor: Promise<Actor>; queue: Promise<unknown> }>();
function buyerOf(fx: Fixtures) {
  if (!buyers.has(fx)) {
    const actor = (async () => {
      const user = await fx.user();
      await joinOrganization(fx.owner, user, 'ADMIN');
      return user.inOrg(fx.owner.orgId);
    })();
    buyers.set(fx, { actor, queue: Promise.resolve() });
  }
  return buyers.get(fx)!;
}

/** A fresh tool the organization bought. Returns the tool and the checkout's idempotency key. */
async function boughtTool(fx: Fixtures) {
  const toolId = await newTool(fx);
  const idempotencyKey = randomUUID();
  const buyer = buyerOf(fx);
  const purchase = buyer.queue.then(async () => {
    const actor = await buyer.actor;
    for (const [query, input] of [
      [ADD_TO_CART, { toolId }],
      [CHECKOUT, { idempotencyKey }],
    ] as const) {
      const result = await actor.query(query, { input });
      if (result.errors) throw new Error(`purchase fixture failed: ${JSON.stringify(result.errors)}`);
    }
  });
  buyer.queue = purchase.catch(() => {});
  await purchase;
  return { toolId, idempotencyKey };
}

/**
 * A bought tool that every member of the organization has reviewed, so the caller (whoever it
 * is) finds their own review by toolId. Written through the owner connection: the fixture
 * cannot sign in as each member.
 */
async function reviewedByEveryone(fx: Fixtures) {
  const { toolId } = await boughtTool(fx);
  const uuid = Buffer.from(toolId, 'base64').toString('utf8').split(':')[1]!;
  await fx.app.owner.query(
    `INSERT INTO tool_reviews (org_id, tool_id, reviewer_id, rating, title)
     SELECT org_id, $2, user_id, 3, 'Fixture review' FROM memberships WHERE org_id = $1`,
    [fx.owner.orgId, uuid],
  );
  return toolId;
}

const CANCEL_TOOL_PURCHASE =
  'mutation ($input: CancelToolPurchaseInput!) { cancelToolPurchase(input: $input) { toolPurchase { id status } } }';
const CANCEL_BUNDLE_PURCHASE =
  'mutation ($input: CancelBundlePurchaseInput!) { cancelBundlePurchase(input: $input) { bundlePurchase { id status } } }';
const REFUND_TOOL_PURCHASE = 'mutation ($input: RefundToolPurchaseInput!) { refundToolPurchase(input: $input) { status } }';
const REFUND_BUNDLE_PURCHASE = 'mutation ($input: RefundBundlePurchaseInput!) { refundBundlePurchase(input: $input) { status } }';
const RECORD_TOOL_USAGE = 'mutation ($input: RecordToolUsageInput!) { recordToolUsage(input: $input) { counted } }';

const globalIdOf = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64');
const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;

/** A fresh ACTIVE tool purchase of the organization: its global id. */
async function toolPurchaseId(fx: Fixtures) {
  const { toolId } = await boughtTool(fx);
  const { rows } = await fx.app.owner.query<{ id: string }>('SELECT id FROM tool_purchases WHERE org_id = $1 AND tool_id = $2', [
    fx.owner.orgId,
    uuidOf(toolId),
  ]);
  return globalIdOf('ToolPurchase', rows[0]!.id);
}

/** A fresh ACTIVE bundle purchase of the organization: its global id. */
async function bundlePurchaseId(fx: Fixtures) {
  const bundleId = await newBundle(fx);
  const buyer = buyerOf(fx);
  const purchase = buyer.queue.then(async () => {
    const actor = await buyer.actor;
    for (const [query, input] of [
      [ADD_TO_CART, { bundleId }],
      [CHECKOUT, { idempotencyKey: randomUUID() }],
    ] as const) {
      const result = await actor.query(query, { input });
      if (result.errors) throw new Error(`purchase fixture failed: ${JSON.stringify(result.errors)}`);
    }
  });
  buyer.queue = purchase.catch(() => {});
  await purchase;
  const { rows } = await fx.app.owner.query<{ id: string }>('SELECT id FROM bundle_purchases WHERE org_id = $1 AND bundle_id = $2', [
    fx.owner.orgId,
    uuidOf(bundleId),
  ]);
  return globalIdOf('BundlePurchase', rows[0]!.id);
}

/** Role-matrix operations of the marketplace module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    marketplaceTools: { query: '{ marketplaceTools(first: 5) { totalCount edges { node { id purchased } } } }' },
    toolBundles: { query: '{ toolBundles(first: 5) { totalCount edges { node { id tools { id } } } } }' },
    toolPurchases: { query: '{ toolPurchases(first: 5) { totalCount } }' },
    bundlePurchases: { query: '{ bundlePurchases(first: 5) { totalCount } }' },
    toolReviews: { query: '{ toolReviews(first: 5) { totalCount } }' },
    shoppingCart: { query: '{ shoppingCart { id total currency items { addedAt } } }' },
  },
  Mutation: {
    createMarketplaceTool: { query: CREATE_TOOL, variables: async () => ({ input: toolInput() }) },
    updateMarketplaceTool: { query: UPDATE_TOOL, variables: async (fx) => ({ input: { id: await newTool(fx), name: 'Renamed tool' } }) },
    createToolBundle: {
      query: CREATE_BUNDLE,
      variables: async (fx) => ({
        input: {
          slug: `roles-bundle-${tag()}`,
          name: 'New bundle',
          type: 'GROWTH_PACK',
          bundlePrice: '15.00',
          toolIds: [await newTool(fx)],
        },
      }),
    },
    updateToolBundle: { query: UPDATE_BUNDLE, variables: async (fx) => ({ input: { id: await newBundle(fx), name: 'Renamed bundle' } }) },
    addToCart: { query: ADD_TO_CART, variables: async (fx) => ({ input: { toolId: await newTool(fx) } }) },
    removeFromCart: { query: REMOVE_FROM_CART, variables: async (fx) => ({ input: { toolId: await newTool(fx) } }) },
    // The caller's own cart is out of the fixture's reach: a key already used replays its checkout.
    checkout: { query: CHECKOUT, variables: async (fx) => ({ input: { idempotencyKey: (await boughtTool(fx)).idempotencyKey } }) },
    createToolReview: { query: CREATE_REVIEW, variables: async (fx) => ({ input: { toolId: (await boughtTool(fx)).toolId, rating: 4 } }) },
    updateToolReview: { query: UPDATE_REVIEW, variables: async (fx) => ({ input: { toolId: await reviewedByEveryone(fx), rating: 5 } }) },
    deleteToolReview: { query: DELETE_REVIEW, variables: async (fx) => ({ input: { toolId: await reviewedByEveryone(fx) } }) },
    cancelToolPurchase: { query: CANCEL_TOOL_PURCHASE, variables: async (fx) => ({ input: { id: await toolPurchaseId(fx) } }) },
    cancelBundlePurchase: { query: CANCEL_BUNDLE_PURCHASE, variables: async (fx) => ({ input: { id: await bundlePurchaseId(fx) } }) },
    refundToolPurchase: {
      query: REFUND_TOOL_PURCHASE,
      variables: async (fx) => ({ input: { organizationId: globalIdOf('Organization', fx.owner.orgId!), id: await toolPurchaseId(fx) } }),
    },
    refundBundlePurchase: {
      query: REFUND_BUNDLE_PURCHASE,
      variables: async (fx) => ({ input: { organizationId: globalIdOf('Organization', fx.owner.orgId!), id: await bundlePurchaseId(fx) } }),
    },
    recordToolUsage: { query: RECORD_TOOL_USAGE, variables: async (fx) => ({ input: { toolId: (await boughtTool(fx)).toolId } }) },
  },
};
