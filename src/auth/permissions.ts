/**
 * The role matrix: the single source that the root-field guard (auth/authorize.ts), the README
 * table and the role-matrix tests all read. Each module declares its slice in its own
 * permissions.ts (definePermissions below); every root field must be listed, and a field missing
 * from the matrix is denied.
 */
export const ROLES = ['VIEWER', 'MEMBER', 'ADMIN', 'OWNER'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_RANK: Record<Role, number> = { VIEWER: 1, MEMBER: 2, ADMIN: 3, OWNER: 4 };

export function roleAtLeast(role: Role | null | undefined, minimum: Role): boolean {
  return role != null && ROLE_RANK[role] >= ROLE_RANK[minimum];
}

/**
 * What an operation needs. `signedIn`: any authenticated user or API key, no organization header.
 * `person`: signed in with a token, not an API key (joining or creating organizations).
 * `platformAdmin`: a user whose users.is_platform_admin flag is set (by `npm run
 * platform-admin`, never by a tenant role); no organization header needed. The others need the X-Organization-Id header, a membership, and at least the role given in
 * MINIMUM_ROLE.
 */
export type Permission =
  | 'signedIn'
  | 'person'
  | 'platformAdmin'
  | 'read'
  | 'write'
  | 'delete'
  | 'managePipelines'
  | 'manageMembers'
  | 'manageApiKeys'
  | 'manageTrustedDocuments'
  | 'manageAutomations'
  | 'manageWebhooks'
  | 'manageCustomFields'
  | 'refreshMetrics'
  | 'readAuditLog'
  | 'purchase'
  | 'manageBranding'
  | 'manageOrganization';

/** Permissions that are not about a role in an organization. */
export type GlobalPermission = 'signedIn' | 'person' | 'platformAdmin';
export type OrganizationPermission = Exclude<Permission, GlobalPermission>;
export const isGlobalPermission = (permission: Permission): permission is GlobalPermission =>
  permission === 'signedIn' || permission === 'person' || permission === 'platformAdmin';

export const MINIMUM_ROLE: Record<OrganizationPermission, Role> = {
  read: 'VIEWER',
  write: 'MEMBER',
  delete: 'ADMIN',
  managePipelines: 'ADMIN',
  manageMembers: 'ADMIN',
  manageApiKeys: 'ADMIN',
  manageTrustedDocuments: 'ADMIN',
  manageAutomations: 'ADMIN',
  // Endpoints receive the organization's events (and the URLs may carry partners' tokens).
  manageWebhooks: 'ADMIN',
  // Definitions change what every member may write on five entities, and purging deletes data.
  manageCustomFields: 'ADMIN',
  refreshMetrics: 'ADMIN',
  readAuditLog: 'ADMIN',
  // Buying spends the organization's money: the cart and checkout are for ADMIN and OWNER.
  purchase: 'ADMIN',
  // The organization's logo, shown publicly (/public/images).
  manageBranding: 'ADMIN',
  manageOrganization: 'OWNER',
};

/**
 * One module's slice of the role matrix: the permission of each of its root fields and, under
 * `nodeRead`, what it takes to read a record of one of its node types wherever it is loaded by
 * its global id (`node`, `nodes`, and the fields that resolve a stored reference:
 * AuditEntry.record, Notification.subject) when that is more than `read` because the type's own
 * list needs more. A record the caller may not read answers null, like a missing one. Fields that
 * return such records in another context keep their own rule (a record's `history` shows its
 * audit entries to whoever can read the record). roles.test.ts fails when a root field stricter
 * than `read` returns a node type that is not listed at least as strictly.
 */
export interface PermissionSlice {
  Query?: Readonly<Record<string, Permission>>;
  Mutation?: Readonly<Record<string, Permission>>;
  /** Checked when the subscription starts and again before every event it delivers. */
  Subscription?: Readonly<Record<string, Permission>>;
  nodeRead?: Readonly<Record<string, OrganizationPermission>>;
}

const operationPermissions = {
  Query: {} as Record<string, Permission>,
  Mutation: {} as Record<string, Permission>,
  Subscription: {} as Record<string, Permission>,
};
const nodeReadPermissions: Record<string, OrganizationPermission> = {};

/** The whole matrix, assembled from the slices of the modules src/modules/index.ts loads. */
export const OPERATION_PERMISSIONS: {
  readonly Query: Readonly<Record<string, Permission>>;
  readonly Mutation: Readonly<Record<string, Permission>>;
  readonly Subscription: Readonly<Record<string, Permission>>;
} = operationPermissions;
export const NODE_READ_PERMISSIONS: Readonly<Record<string, OrganizationPermission>> = nodeReadPermissions;

/**
 * Adds a module's slice to the matrix when the module is loaded, the way its types join the
 * schema builder. A field or type that two slices name is a mistake that would make the matrix
 * depend on load order: refused.
 */
export function definePermissions<const Slice extends PermissionSlice>(slice: Slice): Slice {
  for (const root of ['Query', 'Mutation', 'Subscription'] as const) {
    for (const [field, permission] of Object.entries(slice[root] ?? {})) {
      if (Object.hasOwn(operationPermissions[root], field)) throw new Error(`${root}.${field} is in the role matrix twice`);
      operationPermissions[root][field] = permission;
    }
  }
  for (const [typename, permission] of Object.entries(slice.nodeRead ?? {})) {
    if (Object.hasOwn(nodeReadPermissions, typename)) throw new Error(`the read rule of ${typename} is defined twice`);
    nodeReadPermissions[typename] = permission;
  }
  return slice;
}

export function mayReadNode(role: Role | null | undefined, typename: string): boolean {
  return roleAtLeast(role, MINIMUM_ROLE[nodeReadPermissions[typename] ?? 'read']);
}

/** The four root fields of a soft-deletable resource: create and update need write, delete and restore need delete. */
export const crud = <Type extends string>(type: Type) =>
  ({
    [`create${type}`]: 'write',
    [`update${type}`]: 'write',
    [`delete${type}`]: 'delete',
    [`restore${type}`]: 'delete',
  }) as const satisfies Record<string, Permission>;
