import type { Context } from '../context/index.js';
import { forbidden, unauthenticated } from '../schema/errors.js';
import { MINIMUM_ROLE, OPERATION_PERMISSIONS, roleAtLeast, type Permission } from './permissions.js';

/**
 * The role matrix applied to one root field: what `permission` needs of the request, checked in
 * order so the error names the first missing piece. Each check is one thing; a field missing
 * from the matrix is denied.
 *
 * Ours rather than graphql-shield's: shield 7.6.5 (the latest) imports util.isUndefined, which
 * Node 23 removed, so the API did not start on Node 24 LTS; and we already wrap exactly the
 * root fields (context/tenant-door.ts) — shield's per-field middleware on other types cost more
 * than the checks themselves (bench/README.md), so it only ever guarded root fields here.
 */
export function authorize(ctx: Context, permission: Permission | undefined): void {
  if (permission === undefined) throw forbidden('This field is not in the role matrix');
  if (!ctx.viewer) throw unauthenticated();
  if (permission === 'signedIn') return;
  if (permission === 'person') {
    // A key acts inside its own organization; joining or founding organizations is for people.
    if (ctx.viewer.apiKeyId) throw forbidden('API keys cannot do this; sign in as a person');
    return;
  }
  if (permission === 'platformAdmin') {
    // The flag comes from the users row (app.begin_request), never from the token.
    if (!ctx.viewer.isPlatformAdmin) throw forbidden('Only platform administrators may do this');
    return;
  }
  if (!ctx.orgId) throw forbidden('This field needs the X-Organization-Id header naming an organization you belong to');
  const minimum = MINIMUM_ROLE[permission];
  if (!roleAtLeast(ctx.role, minimum)) throw forbidden(`Requires the ${minimum} role or higher`);
}

/** The permission of a root field, or undefined when the matrix does not list it (denied). */
export function permissionOf(rootType: 'Query' | 'Mutation' | 'Subscription', field: string): Permission | undefined {
  const permissions: Record<string, Permission> = OPERATION_PERMISSIONS[rootType];
  return Object.hasOwn(permissions, field) ? permissions[field] : undefined;
}
