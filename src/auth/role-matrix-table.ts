import { MINIMUM_ROLE, NODE_READ_PERMISSIONS, OPERATION_PERMISSIONS, ROLES, roleAtLeast, type Permission } from './permissions.js';

const DESCRIPTIONS: Record<Permission, string> = {
  signedIn: 'any signed-in user or API key, no organization header',
  person: 'a signed-in person (not an API key), no organization header',
  platformAdmin: 'platform staff only (users.is_platform_admin, set by `npm run platform-admin`); no tenant role grants it',
  read: 'read CRM data of the organization',
  write: 'create and update CRM records, convert leads, move deals',
  delete: 'soft-delete and restore CRM records',
  managePipelines: 'create, change and archive pipelines and stages',
  manageMembers: 'invite members, see and revoke invitations, change roles, remove members (OWNER role: owners only)',
  manageApiKeys: 'create, list, rotate and revoke API keys (people only: a key cannot manage keys)',
  manageTrustedDocuments: "register, list and remove the organization's trusted documents for its API keys (people only)",
  manageAutomations: 'create, change, disable and delete automations',
  manageWebhooks: 'register, change, rotate and delete webhook endpoints; read the delivery log and redeliver',
  manageCustomFields: "define, change and delete custom fields; purge a deleted field's values",
  refreshMetrics: 'recompute daily metrics for a range of days',
  readAuditLog: "read the organization's audit log",
  purchase: "fill a cart and buy marketplace tools with the organization's money",
  manageBranding: "upload and set or clear the organization's logo (served publicly at /public/images)",
  manageOrganization: 'rename, hand over (transferOwnership) or delete the organization',
};

/** The README's role matrix, rendered from OPERATION_PERMISSIONS (a test keeps them equal). */
export function renderRoleMatrix(): string {
  const permissions = Object.keys(DESCRIPTIONS) as Permission[];
  const header = `| Permission | ${ROLES.join(' | ')} | Operations |`;
  const divider = `|---|${ROLES.map(() => ':-:').join('|')}|---|`;
  const rows = permissions.map((permission) => {
    const cells = ROLES.map((role) =>
      permission === 'signedIn' || permission === 'person'
        ? '✓'
        : permission === 'platformAdmin'
          ? '—'
          : roleAtLeast(role, MINIMUM_ROLE[permission])
            ? '✓'
            : '—',
    );
    const fields = (['Query', 'Mutation', 'Subscription'] as const).flatMap((root) =>
      Object.entries(OPERATION_PERMISSIONS[root])
        .filter(([, needed]) => needed === permission)
        .map(([field]) => `\`${field}\``),
    );
    // node/nodes apply each type's own read rule (NODE_READ_PERMISSIONS).
    const nodeTypes = Object.entries(NODE_READ_PERMISSIONS)
      .filter(([, needed]) => needed === permission)
      .map(([typename]) => `\`${typename}\``);
    if (nodeTypes.length > 0) fields.push(`\`node\`/\`nodes\` of ${nodeTypes.join(', ')}`);
    return `| **${permission}** — ${DESCRIPTIONS[permission]} | ${cells.join(' | ')} | ${fields.join(', ')} |`;
  });
  return [header, divider, ...rows].join('\n');
}
