// The marketplace module: its types, queries and mutations. Imported once by src/schema/index.ts.
import './types.js';
import './mutations.js';

export { BundlePurchaseType, CheckoutType, MarketplaceToolType, ToolBundleType, ToolPurchaseType, ToolReviewType } from './types.js';
