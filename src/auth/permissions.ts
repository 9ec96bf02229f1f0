/**
 * The role matrix: the single source that the root-field guard (auth/authorize.ts), the README
 * table and the role-matrix tests all read. Every root field must be listed; a field missing
 * here is denied.
 */
export const ROLES = ['VIEWER', 'MEMBER', 'ADMIN', 'OWNER'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_RANK: Record<Role, number> = { VIEWER: 1, MEMBER: 2, ADMIN: 3, OWNER: 4 };

export function roleAtLeast(role: Role | null | undefined, minimum: Role): boolean {
  return role != null && ROLE_RANK[role] >= ROLE_RANK[minimum];
}

/**
 * What an operation needs. `signedIn`: any authenticated user, no organization header.
 * `platformAdmin`: a user whose users.is_platform_admin flag is set (by `npm run
 * platform-admin`, never by a tenant role); no organization header needed. The others need the X-Organization-Id header, a membership, and at least the role given in
 * MINIMUM_ROLE.
 */
export type Permission =
  | 'signedIn'
  | 'platformAdmin'
  | 'read'
  | 'write'
  | 'delete'
  | 'managePipelines'
  | 'manageMembers'
  | 'manageAutomations'
  | 'refreshMetrics'
  | 'readAuditLog'
  | 'purchase'
  | 'manageOrganization';

/** Permissions that are not about a role in an organization. */
export type GlobalPermission = 'signedIn' | 'platformAdmin';
export type OrganizationPermission = Exclude<Permission, GlobalPermission>;

export const MINIMUM_ROLE: Record<OrganizationPermission, Role> = {
  read: 'VIEWER',
  write: 'MEMBER',
  delete: 'ADMIN',
  managePipelines: 'ADMIN',
  manageMembers: 'ADMIN',
  manageAutomations: 'ADMIN',
  refreshMetrics: 'ADMIN',
  readAuditLog: 'ADMIN',
  // Buying spends the organization's money: the cart and checkout are for ADMIN and OWNER.
  purchase: 'ADMIN',
  manageOrganization: 'OWNER',
};

/**
 * What it takes to read a record of a node type wherever it is loaded by its global id
 * (`node`, `nodes`, and the fields that resolve a stored reference: AuditEntry.record,
 * Notification.subject): `read`, unless its type is listed here because its own list needs more.
 * A record the caller may not read answers null, like a missing one. Fields that return such
 * records in another context keep their own rule (a record's `history` shows its audit entries
 * to whoever can read the record). roles.test.ts fails when a root field stricter than `read`
 * returns a node type that is not listed at least as strictly.
 */
export const NODE_READ_PERMISSIONS: Readonly<Record<string, OrganizationPermission>> = {
  AuditEntry: 'readAuditLog',
  Invitation: 'manageMembers',
  ShoppingCart: 'purchase',
};

export function mayReadNode(role: Role | null | undefined, typename: string): boolean {
  return roleAtLeast(role, MINIMUM_ROLE[NODE_READ_PERMISSIONS[typename] ?? 'read']);
}

const crud = (type: string) => ({
  [`create${type}`]: 'write',
  [`update${type}`]: 'write',
  [`delete${type}`]: 'delete',
  [`restore${type}`]: 'delete',
}) as Record<string, Permission>;

export const OPERATION_PERMISSIONS: { Query: Record<string, Permission>; Mutation: Record<string, Permission> } = {
  Query: {
    me: 'signedIn',
    organizations: 'signedIn',
    organization: 'read',
    invitations: 'manageMembers',
    node: 'read',
    nodes: 'read',
    members: 'read',
    companies: 'read',
    contacts: 'read',
    leads: 'read',
    pipelines: 'read',
    deals: 'read',
    activities: 'read',
    listings: 'read',
    appointments: 'read',
    upcomingAppointments: 'read',
    messages: 'read',
    automations: 'read',
    metrics: 'read',
    dashboard: 'read',
    notifications: 'read',
    unreadNotificationCount: 'read',
    marketplaceTools: 'signedIn',
    toolBundles: 'signedIn',
    toolPurchases: 'read',
    bundlePurchases: 'read',
    toolReviews: 'read',
    shoppingCart: 'purchase',
    attachments: 'read',
    search: 'read',
    auditLog: 'readAuditLog',
  },
  Mutation: {
    createOrganization: 'signedIn',
    updateOrganization: 'manageOrganization',
    // Inviting, re-roling or removing an OWNER additionally needs OWNER (checked in the service).
    inviteMember: 'manageMembers',
    revokeInvitation: 'manageMembers',
    // The invitee is not a member yet: the invitation (addressed to their verified e-mail) is the grant.
    acceptInvitation: 'signedIn',
    changeMemberRole: 'manageMembers',
    removeMember: 'manageMembers',
    ...crud('Company'),
    ...crud('Contact'),
    ...crud('Lead'),
    ...crud('Deal'),
    ...crud('Activity'),
    convertLead: 'write',
    moveDealStage: 'write',
    createPipeline: 'managePipelines',
    updatePipeline: 'managePipelines',
    deletePipeline: 'managePipelines',
    restorePipeline: 'managePipelines',
    createPipelineStage: 'managePipelines',
    updatePipelineStage: 'managePipelines',
    deletePipelineStage: 'managePipelines',
    ...crud('Listing'),
    ...crud('Appointment'),
    // Messages are a history: logged, deleted and restored, not edited.
    createMessage: 'write',
    deleteMessage: 'delete',
    restoreMessage: 'delete',
    createAutomation: 'manageAutomations',
    updateAutomation: 'manageAutomations',
    deleteAutomation: 'manageAutomations',
    restoreAutomation: 'manageAutomations',
    refreshMetrics: 'refreshMetrics',
    // Notifications are private to their user (RLS); any member may mark their own.
    markNotificationRead: 'read',
    markAllNotificationsRead: 'read',
    createMarketplaceTool: 'platformAdmin',
    updateMarketplaceTool: 'platformAdmin',
    createToolBundle: 'platformAdmin',
    updateToolBundle: 'platformAdmin',
    addToCart: 'purchase',
    removeFromCart: 'purchase',
    checkout: 'purchase',
    // A review is by one member; deleting someone else's needs ADMIN (checked in the service).
    createToolReview: 'write',
    updateToolReview: 'write',
    deleteToolReview: 'write',
    createAttachmentUpload: 'write',
    deleteAttachment: 'delete',
    restoreAttachment: 'delete',
  },
};
