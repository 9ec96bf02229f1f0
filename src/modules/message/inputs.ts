import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { clearable, given, globalId, optionalText } from '../../schema/validation.js';
import { MAX_RECIPIENTS, messageAddress, type MessageChannel } from './addresses.js';
import { MessageChannelEnum, MessageDirectionEnum } from './types.js';

export const MAX_BODY = 100_000;
/** Clocks drift: a sentAt this far ahead of the server's clock is still accepted. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export const CreateMessageInput = builder.inputType('CreateMessageInput', {
  description: 'One message to add to the history.',
  fields: (t) => ({
    channel: t.field({ type: MessageChannelEnum, required: true }),
    direction: t.field({ type: MessageDirectionEnum, required: true }),
    from: t.string({
      required: true,
      description:
        'EMAIL: an e-mail address; SMS: an E.164 number (+14155550123) or a short code; WHATSAPP: an E.164 number; CHAT/OTHER: any handle.',
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

// Kept as given: leading indentation and line breaks are part of a message.
const body = z.string().superRefine((value, ctx) => {
  if (value.trim().length === 0) ctx.addIssue({ code: 'custom', message: '{field} cannot be empty' });
  else if (value.length > MAX_BODY) ctx.addIssue({ code: 'custom', message: `{field} must be at most ${MAX_BODY} characters` });
});

/** Defaults to now; a little ahead of the server's clock is accepted, more is refused. */
const sentAt = clearable(given<Date>()).transform((value, ctx) => {
  if (!value) return new Date();
  if (value.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
    ctx.addIssue({ code: 'custom', message: '{field} cannot be in the future: messages are a history' });
    return z.NEVER;
  }
  return value;
});

const recipients = z.array(z.string()).superRefine((values, ctx) => {
  if (values.length === 0) ctx.addIssue({ code: 'custom', message: '{field} needs at least one recipient' });
  else if (values.length > MAX_RECIPIENTS) ctx.addIssue({ code: 'custom', message: `{field}: at most ${MAX_RECIPIENTS} recipients` });
});

export const createMessageSchema = z
  .object({
    channel: given<MessageChannel>(),
    direction: given<typeof MessageDirectionEnum.$inferInput>(),
    from: z.string(),
    to: recipients,
    subject: optionalText(998),
    body,
    sentAt,
    threadKey: optionalText(500),
    contactId: clearable(globalId('Contact')),
    dealId: clearable(globalId('Deal')),
    leadId: clearable(globalId('Lead')),
    authorId: clearable(globalId('User')),
  })
  // Addresses are checked for their channel; INBOUND messages are written by the contact or lead.
  .transform(({ from, to, ...message }, ctx) => {
    const fromAddress = messageAddress(message.channel, from);
    if ('problem' in fromAddress) {
      ctx.addIssue({ code: 'custom', message: fromAddress.problem, path: ['from'] });
      return z.NEVER;
    }
    const toAddresses = new Set<string>();
    for (const [index, value] of to.entries()) {
      const address = messageAddress(message.channel, value);
      if ('problem' in address) {
        ctx.addIssue({ code: 'custom', message: address.problem, path: ['to', index] });
        return z.NEVER;
      }
      toAddresses.add(address.address);
    }
    if (message.direction === 'INBOUND' && message.authorId) {
      ctx.addIssue({
        code: 'custom',
        message: '{field} is for OUTBOUND messages; an INBOUND message is written by the contact or lead',
        path: ['authorId'],
      });
      return z.NEVER;
    }
    return { ...message, fromAddress: fromAddress.address, toAddresses: [...toAddresses] };
  });
export type CreateMessage = z.output<typeof createMessageSchema>;

// Exact matches only: thread keys are matched whole, and (org_id, thread_key, sent_at) is the
// index that serves them; a contains filter would scan every message of the organization.
export const ThreadKeyFilter = builder.inputType('MessageThreadKeyFilter', {
  description: 'Exact thread keys (no partial matching).',
  fields: (t) => ({ equals: t.string(), in: t.stringList() }),
});
