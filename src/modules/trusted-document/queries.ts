import { defineFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';

export const trustedDocumentFilter = defineFilter('TrustedDocument', () => ({
  id: { kind: 'id', column: 'id', type: 'TrustedDocument' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
}));

export const trustedDocumentOrder = defineOrderBy(
  'TrustedDocument',
  { CREATED_AT: ['createdAt'] },
  { field: 'CREATED_AT', direction: 'DESC' },
);

defineListQuery({
  field: 'trustedDocuments',
  type: 'TrustedDocument',
  delegate: 'trustedDocument',
  filter: trustedDocumentFilter,
  order: trustedDocumentOrder,
  softDelete: false,
  description: "The organization's own trusted documents (not the built-in manifest's), newest first. ADMIN and OWNER.",
});
