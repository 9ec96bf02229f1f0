import { builder } from '../../schema/builder.js';
import { memberAsUser } from '../organization/types.js';
import { ContactType } from '../contact/types.js';
import { DealType } from '../deal/types.js';
import { LeadType } from '../lead/types.js';
import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { OrderDirection } from '../../schema/scalars.js';

export const MessageChannelEnum = builder.enumType('MessageChannel', {
  description: 'How a message travelled; it decides what a valid address is (see createMessage).',
  values: ['EMAIL', 'SMS', 'WHATSAPP', 'CHAT', 'OTHER'] as const,
});

export const MessageDirectionEnum = builder.enumType('MessageDirection', {
  description: 'INBOUND: received from a contact or lead; OUTBOUND: sent by a member.',
  values: ['INBOUND', 'OUTBOUND'] as const,
});

export const MessageType = builder.prismaNode('Message', {
  id: { field: 'id' },
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  description: 'One e-mail, text or chat message in the history. Messages are logged, never edited.',
  fields: (t) => ({
    channel: t.expose('channel', { type: MessageChannelEnum }),
    direction: t.expose('direction', { type: MessageDirectionEnum }),
    from: t.exposeString('fromAddress', { description: 'The sender: an e-mail address, an E.164 phone number or a chat handle.' }),
    to: t.exposeStringList('toAddresses', { description: 'The recipients (1-50), in the order given.' }),
    subject: t.exposeString('subject', { nullable: true }),
    body: t.exposeString('body', { description: 'Stored exactly as given (whitespace included).' }),
    sentAt: t.expose('sentAt', { type: 'DateTime' }),
    threadKey: t.exposeString('threadKey', {
      nullable: true,
      description: 'Groups the messages of one conversation, e.g. an e-mail thread id; filter messages by it.',
    }),
    contact: t.relation('contact', { nullable: true }),
    deal: t.relation('deal', { nullable: true }),
    lead: t.relation('lead', { nullable: true }),
    author: t.field(memberAsUser('author', 'The member who wrote an OUTBOUND message; null for INBOUND ones.')),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was logged here.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

// Exact matches only: thread keys are matched whole, and (org_id, thread_key, sent_at) is the
// index that serves them; a contains filter would scan every message of the organization.
const ThreadKeyFilter = builder.inputType('MessageThreadKeyFilter', {
  description: 'Exact thread keys (no partial matching).',
  fields: (t) => ({ equals: t.string(), in: t.stringList() }),
});

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
const conversationArgs = builder.args((t) => ({
  channel: t.field({ type: MessageChannelEnum, description: 'Only messages of this channel.' }),
  order: t.field({ type: OrderDirection, defaultValue: 'DESC', description: 'By sentAt, then id; DESC (newest first) by default.' }),
}));

const conversation = {
  cursor: 'id',
  totalCount: true,
  description: 'The conversation: messages linked to this record (not deleted), by sentAt; newest first unless order: ASC.',
  args: conversationArgs,
  query: (args: { channel?: 'EMAIL' | 'SMS' | 'WHATSAPP' | 'CHAT' | 'OTHER' | null; order?: 'ASC' | 'DESC' | null }) => {
    const direction = args.order === 'ASC' ? ('asc' as const) : ('desc' as const);
    return {
      where: { deletedAt: null, ...(args.channel ? { channel: args.channel } : {}) },
      orderBy: [{ sentAt: direction }, { id: direction }],
    };
  },
} as const;

builder.prismaObjectField(ContactType, 'messages', (t) => t.relatedConnection('messages', conversation));
builder.prismaObjectField(DealType, 'messages', (t) => t.relatedConnection('messages', conversation));
builder.prismaObjectField(LeadType, 'messages', (t) => t.relatedConnection('messages', conversation));
