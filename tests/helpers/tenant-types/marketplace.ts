import { randomUUID } from 'node:crypto';
import type { Actor, TestApp } from '../app.js';
import { run, unique, type CreateEnv, type TenantType } from '../tenant-kit.js';

const CREATE_TOOL = /* GraphQL */ `
  mutation CreateTool($input: CreateMarketplaceToolInput!) {
    createMarketplaceTool(input: $input) {
      marketplaceTool {
        id
      }
    }
  }
`;
const CREATE_BUNDLE = /* GraphQL */ `
  mutation CreateBundle($input: CreateToolBundleInput!) {
    createToolBundle(input: $input) {
      toolBundle {
        id
      }
    }
  }
`;
const ADD_TO_CART = /* GraphQL */ `
  mutation AddToCart($input: CartItemInput!) {
    addToCart(input: $input) {
      shoppingCart {
        id
      }
    }
  }
`;
const CHECKOUT = /* GraphQL */ `
  mutation Checkout($input: CheckoutInput!) {
    checkout(input: $input) {
      checkout {
        id
        toolPurchases {
          id
        }
        bundlePurchases {
          id
        }
      }
    }
  }
`;
const CREATE_REVIEW = /* GraphQL */ `
  mutation CreateReview($input: CreateToolReviewInput!) {
    createToolReview(input: $input) {
      toolReview {
        id
      }
    }
  }
`;

/** The catalog is shared: one platform administrator per test app writes it. */
const catalogAdmins = new WeakMap<TestApp, Promise<Actor>>();
function catalogAdmin(app: TestApp) {
  if (!catalogAdmins.has(app)) catalogAdmins.set(app, app.platformAdmin('isolation-catalog-admin'));
  return catalogAdmins.get(app)!;
}

async function createTool(app: TestApp): Promise<string> {
  const slug = `isolation-${randomUUID()}`;
  const data = await run(await catalogAdmin(app), CREATE_TOOL, {
    input: { slug, name: unique('Tool'), category: 'CUSTOM', tier: 'T2' },
  });
  return data.createMarketplaceTool.marketplaceTool.id;
}

/**
 * Buys a fresh tool (or a bundle of two) for the organization. The org's ADMIN checks out, so
 * the acting owner's cart (the ShoppingCart record) is left alone.
 */
async function buy(env: CreateEnv, kind: 'tool' | 'bundle') {
  let input: Record<string, string>;
  if (kind === 'tool') input = { toolId: await createTool(env.app) };
  else {
    const data = await run(await catalogAdmin(env.app), CREATE_BUNDLE, {
      input: {
        slug: `isolation-bundle-${randomUUID()}`,
        name: unique('Bundle'),
        type: 'GROWTH_PACK',
        bundlePrice: '50.00',
        toolIds: [await createTool(env.app), await createTool(env.app)],
      },
    });
    input = { bundleId: data.createToolBundle.toolBundle.id };
  }
  await run(env.org.admin, ADD_TO_CART, { input });
  const data = await run(env.org.admin, CHECKOUT, { input: { idempotencyKey: randomUUID() } });
  return { ...data.checkout.checkout, toolId: input.toolId } as {
    id: string;
    toolPurchases: { id: string }[];
    bundlePurchases: { id: string }[];
    toolId?: string;
  };
}

/** Tenant types of the marketplace module, for the isolation matrix (see tests/helpers/tenant-kit.ts). */
export const tenantTypes: TenantType[] = [
  {
    typename: 'ToolPurchase',
    table: 'tool_purchases',
    rootList: 'toolPurchases',
    filterable: true,
    softDelete: false,
    // No `tool { id }`: catalog tools belong to no organization.
    selection:
      'id purchasedBy { id } checkout { id user { id } } bundlePurchase { id } reviews(first: 10) { totalCount edges { node { id reviewer { id } } } }',
    nestedTypes: ['ToolPurchase', 'User', 'Checkout'],
    create: async (_actor, env) => (await buy(env, 'tool')).toolPurchases[0]!.id,
    // Purchases are never edited nor removed through the API (and the app role cannot delete them).
    references: [],
  },
  {
    typename: 'BundlePurchase',
    table: 'bundle_purchases',
    rootList: 'bundlePurchases',
    filterable: true,
    softDelete: false,
    selection: 'id purchasedBy { id } checkout { id } toolPurchases { id bundlePurchase { id } purchasedBy { id } }',
    nestedTypes: ['BundlePurchase', 'User', 'Checkout', 'ToolPurchase'],
    create: async (_actor, env) => (await buy(env, 'bundle')).bundlePurchases[0]!.id,
    references: [],
  },
  {
    typename: 'Checkout',
    table: 'checkouts',
    filterable: false,
    softDelete: false,
    selection: 'id user { id } toolPurchases { id checkout { id } } bundlePurchases { id }',
    nestedTypes: ['Checkout', 'User', 'ToolPurchase'],
    create: async (_actor, env) => (await buy(env, 'tool')).id,
    references: [],
  },
  {
    typename: 'ToolReview',
    table: 'tool_reviews',
    rootList: 'toolReviews',
    filterable: true,
    softDelete: true,
    selection: 'id reviewer { id } purchase { id checkout { id } purchasedBy { id } }',
    nestedTypes: ['ToolReview', 'User', 'ToolPurchase', 'Checkout'],
    create: async (actor, env) => {
      const { toolId } = await buy(env, 'tool');
      const data = await run(actor, CREATE_REVIEW, { input: { toolId, rating: 4, title: unique('Review') } });
      return data.createToolReview.toolReview.id;
    },
    update: { field: 'updateToolReview', inputType: 'UpdateToolReviewInput', input: (id) => ({ id, rating: 2 }) },
    remove: { field: 'deleteToolReview', inputType: 'DeleteToolReviewInput', input: (id) => ({ id }) },
    references: [],
  },
  {
    typename: 'ShoppingCart',
    table: 'shopping_carts',
    filterable: false,
    softDelete: false,
    privateToUser: true,
    childTables: ['shopping_cart_items'],
    selection: 'id user { id } items { addedAt }',
    nestedTypes: ['ShoppingCart', 'User'],
    // The acting member's one cart, holding one item.
    create: async (actor, env) =>
      (await run(actor, ADD_TO_CART, { input: { toolId: await createTool(env.app) } })).addToCart.shoppingCart.id,
    references: [],
  },
];
