import { builder } from '../../schema/builder.js';
import { defineSoftDeleteMutations, payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { CreateMessageInput, createMessageSchema } from './inputs.js';
import { MessageType } from './types.js';
import { tenantOf } from '../../context/index.js';

const MessagePayload = payloadType('MessagePayload', MessageType, 'message');

builder.mutationField('createMessage', (t) =>
  t.field({
    type: MessagePayload,
    description: 'Logs one message. Addresses are checked and normalized per channel; messages are never edited afterwards.',
    args: { input: t.arg({ type: CreateMessageInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const message = parseInput(createMessageSchema, input);
      // The author of an OUTBOUND message defaults to the signed-in user; INBOUND ones have none.
      const authorId = message.direction === 'INBOUND' ? null : (message.authorId ?? ctx.viewer!.userId);
      return { message: await ctx.prisma.message.create({ data: { ...message, authorId, orgId: tenantOf(ctx).orgId } }) };
    },
  }),
);

defineSoftDeleteMutations({ type: 'Message', ref: MessageType, delegate: 'message', field: 'message' });
