import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Actor, type TestApp } from '../../helpers/app.js';
import { joinOrganization } from '../../helpers/invitations.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import { codes, fields, uuidOf } from '../../helpers/responses.js';
import { LEAVE_ORGANIZATION, TRANSFER_OWNERSHIP } from '../../helpers/role-fixtures.js';

const CREATE_CONTACT = 'mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }';

describe('leaveOrganization and transferOwnership', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app?.close());

  const roleOf = async (orgId: string, actor: Actor) => {
    const result = await app.owner.query(
      'SELECT m.role::text AS role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND u.email = $2',
      [orgId, actor.email],
    );
    return (result.rows[0]?.role as string | undefined) ?? null;
  };
  const ownerCount = async (orgId: string) =>
    (await app.owner.query("SELECT count(*)::int AS n FROM memberships WHERE org_id = $1 AND role = 'OWNER'", [orgId])).rows[0].n as number;
  /** A fresh member of `org` with `role`; its actor in the org and its membership id. */
  const join = async (org: TestOrganization, role: 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER') => {
    const actor = await app.actor(`leave-${role.toLowerCase()}`);
    const membershipId = await joinOrganization(org.owner, actor, role);
    return { actor: actor.inOrg(org.id), membershipId };
  };

  describe('leaveOrganization', () => {
    let org: TestOrganization;
    beforeAll(async () => {
      org = await createOrganization(app, 'Leavers');
    });

    it('a VIEWER leaves: the membership is gone and the organization refuses them', async () => {
      const { actor } = await join(org, 'VIEWER');
      const left = await actor.query(LEAVE_ORGANIZATION);
      expect(left.errors).toBeUndefined();
      expect(uuidOf(left.data.leaveOrganization.leftOrganizationId)).toBe(org.id);
      expect(await roleOf(org.id, actor)).toBeNull();
      const again = await actor.query('{ organization { id } }');
      expect(codes(again)).toEqual(['FORBIDDEN']);
    });

    it('a MEMBER leaves; their records stay, without an owner', async () => {
      const { actor } = await join(org, 'MEMBER');
      const created = await actor.query(CREATE_CONTACT, { input: { firstName: 'Kept', lastName: 'Record' } });
      expect(created.errors).toBeUndefined();
      const contactId = uuidOf(created.data.createContact.contact.id);
      expect((await actor.query(LEAVE_ORGANIZATION)).errors).toBeUndefined();
      const row = await app.owner.query('SELECT owner_id FROM contacts WHERE org_id = $1 AND id = $2', [org.id, contactId]);
      expect(row.rows).toEqual([{ owner_id: null }]);
    });

    it('the last OWNER cannot leave (LAST_OWNER) and stays OWNER', async () => {
      const solo = await createOrganization(app, 'Lonely');
      const refused = await solo.owner.query(LEAVE_ORGANIZATION);
      expect(codes(refused)).toEqual(['LAST_OWNER']);
      expect(refused.data?.leaveOrganization ?? null).toBeNull();
      expect(await roleOf(solo.id, solo.owner)).toBe('OWNER');
    });

    it('an OWNER leaves when another OWNER stays', async () => {
      const pair = await createOrganization(app, 'Pair');
      const { actor: coOwner } = await join(pair, 'OWNER');
      expect((await coOwner.query(LEAVE_ORGANIZATION)).errors).toBeUndefined();
      expect(await roleOf(pair.id, coOwner)).toBeNull();
      expect(await ownerCount(pair.id)).toBe(1);
      // Now the remaining one is the last.
      expect(codes(await pair.owner.query(LEAVE_ORGANIZATION))).toEqual(['LAST_OWNER']);
    });

    it('two OWNERs leaving at the same time: exactly one succeeds, one OWNER remains', async () => {
      const duo = await createOrganization(app, 'Duo');
      const { actor: coOwner } = await join(duo, 'OWNER');
      const results = await Promise.all([duo.owner.query(LEAVE_ORGANIZATION), coOwner.query(LEAVE_ORGANIZATION)]);
      const outcomes = results.map((result) => (result.errors ? codes(result)[0] : 'ok')).sort();
      expect(outcomes[1]).toBe('ok');
      expect(['LAST_OWNER', 'CONCURRENT_MODIFICATION']).toContain(outcomes[0]);
      expect(await ownerCount(duo.id)).toBe(1);
    });

    it('a non-member naming the organization is refused before anything runs', async () => {
      expect(codes(await org.outsider.query(LEAVE_ORGANIZATION))).toEqual(['FORBIDDEN']);
    });
  });

  describe('transferOwnership', () => {
    it('the OWNER hands over: the target becomes OWNER, the caller ADMIN', async () => {
      const org = await createOrganization(app, 'Handover');
      const { actor: heir, membershipId } = await join(org, 'MEMBER');
      const moved = await org.owner.query(TRANSFER_OWNERSHIP, { input: { membershipId } });
      expect(moved.errors).toBeUndefined();
      expect(moved.data.transferOwnership.newOwner).toEqual({ id: membershipId, role: 'OWNER' });
      expect(moved.data.transferOwnership.previousOwner.role).toBe('ADMIN');
      expect(await roleOf(org.id, heir)).toBe('OWNER');
      expect(await roleOf(org.id, org.owner)).toBe('ADMIN');
      // The role is read from the database on the next request: the former owner is an ADMIN now.
      expect(codes(await org.owner.query(TRANSFER_OWNERSHIP, { input: { membershipId } }))).toEqual(['FORBIDDEN']);
      // And may leave, since an OWNER remains.
      expect((await org.owner.query(LEAVE_ORGANIZATION)).errors).toBeUndefined();
    });

    it('an ADMIN cannot transfer (FORBIDDEN) and nothing changes', async () => {
      const org = await createOrganization(app, 'Guarded');
      const { membershipId } = await join(org, 'MEMBER');
      expect(codes(await org.admin.query(TRANSFER_OWNERSHIP, { input: { membershipId } }))).toEqual(['FORBIDDEN']);
      expect(await roleOf(org.id, org.owner)).toBe('OWNER');
      expect(await roleOf(org.id, org.admin)).toBe('ADMIN');
      expect(await ownerCount(org.id)).toBe(1);
    });

    it('refuses a target outside the organization (NOT_FOUND), oneself and bad ids (BAD_USER_INPUT); nothing is written', async () => {
      const org = await createOrganization(app, 'Strict');
      const other = await createOrganization(app, 'Elsewhere');
      const { membershipId: foreign } = await join(other, 'MEMBER');
      expect(codes(await org.owner.query(TRANSFER_OWNERSHIP, { input: { membershipId: foreign } }))).toEqual(['NOT_FOUND']);

      const members = await org.owner.query('{ members(first: 10) { edges { node { id role } } } }');
      const own = members.data.members.edges.find((edge: { node: { role: string } }) => edge.node.role === 'OWNER').node.id;
      const self = await org.owner.query(TRANSFER_OWNERSHIP, { input: { membershipId: own } });
      expect(codes(self)).toEqual(['BAD_USER_INPUT']);
      expect(fields(self)).toEqual(['membershipId']);

      const garbage = await org.owner.query(TRANSFER_OWNERSHIP, { input: { membershipId: 'not-an-id' } });
      expect(codes(garbage)).toEqual(['BAD_USER_INPUT']);
      expect(fields(garbage)).toEqual(['membershipId']);

      expect(await roleOf(org.id, org.owner)).toBe('OWNER');
      expect(await ownerCount(org.id)).toBe(1);
      expect(await roleOf(other.id, other.owner)).toBe('OWNER');
    });
  });
});
