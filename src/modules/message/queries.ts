import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { ThreadKeyFilter } from './inputs.js';
import { MessageChannelEnum, MessageDirectionEnum } from './types.js';

// Every field here has an index (see model Message in prisma/schema.prisma). Subject and body
// are not searchable: they are not indexed.
export const messageFilter = defineFilter('Message', () => ({
  id: { kind: 'id', column: 'id', type: 'Message' },
  channel: { kind: 'enum', column: 'channel', filter: enumFilter(MessageChannelEnum, 'MessageChannel') },
  direction: { kind: 'enum', column: 'direction', filter: enumFilter(MessageDirectionEnum, 'MessageDirection') },
  contactId: { kind: 'id', column: 'contactId', type: 'Contact' },
  dealId: { kind: 'id', column: 'dealId', type: 'Deal' },
  leadId: { kind: 'id', column: 'leadId', type: 'Lead' },
  threadKey: { kind: 'enum', column: 'threadKey', filter: ThreadKeyFilter },
  sentAt: { kind: 'dateTime', column: 'sentAt' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
}));

export const messageOrder = defineOrderBy(
  'Message',
  { SENT_AT: ['sentAt'], CREATED_AT: ['createdAt'] },
  { field: 'SENT_AT', direction: 'DESC' },
);

defineListQuery({
  field: 'messages',
  type: 'Message',
  delegate: 'message',
  filter: messageFilter,
  order: messageOrder,
  description: 'The message history of the current organization, newest first by default.',
});

/**
 * `messages` on Contact, Deal and Lead: the record's conversation across channels, ordered by
 * sentAt (then id), newest first unless `order: ASC`. For a chat view, `order: ASC, last: 20`
 * gives the 20 newest in reading order and `before:` pages back. Served by the
 * (org_id, contact_id | deal_id | lead_id, sent_at, id) indexes.
 */
