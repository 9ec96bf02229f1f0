import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (the marketplace: the catalog, the cart, purchases and reviews); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    marketplaceTools: 'signedIn',
    toolBundles: 'signedIn',
    toolPurchases: 'read',
    bundlePurchases: 'read',
    toolReviews: 'read',
    shoppingCart: 'purchase',
  },
  Mutation: {
    createMarketplaceTool: 'platformAdmin',
    updateMarketplaceTool: 'platformAdmin',
    createToolBundle: 'platformAdmin',
    updateToolBundle: 'platformAdmin',
    addToCart: 'purchase',
    removeFromCart: 'purchase',
    checkout: 'purchase',
    // The purchase lifecycle (README "Marketplace"): cancelling is the organization's ADMIN's,
    // refunds a platform administrator's (app.refund_purchase checks the flag again).
    cancelToolPurchase: 'purchase',
    cancelBundlePurchase: 'purchase',
    refundToolPurchase: 'platformAdmin',
    refundBundlePurchase: 'platformAdmin',
    recordToolUsage: 'write',
    // A review is by one member; deleting someone else's needs ADMIN (checked in the service).
    createToolReview: 'write',
    updateToolReview: 'write',
    deleteToolReview: 'write',
  },
  nodeRead: {
    ShoppingCart: 'purchase',
  },
});
