import { describe, expect, it } from '@jest/globals';
import { useTenants } from '../helpers/actors.js';
import { SmokeContactsDocument, SmokeCreateContactDocument } from '../generated/operations/graphql.js';

// Typed documents (tests/operations/smoke.graphql): `data` is typed, `variables` are checked.
describe('smoke', () => {
  const { asMember, asViewer } = useTenants('Smoke');

  it("a contact a member creates shows up in a viewer's list", async () => {
    const created = await asMember.query(SmokeCreateContactDocument, { input: { firstName: 'Ada', lastName: 'Lovelace' } });
    expect(created.errors).toBeUndefined();
    const list = await asViewer.query(SmokeContactsDocument);
    expect(list.data!.contacts.totalCount).toBe(1);
    expect(list.data!.contacts.edges[0]!.node.fullName).toBe('Ada Lovelace');
  });
});
