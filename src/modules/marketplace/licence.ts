/**
 * Licence lengths (README "Marketplace lifecycle", "Licence lengths"): a catalog tool or bundle
 * may have licenceDays; checkout sets each new purchase's expiresAt from it, and the access rule
 * (access.ts) and the hourly expiry job take over from there.
 */

/**
 * The longest licence a catalog item may have: ten years. Anything longer is sold as perpetual
 * (null). The row rules marketplace_tools_licence_days and tool_bundles_licence_days
 * (sql/20_tenant_tables.sql) hold the same bounds for any writer.
 */
export const MAX_LICENCE_DAYS = 3650;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a licence of `licenceDays` whole days of 24 h bought at `purchasedAt` ends; null (perpetual) without a length. */
export function licenceEnd(purchasedAt: Date, licenceDays: number | null): Date | null {
  return licenceDays === null ? null : new Date(purchasedAt.getTime() + licenceDays * DAY_MS);
}
