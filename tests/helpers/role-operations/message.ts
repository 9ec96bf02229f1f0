import { restore, softDelete, tag, type Fixtures, type OperationSet } from '../role-fixtures.js';

const CREATE_MESSAGE = 'mutation ($input: CreateMessageInput!) { createMessage(input: $input) { message { id } } }';

const newMessage = (fx: Fixtures) => ({
  channel: 'EMAIL',
  direction: 'OUTBOUND',
  from: 'sales@example.test',
  to: [`client-${tag()}@example.test`],
  subject: 'Hello',
  body: 'Following up on our call.',
  contactId: fx.sharedContactId,
});

/** A fresh message logged by the OWNER; returns its global id. */
const message = async (fx: Fixtures) => (await fx.must(CREATE_MESSAGE, { input: newMessage(fx) })).createMessage.message.id as string;

/** Role-matrix operations of the message module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    messages: { query: '{ messages(first: 1) { totalCount } }' },
  },
  Mutation: {
    createMessage: { query: CREATE_MESSAGE, variables: async (fx) => ({ input: newMessage(fx) }) },
    deleteMessage: { query: softDelete('Message'), variables: async (fx) => ({ input: { id: await message(fx) } }) },
    restoreMessage: {
      query: restore('Message'),
      variables: async (fx) => {
        const id = await message(fx);
        await fx.must(softDelete('Message'), { input: { id } });
        return { input: { id } };
      },
    },
  },
};
