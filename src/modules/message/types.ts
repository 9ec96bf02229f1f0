import { builder } from '../../schema/builder.js';
import { memberAsUser } from '../organization/types.js';
import { ContactType } from '../contact/types.js';
import { DealType } from '../deal/types.js';
import { LeadType } from '../lead/types.js';
import { OrderDirection } from '../../schema/scalars.js';
import { tenantNode } from '../../context/tenant-key.js';

export const MessageChannelEnum = builder.enumType('MessageChannel', {
  description: 'How a message travelled; it decides what a valid address is (see createMessage).',
  values: ['EMAIL', 'SMS', 'WHATSAPP', 'CHAT', 'OTHER'] as const,
});

export const MessageDirectionEnum = builder.enumType('MessageDirection', {
  description: 'INBOUND: received from a contact or lead; OUTBOUND: sent by a member.',
  values: ['INBOUND', 'OUTBOUND'] as const,
});

export const MessageType = builder.prismaNode('Message', {
  ...tenantNode,
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

const conversationArgs = builder.args((t) => ({
  channel: t.field({ type: MessageChannelEnum, description: 'Only messages of this channel.' }),
  order: t.field({ type: OrderDirection, defaultValue: 'DESC', description: 'By sentAt, then id; DESC (newest first) by default.' }),
}));

const conversation = {
  cursor: 'orgId_id',
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
