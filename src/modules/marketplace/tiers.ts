import { Prisma, type ToolTier } from '../../generated/prisma/client.js';

/**
 * A tool's tier fixes its price (document 003): the API derives the price from the tier and the
 * row rule marketplace_tools_tier_price (sql/20_tenant_tables.sql) refuses any other, whoever
 * writes the row. Tier prices are in USD, the catalog's one currency.
 */
export const TIER_PRICES: Record<ToolTier, number> = { T1: 100, T2: 200, T3: 300 };
export const CATALOG_CURRENCY = 'USD';

export const tierPrice = (tier: ToolTier) => new Prisma.Decimal(TIER_PRICES[tier]);
