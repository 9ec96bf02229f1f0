import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';

const CONTACTS = /* GraphQL */ `
  query Contacts { contacts(first: 10) { totalCount edges { node { id fullName } } } }
`;

describe('smoke', () => {
  let app: TestApp;
  let org: TestOrganization;
  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Smoke');
  });
  afterAll(async () => app.close());

  it('a member creates and lists a contact', async () => {
    const created = await org.member.query(
      'mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id fullName } } }',
      { input: { firstName: 'Ada', lastName: 'Lovelace' } },
    );
    expect(created.errors).toBeUndefined();
    const list = await org.viewer.query(CONTACTS);
    expect(list.data.contacts.totalCount).toBe(1);
    expect(list.data.contacts.edges[0].node.fullName).toBe('Ada Lovelace');
  });
});
