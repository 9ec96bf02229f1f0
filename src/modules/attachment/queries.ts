import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { AttachmentStatusEnum } from './types.js';

const AttachmentStatusFilter = enumFilter(AttachmentStatusEnum, 'AttachmentStatus');

export const attachmentFilter = defineFilter('Attachment', () => ({
  id: { kind: 'id', column: 'id', type: 'Attachment' },
  fileName: { kind: 'string', column: 'fileName' },
  contentType: { kind: 'string', column: 'contentType' },
  status: { kind: 'enum', column: 'status', filter: AttachmentStatusFilter },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
  contactId: { kind: 'id', column: 'contactId', type: 'Contact' },
  companyId: { kind: 'id', column: 'companyId', type: 'Company' },
  dealId: { kind: 'id', column: 'dealId', type: 'Deal' },
  leadId: { kind: 'id', column: 'leadId', type: 'Lead' },
  listingId: { kind: 'id', column: 'listingId', type: 'Listing' },
}));

export const attachmentOrder = defineOrderBy(
  'Attachment',
  { CREATED_AT: ['createdAt'], FILE_NAME: ['fileName'] },
  { field: 'CREATED_AT', direction: 'DESC' },
);

defineListQuery({
  field: 'attachments',
  type: 'Attachment',
  delegate: 'attachment',
  filter: attachmentFilter,
  order: attachmentOrder,
  description: 'Files on the records of the current organization, newest first by default.',
});
