import type { TenantType } from '../tenant-kit.js';

/** Tenant types of the metrics module, for the isolation matrix (see tests/helpers/tenant-kit.ts). */
export const tenantTypes: TenantType[] = [];
