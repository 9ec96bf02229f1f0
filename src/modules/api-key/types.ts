import { builder } from '../../schema/builder.js';
import { MembershipRoleEnum } from '../organization/types.js';
import { tenantNode } from '../../context/tenant-key.js';

export const ApiKeyType = builder.prismaNode('ApiKey', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  select: { id: true },
  description:
    'A credential for partner integrations, bound to this organization: send `Authorization: Bearer <secret>` and no ' +
    'X-Organization-Id. It acts with its role under the same rules as a member. The secret is shown once, by createApiKey ' +
    'and rotateApiKey; only its prefix is kept readable.',
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.field({
      type: MembershipRoleEnum,
      description: 'The role the key acts with (from its membership; never OWNER).',
      select: { member: { select: { role: true } } },
      resolve: (key) => key.member.role,
    }),
    prefix: t.exposeString('prefix', { description: 'The first characters of the secret, to tell keys apart (cf_ and 8 more).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a request last used the key; written in batches, so up to API_KEY_LAST_USED_FLUSH_MS behind.',
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});
