/**
 * The role matrix: the single source that the shield rules (auth/shield.ts), the README table
 * and the role-matrix tests all read. Every root field must be listed; a field missing here
 * is denied by the shield's fallback rule.
 */
export const ROLES = ['VIEWER', 'MEMBER', 'ADMIN', 'OWNER'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_RANK: Record<Role, number> = { VIEWER: 1, MEMBER: 2, ADMIN: 3, OWNER: 4 };

export function roleAtLeast(role: Role | null | undefined, minimum: Role): boolean {
  return role != null && ROLE_RANK[role] >= ROLE_RANK[minimum];
}

/**
 * What an operation needs. `signedIn`: any authenticated user, no organization header.
 * The others need the X-Organization-Id header, a membership, and at least the role given in
 * MINIMUM_ROLE.
 */
export type Permission = 'signedIn' | 'read' | 'write' | 'delete' | 'managePipelines' | 'manageMembers' | 'manageOrganization';

export const MINIMUM_ROLE: Record<Exclude<Permission, 'signedIn'>, Role> = {
  read: 'VIEWER',
  write: 'MEMBER',
  delete: 'ADMIN',
  managePipelines: 'ADMIN',
  manageMembers: 'ADMIN',
  manageOrganization: 'OWNER',
};

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
    node: 'read',
    nodes: 'read',
    members: 'read',
    companies: 'read',
    contacts: 'read',
    leads: 'read',
    pipelines: 'read',
    deals: 'read',
    activities: 'read',
  },
  Mutation: {
    createOrganization: 'signedIn',
    updateOrganization: 'manageOrganization',
    // Adding, re-roling or removing an OWNER additionally needs OWNER (checked in the service).
    addMember: 'manageMembers',
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
  },
};
