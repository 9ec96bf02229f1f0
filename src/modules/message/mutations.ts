import { builder } from '../../schema/builder.js';
import type { Context } from '../../context/index.js';
import { badInput } from '../../schema/errors.js';
import { parseOptionalGlobalId } from '../../schema/global-ids.js';
import { defineSoftDeleteMutations, payloadType } from '../../schema/resource.js';
import { defined, text } from '../../schema/validation-legacy.js';
import { messageAddress, messageRecipients, type MessageChannel } from './addresses.js';
import { MessageChannelEnum, MessageDirectionEnum, MessageType } from './types.js';

const MAX_BODY = 100_000;
/** Clocks drift: a sentAt this far ahead of the server's clock is still accepted. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

interface CreateMessageFields {
  channel: MessageChannel;
  direction: 'INBOUND' | 'OUTBOUND';
  from: string;
  to: readonly string[];
  subject?: string | null;
  body: string;
  sentAt?: Date | null;
  threadKey?: string | null;
  contactId?: string | number | null;
  dealId?: string | number | null;
  leadId?: string | number | null;
  authorId?: string | number | null;
}

function messageBody(body: string) {
  // Kept as given: leading indentation and line breaks are part of a message.
  if (body.trim().length === 0) throw badInput('body cannot be empty', 'body');
  if (body.length > MAX_BODY) throw badInput(`body must be at most ${MAX_BODY} characters`, 'body');
  return body;
}

function sentAt(value: Date | null | undefined) {
  if (value === undefined || value === null) return new Date();
  if (value.getTime() > Date.now() + FUTURE_TOLERANCE_MS) throw badInput('sentAt cannot be in the future: messages are a history', 'sentAt');
  return value;
}

/** The author: given for OUTBOUND (default: the signed-in user); INBOUND messages come from outside. */
function authorId(ctx: Context, input: CreateMessageFields) {
  const given = parseOptionalGlobalId(input.authorId, 'User', 'authorId');
  if (input.direction === 'INBOUND') {
    if (given) throw badInput('authorId is for OUTBOUND messages; an INBOUND message is written by the contact or lead', 'authorId');
    return null;
  }
  return given ?? ctx.viewer!.userId;
}

export function messageData(ctx: Context, input: CreateMessageFields) {
  return defined({
    channel: input.channel,
    direction: input.direction,
    fromAddress: messageAddress(input.channel, input.from, 'from'),
    toAddresses: messageRecipients(input.channel, input.to),
    subject: text(input.subject, 'subject', { max: 998, nullable: true }),
    body: messageBody(input.body),
    sentAt: sentAt(input.sentAt),
    threadKey: text(input.threadKey, 'threadKey', { max: 500, nullable: true }),
    contactId: parseOptionalGlobalId(input.contactId, 'Contact', 'contactId'),
    dealId: parseOptionalGlobalId(input.dealId, 'Deal', 'dealId'),
    leadId: parseOptionalGlobalId(input.leadId, 'Lead', 'leadId'),
    authorId: authorId(ctx, input),
  });
}

const CreateMessageInput = builder.inputType('CreateMessageInput', {
  description: 'One message to add to the history.',
  fields: (t) => ({
    channel: t.field({ type: MessageChannelEnum, required: true }),
    direction: t.field({ type: MessageDirectionEnum, required: true }),
    from: t.string({
      required: true,
      description: 'EMAIL: an e-mail address; SMS: an E.164 number (+14155550123) or a short code; WHATSAPP: an E.164 number; CHAT/OTHER: any handle.',
    }),
    to: t.stringList({ required: true, description: '1-50 recipients, each valid for the channel like `from`; duplicates are dropped.' }),
    subject: t.string({ description: 'Mostly for e-mail; at most 998 characters.' }),
    body: t.string({ required: true, description: `Up to ${MAX_BODY} characters, stored as given.` }),
    sentAt: t.field({ type: 'DateTime', description: 'Defaults to now; not in the future.' }),
    threadKey: t.string({ description: 'Groups a conversation, e.g. an e-mail thread id (at most 500 characters).' }),
    contactId: t.id(),
    dealId: t.id(),
    leadId: t.id(),
    authorId: t.id({ description: 'A User who is a member; OUTBOUND only, defaults to the signed-in user.' }),
  }),
});

const MessagePayload = payloadType('MessagePayload', MessageType, 'message');

builder.mutationField('createMessage', (t) =>
  t.field({
    type: MessagePayload,
    description: 'Logs one message. Addresses are checked and normalized per channel; messages are never edited afterwards.',
    args: { input: t.arg({ type: CreateMessageInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      message: await ctx.prisma.message.create({ data: { ...messageData(ctx, input as CreateMessageFields), orgId: ctx.orgId! } as never }),
    }),
  }),
);

defineSoftDeleteMutations({ type: 'Message', ref: MessageType, delegate: 'message', field: 'message' });
