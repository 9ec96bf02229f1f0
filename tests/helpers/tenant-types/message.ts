import type { Actor } from '../app.js';
import { createDealGraph, idInput, run, unique, type TenantType } from '../tenant-kit.js';

export const CREATE_MESSAGE = /* GraphQL */ `
  mutation CreateMessage($input: CreateMessageInput!) {
    createMessage(input: $input) {
      message {
        id
      }
    }
  }
`;

const email = (links: Record<string, string>) => ({
  channel: 'EMAIL',
  direction: 'OUTBOUND',
  from: 'agent@example.test',
  to: ['client@example.test'],
  subject: unique('Subject'),
  body: 'Hello there',
  ...links,
});

/** An outbound e-mail by the actor, linked to a new deal, its contact and its lead. */
async function createMessageGraph(actor: Actor): Promise<string> {
  const { contact, deal, lead } = await createDealGraph(actor);
  const data = await run(actor, CREATE_MESSAGE, { input: email({ contactId: contact, dealId: deal, leadId: lead }) });
  return data.createMessage.message.id;
}

const CONVERSATION = 'messages(first: 50) { totalCount edges { node { id } } }';

/** Tenant types of the message module, for the isolation matrix (see tests/helpers/tenant-kit.ts). */
export const tenantTypes: TenantType[] = [
  {
    typename: 'Message',
    table: 'messages',
    rootList: 'messages',
    filterable: true,
    softDelete: true,
    // The conversations of the linked records are where another organization's messages could leak in.
    selection: `id author { id } contact { id ${CONVERSATION} } deal { id ${CONVERSATION} } lead { id ${CONVERSATION} }`,
    nestedTypes: ['Message', 'User', 'Contact', 'Deal', 'Lead'],
    create: (actor) => createMessageGraph(actor),
    // Messages are a history: never edited, so no update.
    remove: idInput('deleteMessage'),
    restore: idInput('restoreMessage'),
    references: [
      {
        name: 'createMessage with contactId',
        target: 'Contact',
        field: 'createMessage',
        inputType: 'CreateMessageInput',
        input: (foreign) => email({ contactId: foreign }),
      },
      {
        name: 'createMessage with dealId',
        target: 'Deal',
        field: 'createMessage',
        inputType: 'CreateMessageInput',
        input: (foreign) => email({ dealId: foreign }),
      },
      {
        name: 'createMessage with leadId',
        target: 'Lead',
        field: 'createMessage',
        inputType: 'CreateMessageInput',
        input: (foreign) => email({ leadId: foreign }),
      },
      {
        name: 'createMessage with authorId',
        target: 'User',
        field: 'createMessage',
        inputType: 'CreateMessageInput',
        input: (foreign) => email({ authorId: foreign }),
      },
    ],
  },
];
