// The marketplace module: its role-matrix slice, types, queries and mutations. Loaded once by src/modules/index.ts.
import './permissions.js';
import './types.js';
import './queries.js';
import './mutations.js';

export { BundlePurchaseType, CheckoutType, MarketplaceToolType, ToolBundleType, ToolPurchaseType, ToolReviewType } from './types.js';
