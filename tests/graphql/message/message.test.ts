import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';

const MESSAGE_FIELDS = /* GraphQL */ `
  id channel direction from to subject body sentAt threadKey createdAt deletedAt
  contact { id } deal { id } lead { id } author { id }
`;
const CREATE_MESSAGE = /* GraphQL */ `
  mutation ($input: CreateMessageInput!) { createMessage(input: $input) { message { ${MESSAGE_FIELDS} } } }
`;
const DELETE_MESSAGE = /* GraphQL */ `
  mutation ($id: ID!) {
    deleteMessage(input: { id: $id }) {
      message {
        id
        deletedAt
      }
    }
  }
`;
const RESTORE_MESSAGE = /* GraphQL */ `
  mutation ($id: ID!) {
    restoreMessage(input: { id: $id }) {
      message {
        id
        deletedAt
      }
    }
  }
`;
const MESSAGES = /* GraphQL */ `
  query ($filter: MessageFilter, $orderBy: [MessageOrder!], $deleted: DeletedFilter) {
    messages(first: 100, filter: $filter, orderBy: $orderBy, deleted: $deleted) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`;
const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage endCursor startCursor } edges { node { id body sentAt } }';
const CONVERSATION_ARGS = 'first: $first, after: $after, last: $last, before: $before, channel: $channel, order: $order';
const CONVERSATION = /* GraphQL */ `
  query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $channel: MessageChannel, $order: OrderDirection) {
    node(id: $id) {
      ... on Contact { messages(${CONVERSATION_ARGS}) { ${PAGE} } }
      ... on Deal { messages(${CONVERSATION_ARGS}) { ${PAGE} } }
      ... on Lead { messages(${CONVERSATION_ARGS}) { ${PAGE} } }
    }
  }
`;
const ME = /* GraphQL */ `
  {
    me {
      id
    }
  }
`;

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);
const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);
const at = (minutesAgo: number) => new Date(Date.UTC(2026, 10, 20, 12, 0) - minutesAgo * 60_000).toISOString();

describe('messages', () => {
  let app: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  let contactId: string;
  let dealId: string;
  let leadId: string;
  let otherContactId: string;

  const run = async (query: string, variables: Record<string, unknown>, actor = org.member) => {
    const response = await actor.query(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data;
  };
  const email = (extra: Record<string, unknown> = {}) => ({
    channel: 'EMAIL',
    direction: 'OUTBOUND',
    from: 'agent@example.test',
    to: ['client@example.test'],
    body: 'Hello',
    ...extra,
  });
  const create = async (input: Record<string, unknown>, actor = org.member) =>
    (await run(CREATE_MESSAGE, { input }, actor)).createMessage.message;
  const messageRows = async () => Number((await app.owner.query('SELECT count(*)::int AS n FROM messages')).rows[0].n);

  /** A rejected createMessage: BAD_USER_INPUT naming `field`, data null, and no row written. */
  const expectRejected = async (input: Record<string, unknown>, field?: string) => {
    const before = await messageRows();
    const response = await org.member.query(CREATE_MESSAGE, { input });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    if (field) expect(response.errors![0]!.extensions!.field).toBe(field);
    expect(response.data).toBeNull();
    expect(await messageRows()).toBe(before);
    return response.errors![0]!;
  };

  beforeAll(async () => {
    app = await startTestApp();
    [org, other] = await Promise.all([createOrganization(app, 'Messages'), createOrganization(app, 'MessagesOther')]);
    const contact = await run('mutation { createContact(input: { firstName: "Ada", lastName: "Lovelace" }) { contact { id } } }', {});
    contactId = contact.createContact.contact.id;
    const lead = await run('mutation { createLead(input: { lastName: "Babbage" }) { lead { id } } }', {});
    leadId = lead.createLead.lead.id;
    const deal = await run('mutation ($c: ID) { createDeal(input: { deal: { name: "Engine" }, contactId: $c }) { deal { id } } }', {
      c: contactId,
    });
    dealId = deal.createDeal.deal.id;
    const foreign = await run(
      'mutation { createContact(input: { firstName: "Other", lastName: "Org" }) { contact { id } } }',
      {},
      other.member,
    );
    otherContactId = foreign.createContact.contact.id;
  }, 60_000);
  afterAll(async () => app?.close());

  describe('createMessage', () => {
    it('logs an outbound e-mail: addresses normalized, the signed-in user as author, sentAt now by default', async () => {
      const me = (await run(ME, {})).me.id;
      const before = Date.now();
      const message = await create({
        channel: 'EMAIL',
        direction: 'OUTBOUND',
        from: '  Agent@Example.TEST ',
        to: ['Ada@Example.test', 'cc@example.test', 'ada@example.test'],
        subject: '  Your engine  ',
        body: '  Indented\nsecond line\n',
        threadKey: ' <thread-1@example.test> ',
        contactId,
        dealId,
        leadId,
      });
      expect(message).toMatchObject({
        channel: 'EMAIL',
        direction: 'OUTBOUND',
        from: 'agent@example.test',
        to: ['ada@example.test', 'cc@example.test'],
        subject: 'Your engine',
        body: '  Indented\nsecond line\n',
        threadKey: '<thread-1@example.test>',
        contact: { id: contactId },
        deal: { id: dealId },
        lead: { id: leadId },
        author: { id: me },
        deletedAt: null,
      });
      expect(new Date(message.sentAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(new Date(message.sentAt).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    });

    it('logs an inbound SMS without author; phone numbers are stored in E.164', async () => {
      const message = await create({
        channel: 'SMS',
        direction: 'INBOUND',
        from: '+1 (415) 555-0123',
        to: ['+44 20 7946 0958', '12345'],
        body: 'On my way',
        sentAt: at(30),
        contactId,
      });
      expect(message).toMatchObject({ from: '+14155550123', to: ['+442079460958', '12345'], author: null, subject: null, sentAt: at(30) });
    });

    it('accepts any handle for CHAT and OTHER', async () => {
      expect((await create({ channel: 'CHAT', direction: 'INBOUND', from: 'visitor #42', to: ['support'], body: 'Hi' })).from).toBe(
        'visitor #42',
      );
    });

    it('accepts WhatsApp numbers, normalized', async () => {
      expect(
        (await create({ channel: 'WHATSAPP', direction: 'OUTBOUND', from: '+4915112345678', to: ['+49 151 8765 4321'], body: 'Hallo' })).to,
      ).toEqual(['+4915187654321']);
    });

    it('takes another member as the author of an outbound message', async () => {
      const admin = (await run(ME, {}, org.admin)).me.id;
      expect((await create(email({ authorId: admin }))).author).toEqual({ id: admin });
    });

    it.each([
      ['an invalid sender e-mail', { from: 'not-an-address' }, 'from'],
      ['an invalid recipient (by position)', { to: ['a@example.test', 'b@example.test', 'nope'] }, 'to[2]'],
      ['no recipient', { to: [] }, 'to'],
      ['more than 50 recipients', { to: Array.from({ length: 51 }, (_, i) => `r${i}@example.test`) }, 'to'],
      ['a blank recipient', { to: ['   '] }, 'to[0]'],
      ['a blank body', { body: ' \n ' }, 'body'],
      ['a body over 100,000 characters', { body: 'x'.repeat(100_001) }, 'body'],
      ['a subject over 998 characters', { subject: 's'.repeat(999) }, 'subject'],
      ['a sentAt in the future', { sentAt: new Date(Date.now() + 3_600_000).toISOString() }, 'sentAt'],
      [
        'an author on an inbound message',
        { direction: 'INBOUND', authorId: 'VXNlcjowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA=' },
        'authorId',
      ],
      ['a contactId that is a Deal id', { contactId: 'DEAL' }, 'contactId'],
      ['a phone number without country code for SMS', { channel: 'SMS', from: '+14155550123', to: ['(415) 555-0123'] }, 'to[0]'],
      ['an e-mail address for WhatsApp', { channel: 'WHATSAPP', from: 'agent@example.test', to: ['+14155550123'] }, 'from'],
      ['a short code for WhatsApp', { channel: 'WHATSAPP', from: '+14155550123', to: ['12345'] }, 'to[0]'],
    ])('rejects %s with BAD_USER_INPUT naming the field, and writes nothing', async (_name, extra, field) => {
      const input: Record<string, unknown> = email(extra);
      if (input.contactId === 'DEAL') input.contactId = dealId;
      await expectRejected(input, field);
    });

    it("rejects another organization's contact (foreign key) and writes nothing", async () => {
      await expectRejected(email({ contactId: otherContactId }));
    });

    it('is not available to a VIEWER (FORBIDDEN)', async () => {
      const response = await org.viewer.query(CREATE_MESSAGE, { input: email() });
      expect(codes(response)).toEqual(['FORBIDDEN']);
    });

    it('has no updateMessage (messages are a record of what was sent)', async () => {
      const schema = await org.viewer.query('{ __type(name: "Mutation") { fields { name } } }');
      const names = schema.data.__type.fields.map((field: { name: string }) => field.name);
      expect(names).toEqual(expect.arrayContaining(['createMessage', 'deleteMessage', 'restoreMessage']));
      expect(names).not.toContain('updateMessage');
    });
  });

  describe('conversations and the messages list', () => {
    // A conversation of its own: five messages at known times on two channels.
    let person: string;
    let dealOfPerson: string;
    let leadOfPerson: string;
    const byAge: string[] = []; // newest first
    let deletedId: string;

    beforeAll(async () => {
      person = (await run('mutation { createContact(input: { firstName: "Grace", lastName: "Hopper" }) { contact { id } } }', {}))
        .createContact.contact.id;
      dealOfPerson = (await run('mutation { createDeal(input: { deal: { name: "Compiler" } }) { deal { id } } }', {})).createDeal.deal.id;
      leadOfPerson = (await run('mutation { createLead(input: { lastName: "Hopper" }) { lead { id } } }', {})).createLead.lead.id;
      const links = { contactId: person, dealId: dealOfPerson, leadId: leadOfPerson };
      // Created out of time order, so the order below is sentAt's and not creation's.
      const plan: [number, string][] = [
        [30, 'EMAIL'],
        [10, 'SMS'],
        [50, 'EMAIL'],
        [20, 'EMAIL'],
        [40, 'SMS'],
      ];
      const created = new Map<number, string>();
      for (const [minutesAgo, channel] of plan) {
        const input =
          channel === 'SMS'
            ? {
                channel,
                direction: 'INBOUND',
                from: '+14155550100',
                to: ['+14155550199'],
                body: `sms ${minutesAgo}`,
                sentAt: at(minutesAgo),
                ...links,
              }
            : email({
                body: `email ${minutesAgo}`,
                sentAt: at(minutesAgo),
                threadKey: minutesAgo >= 30 ? 'thread-old' : 'thread-new',
                ...links,
              });
        created.set(minutesAgo, (await create(input)).id);
      }
      for (const minutesAgo of [10, 20, 30, 40, 50]) byAge.push(created.get(minutesAgo)!);
      // A deleted message leaves the conversation.
      deletedId = (await create(email({ body: 'deleted', sentAt: at(5), ...links }))).id;
      await run(DELETE_MESSAGE, { id: deletedId }, org.admin);
    });

    const conversation = async (id: string, args: Record<string, unknown>) =>
      (await run(CONVERSATION, { id, ...args }, org.viewer)).node.messages;

    it.each(['contact', 'deal', 'lead'])(
      "lists the %s's conversation newest first, with totalCount, without deleted messages",
      async (kind) => {
        const id = kind === 'contact' ? person : kind === 'deal' ? dealOfPerson : leadOfPerson;
        const page = await conversation(id, { first: 10 });
        expect(page.totalCount).toBe(5);
        expect(ids(page)).toEqual(byAge);
        expect(ids(page)).not.toContain(deletedId);
      },
    );

    it('orders oldest first with order: ASC', async () => {
      expect(ids(await conversation(person, { first: 10, order: 'ASC' }))).toEqual([...byAge].reverse());
    });

    it('pages forward with first/after and back with last/before', async () => {
      const first = await conversation(person, { first: 2 });
      expect(ids(first)).toEqual(byAge.slice(0, 2));
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await conversation(person, { first: 2, after: first.pageInfo.endCursor });
      expect(ids(second)).toEqual(byAge.slice(2, 4));
      const third = await conversation(person, { first: 2, after: second.pageInfo.endCursor });
      expect(ids(third)).toEqual(byAge.slice(4));
      expect(third.pageInfo.hasNextPage).toBe(false);
      expect(third.totalCount).toBe(5);
      // A chat view: the two newest in reading order, then the two before them.
      const latest = await conversation(person, { last: 2, order: 'ASC' });
      expect(ids(latest)).toEqual([byAge[1], byAge[0]]);
      expect(latest.pageInfo.hasPreviousPage).toBe(true);
      const earlier = await conversation(person, { last: 2, order: 'ASC', before: latest.pageInfo.startCursor });
      expect(ids(earlier)).toEqual([byAge[3], byAge[2]]);
    });

    it('narrows to one channel (totalCount too)', async () => {
      const sms = await conversation(person, { first: 10, channel: 'SMS' });
      expect(sms.totalCount).toBe(2);
      expect(ids(sms)).toEqual([byAge[0], byAge[3]]);
    });

    it('rejects pages over 100', async () => {
      const response = await org.viewer.query(CONVERSATION, { id: person, first: 101 });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    });

    it('filters the messages list by contact, channel, direction, thread and sentAt range', async () => {
      const list = async (filter: Record<string, unknown>, orderBy?: unknown) =>
        (await run(MESSAGES, { filter, orderBy }, org.viewer)).messages;
      const mine = { contactId: { equals: person } };
      expect(ids(await list(mine))).toEqual(byAge);
      expect(ids(await list(mine, [{ field: 'SENT_AT', direction: 'ASC' }]))).toEqual([...byAge].reverse());
      expect((await list({ ...mine, channel: { equals: 'SMS' } })).totalCount).toBe(2);
      expect(ids(await list({ ...mine, direction: { equals: 'OUTBOUND' } }))).toEqual([byAge[1], byAge[2], byAge[4]]);
      expect(ids(await list({ ...mine, threadKey: { equals: 'thread-old' } }))).toEqual([byAge[2], byAge[4]]);
      expect((await list({ ...mine, threadKey: { in: ['thread-old', 'thread-new'] } })).totalCount).toBe(3);
      expect(ids(await list({ ...mine, sentAt: { gte: at(40), lt: at(10) } }))).toEqual([byAge[1], byAge[2], byAge[3]]);
      expect(ids(await list({ dealId: { equals: dealOfPerson }, NOT: { channel: { equals: 'EMAIL' } } }))).toEqual([byAge[0], byAge[3]]);
      expect(ids(await list({ leadId: { equals: leadOfPerson } }, [{ field: 'CREATED_AT', direction: 'DESC' }]))).toEqual(
        // Created in the order 30, 10, 50, 20, 40.
        [byAge[3], byAge[1], byAge[4], byAge[0], byAge[2]],
      );
    });

    it('shows deleted messages in the trash and restores them', async () => {
      const trash = (await run(MESSAGES, { filter: { contactId: { equals: person } }, deleted: 'ONLY' }, org.viewer)).messages;
      expect(ids(trash)).toEqual([deletedId]);
      const deleteByMember = await org.member.query(DELETE_MESSAGE, { id: byAge[0] });
      expect(codes(deleteByMember)).toEqual(['FORBIDDEN']);
      const restored = await run(RESTORE_MESSAGE, { id: deletedId }, org.admin);
      expect(restored.restoreMessage.message.deletedAt).toBeNull();
      expect((await conversation(person, { first: 10 })).totalCount).toBe(6);
      await run(DELETE_MESSAGE, { id: deletedId }, org.admin);
    });

    it("shows nothing of one organization's messages to another", async () => {
      const list = (await run(MESSAGES, {}, other.viewer)).messages;
      expect(list.totalCount).toBe(0);
      const node = await other.viewer.query('query ($id: ID!) { node(id: $id) { id } }', { id: byAge[0] });
      expect(node.data.node).toBeNull();
    });
  });
});
