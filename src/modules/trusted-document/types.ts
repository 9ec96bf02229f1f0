import { builder } from '../../schema/builder.js';
import { tenantNode } from '../../context/tenant-key.js';

export const TrustedDocumentType = builder.prismaNode('TrustedDocument', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  select: { id: true },
  description:
    "A GraphQL document this organization's API keys may run by `documentId`, beside the built-in manifest " +
    '(README "Trusted documents"). Registered by an ADMIN with registerTrustedDocuments.',
  fields: (t) => ({
    documentId: t.string({
      description: 'What a request sends as `documentId`: "sha256:" and the hex SHA-256 of `body` (UTF-8).',
      select: { sha256: true },
      resolve: (document) => `sha256:${document.sha256}`,
    }),
    body: t.exposeString('body', { description: 'The document, exactly as registered.' }),
    operationNames: t.exposeStringList('operationNames', {
      description: 'Its operations, in order (send one as operationName when there are several).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
