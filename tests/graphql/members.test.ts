import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startTestApp, type Actor, type TestApp } from '../helpers/app.js';
import { joinOrganization } from '../helpers/invitations.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import {
  MembersChangeRoleDocument,
  MembersCreateAppointmentDocument,
  MembersCreateAutomationDocument,
  MembersCreateContactDocument,
  MembersCreateDealDocument,
  MembersCreateLeadDocument,
  MembersCreateListingDocument,
  MembersCreateMessageDocument,
  MembersCreateNoteDocument,
  MembersCreateOrganizationDocument,
  MembersCreateOrganizationNamedDocument,
  MembersDealCountDocument,
  MembersListDocument,
  MembersMeDocument,
  MembersNodeOwnerDocument,
  MembersOrganizationIdDocument,
  MembersOrganizationsDocument,
  MembersPipelinesDocument,
  MembersRemoveMemberDocument,
  MembersRenameOrganizationDocument,
  MembersViewerRoleDocument,
  type MembershipRole,
} from '../generated/operations/graphql.js';

const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;
/** A `node(id:)` answer narrowed to the types whose fragment selects `key` (fails the test when it does not). */
function selected<N extends object, K extends string>(node: N | null | undefined, key: K): Extract<N, Record<K, unknown>> {
  if (!node || !(key in node)) throw new Error(`expected a node with ${key}, got ${JSON.stringify(node)}`);
  return node as Extract<N, Record<K, unknown>>;
}

describe('members and organizations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app.close());

  async function membershipOf(org: TestOrganization, actor: Actor) {
    const response = await org.owner.query(MembersListDocument);
    expect(response.errors).toBeUndefined();
    const edge = response.data!.members.edges.find((e) => e.node.user.email === actor.email);
    return edge?.node;
  }
  const userIdOf = async (actor: Actor) => (await actor.query(MembersMeDocument)).data!.me.id;

  describe('changeMemberRole and removeMember', () => {
    let org: TestOrganization;
    beforeAll(async () => {
      org = await createOrganization(app, 'Manage');
    });

    it('an ADMIN changes a MEMBER to VIEWER and back', async () => {
      const membership = (await membershipOf(org, org.member))!;
      const down = await org.admin.query(MembersChangeRoleDocument, { input: { membershipId: membership.id, role: 'VIEWER' } });
      expect(down.errors).toBeUndefined();
      expect(down.data!.changeMemberRole.membership).toEqual({ id: membership.id, role: 'VIEWER' });
      const denied = await org.member.query(MembersCreateContactDocument, { input: { firstName: 'Now', lastName: 'Viewer' } });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const up = await org.admin.query(MembersChangeRoleDocument, { input: { membershipId: membership.id, role: 'MEMBER' } });
      expect(up.data!.changeMemberRole.membership.role).toBe('MEMBER');
    });

    it('an ADMIN cannot grant or take OWNER (FORBIDDEN)', async () => {
      const member = (await membershipOf(org, org.member))!;
      const grant = await org.admin.query(MembersChangeRoleDocument, { input: { membershipId: member.id, role: 'OWNER' } });
      expect(grant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const owner = (await membershipOf(org, org.owner))!;
      const take = await org.admin.query(MembersChangeRoleDocument, { input: { membershipId: owner.id, role: 'ADMIN' } });
      expect(take.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const remove = await org.admin.query(MembersRemoveMemberDocument, { input: { membershipId: owner.id } });
      expect(remove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await membershipOf(org, org.owner))?.role).toBe('OWNER');
      expect((await membershipOf(org, org.member))?.role).toBe('MEMBER');
    });

    it('a membership of another organization is NOT_FOUND', async () => {
      const other = await createOrganization(app, 'ManageOther');
      const theirs = (await membershipOf(other, other.member))!;
      const change = await org.owner.query(MembersChangeRoleDocument, { input: { membershipId: theirs.id, role: 'VIEWER' } });
      expect(change.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const remove = await org.owner.query(MembersRemoveMemberDocument, { input: { membershipId: theirs.id } });
      expect(remove.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await membershipOf(other, other.member))?.role).toBe('MEMBER');
    });

    it("removeMember: the member's deals, contacts, activities and leads lose their owner; the user is FORBIDDEN afterwards", async () => {
      const leaver = await app.actor('leaver');
      const membershipId = await joinOrganization(org.admin, leaver, 'MEMBER');
      const leaverUserId = await userIdOf(leaver);
      const inOrg = leaver.inOrg(org.id);

      const deal = await inOrg.query(MembersCreateDealDocument, { input: { deal: { name: 'Leaver deal', ownerId: leaverUserId } } });
      expect(deal.data!.createDeal.deal.owner).toEqual({ id: leaverUserId });
      const contact = await inOrg.query(MembersCreateContactDocument, {
        input: { firstName: 'Owned', lastName: 'Contact', ownerId: leaverUserId },
      });
      expect(contact.data!.createContact.contact.owner).toEqual({ id: leaverUserId });
      const lead = await inOrg.query(MembersCreateLeadDocument, { input: { lastName: 'Assigned', assigneeId: leaverUserId } });
      expect(lead.data!.createLead.lead.assignee).toEqual({ id: leaverUserId });
      const activity = await inOrg.query(MembersCreateNoteDocument);
      expect(activity.data!.createActivity.activity.owner).toEqual({ id: leaverUserId });
      // Someone else's deal is untouched.
      const adminUserId = await userIdOf(org.admin);
      const kept = await org.member.query(MembersCreateDealDocument, { input: { deal: { name: 'Admin deal', ownerId: adminUserId } } });

      const removed = await org.admin.query(MembersRemoveMemberDocument, { input: { membershipId } });
      expect(removed.errors).toBeUndefined();
      expect(removed.data!.removeMember.removedMembershipId).toBe(membershipId);

      for (const id of [deal.data!.createDeal.deal.id, contact.data!.createContact.contact.id]) {
        const node = await org.viewer.query(MembersNodeOwnerDocument, { id });
        expect(node.data!.node).toEqual({ id, owner: null });
      }
      const leadNode = await org.viewer.query(MembersNodeOwnerDocument, { id: lead.data!.createLead.lead.id });
      expect(selected(leadNode.data!.node, 'assignee').assignee).toBeNull();
      const activityRow = await app.owner.query('SELECT owner_id FROM activities WHERE id = $1', [
        uuidOf(activity.data!.createActivity.activity.id),
      ]);
      expect(activityRow.rows).toEqual([{ owner_id: null }]);
      const keptNode = await org.viewer.query(MembersNodeOwnerDocument, { id: kept.data!.createDeal.deal.id });
      expect(selected(keptNode.data!.node, 'owner').owner).toEqual({ id: adminUserId });

      const after = await inOrg.query(MembersDealCountDocument);
      expect(after.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(after.data ?? null).toBeNull();
      const write = await inOrg.query(MembersCreateDealDocument, { input: { deal: { name: 'After leaving' } } });
      expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const orgs = await leaver.query(MembersOrganizationsDocument);
      expect(orgs.data!.organizations.totalCount).toBe(0);
    });

    it('removeMember lets go of every other reference too (listing agent, organizer, author, automation creator); their attendance and notifications go', async () => {
      const leaver = await app.actor('leaver-domain');
      const membershipId = await joinOrganization(org.admin, leaver, 'ADMIN');
      const leaverUserId = await userIdOf(leaver);
      const inOrg = leaver.inOrg(org.id);
      const must = async <R, V>(query: TypedDocumentNode<R, V>, variables: V) => {
        const response = await inOrg.query(query, variables);
        expect(response.errors).toBeUndefined();
        return response.data!;
      };
      const listing = await must(MembersCreateListingDocument, {
        input: { title: 'Leaver listing', propertyType: 'HOUSE', price: '100000', agentId: leaverUserId },
      });
      const appointment = await must(MembersCreateAppointmentDocument, {
        input: {
          title: 'Leaver viewing',
          startsAt: '2030-01-01T10:00:00Z',
          endsAt: '2030-01-01T11:00:00Z',
          attendeeUserIds: [await userIdOf(org.admin)],
        },
      });
      const message = await must(MembersCreateMessageDocument, {
        input: { channel: 'EMAIL', direction: 'OUTBOUND', from: 'leaver@example.test', to: ['client@example.test'], body: 'Hello' },
      });
      const automation = await must(MembersCreateAutomationDocument, {
        input: { name: 'Leaver rule', trigger: 'LEAD_CREATED', actions: [{ type: 'create_task', subject: 'Call', dueInDays: 1 }] },
      });
      // The leaver is also invited by someone else (an attendee row and a notification of theirs).
      const invited = await org.admin.query(MembersCreateAppointmentDocument, {
        input: { title: 'Team sync', startsAt: '2030-01-02T10:00:00Z', endsAt: '2030-01-02T11:00:00Z', attendeeUserIds: [leaverUserId] },
      });
      expect(invited.errors).toBeUndefined();

      const removed = await org.admin.query(MembersRemoveMemberDocument, { input: { membershipId } });
      expect(removed.errors).toBeUndefined();

      const row = async (sql: string, globalId: string) => (await app.owner.query(sql, [uuidOf(globalId)])).rows[0];
      expect(await row('SELECT agent_id FROM listings WHERE id = $1', listing.createListing.listing.id)).toEqual({ agent_id: null });
      expect(await row('SELECT organizer_id FROM appointments WHERE id = $1', appointment.createAppointment.appointment.id)).toEqual({
        organizer_id: null,
      });
      expect(await row('SELECT author_id FROM messages WHERE id = $1', message.createMessage.message.id)).toEqual({ author_id: null });
      expect(await row('SELECT created_by_id FROM automations WHERE id = $1', automation.createAutomation.automation.id)).toEqual({
        created_by_id: null,
      });
      const leftovers = await app.owner.query(
        `SELECT (SELECT count(*) FROM appointment_attendees WHERE org_id = $1 AND user_id = $2)::int AS attending,
                (SELECT count(*) FROM notifications WHERE org_id = $1 AND user_id = $2)::int AS notifications`,
        [org.id, uuidOf(leaverUserId)],
      );
      expect(leftovers.rows[0]).toEqual({ attending: 0, notifications: 0 });
    });
  });

  describe('the last OWNER', () => {
    let org: TestOrganization;
    let ownerMembershipId: string;
    beforeAll(async () => {
      org = await createOrganization(app, 'LastOwner');
      ownerMembershipId = (await membershipOf(org, org.owner))!.id;
    });

    it('cannot be demoted or removed through the API (BAD_USER_INPUT)', async () => {
      for (const role of ['ADMIN', 'MEMBER', 'VIEWER'] satisfies MembershipRole[]) {
        const response = await org.owner.query(MembersChangeRoleDocument, { input: { membershipId: ownerMembershipId, role } });
        expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(response.data).toBeNull();
      }
      const removal = await org.owner.query(MembersRemoveMemberDocument, { input: { membershipId: ownerMembershipId } });
      expect(removal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await membershipOf(org, org.owner))?.role).toBe('OWNER');
      const stillOwner = await org.owner.query(MembersViewerRoleDocument);
      expect(stillOwner.data!.organization.viewerRole).toBe('OWNER');
    });

    it('setting OWNER on the owner again is harmless', async () => {
      const response = await org.owner.query(MembersChangeRoleDocument, { input: { membershipId: ownerMembershipId, role: 'OWNER' } });
      expect(response.errors).toBeUndefined();
      expect(response.data!.changeMemberRole.membership.role).toBe('OWNER');
    });

    it('the DATABASE refuses to demote or delete the only owner (trigger), whatever the application does', async () => {
      const attempt = async (statement: string) => {
        await app.owner.query('BEGIN');
        try {
          await app.owner.query(`SET LOCAL app.current_org_id = '${org.id}'`);
          await app.owner.query(statement, [org.id]);
          return null;
        } catch (error) {
          return error as { message: string; code: string; hint?: string };
        } finally {
          await app.owner.query('ROLLBACK');
        }
      };
      const demote = await attempt("UPDATE memberships SET role = 'ADMIN' WHERE org_id = $1 AND role = 'OWNER'");
      expect(demote).not.toBeNull();
      expect(demote!.code).toBe('P0001');
      expect(demote!.message).toMatch(/at least one owner/);
      expect(demote!.hint).toBe('LAST_OWNER');

      // The owner's invitations let go of them first, as removeMember does (their foreign key
      // would refuse the delete before the trigger is asked).
      const remove = await attempt(
        "WITH let_go AS (UPDATE invitations SET invited_by_id = NULL WHERE org_id = $1) DELETE FROM memberships WHERE org_id = $1 AND role = 'OWNER'",
      );
      expect(remove?.code).toBe('P0001');

      // Demoting every owner at once is refused as well.
      const other = await attempt("UPDATE memberships SET role = 'VIEWER' WHERE org_id = $1");
      expect(other?.code).toBe('P0001');

      // The trigger does not stand in the way of ordinary changes.
      expect(await attempt("UPDATE memberships SET role = 'VIEWER' WHERE org_id = $1 AND role = 'MEMBER'")).toBeNull();

      const rows = await app.owner.query("SELECT count(*)::int AS n FROM memberships WHERE org_id = $1 AND role = 'OWNER'", [org.id]);
      expect(rows.rows[0].n).toBe(1);
    });

    it('the DATABASE also refuses it when two owners demote each other in concurrent transactions', async () => {
      const duo = await createOrganization(app, 'Duo');
      await duo.owner.query(MembersChangeRoleDocument, {
        input: { membershipId: (await membershipOf(duo, duo.admin))!.id, role: 'OWNER' },
      });
      const owners = await app.owner.query("SELECT id FROM memberships WHERE org_id = $1 AND role = 'OWNER' ORDER BY id", [duo.id]);
      expect(owners.rows).toHaveLength(2);
      const [a, b] = owners.rows.map((r) => r.id as string);

      // Two sessions, as two API requests would be: each demotes the other owner.
      const url = new URL(process.env.TEST_ADMIN_DATABASE_URL!);
      url.pathname = `/${app.owner.database}`;
      const second = new pg.Client({ connectionString: url.toString() });
      await second.connect();
      const outcome: string[] = [];
      try {
        await app.owner.query('BEGIN');
        await second.query('BEGIN');
        await app.owner.query(`SET LOCAL app.current_org_id = '${duo.id}'`);
        await second.query(`SET LOCAL app.current_org_id = '${duo.id}'`);
        await app.owner.query("UPDATE memberships SET role = 'ADMIN' WHERE id = $1", [b]);
        // The second statement may wait for the first transaction (a lock) or fail; both are fine.
        const secondUpdate = second.query("UPDATE memberships SET role = 'ADMIN' WHERE id = $1", [a]).then(
          () => 'ok',
          (error: Error) => `refused: ${error.message}`,
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
        await app.owner.query('COMMIT');
        outcome.push(await secondUpdate);
        await second
          .query(outcome[0] === 'ok' ? 'COMMIT' : 'ROLLBACK')
          .catch((error: Error) => outcome.push(`commit refused: ${error.message}`));
      } finally {
        await app.owner.query('ROLLBACK').catch(() => {});
        await second.end();
      }
      const remaining = await app.owner.query("SELECT count(*)::int AS n FROM memberships WHERE org_id = $1 AND role = 'OWNER'", [duo.id]);
      // Exactly one of the two demotions may stand (outcome says how the other was refused).
      expect({ owners: remaining.rows[0].n, outcome }).toEqual({
        owners: 1,
        outcome: expect.arrayContaining([expect.stringMatching(/refused/)]),
      });
    });

    it('ownership transfer: the owner promotes an ADMIN to OWNER, then demotes themself', async () => {
      const transfer = await createOrganization(app, 'Transfer');
      const oldOwner = (await membershipOf(transfer, transfer.owner))!;
      const admin = (await membershipOf(transfer, transfer.admin))!;
      const promote = await transfer.owner.query(MembersChangeRoleDocument, { input: { membershipId: admin.id, role: 'OWNER' } });
      expect(promote.errors).toBeUndefined();
      expect(promote.data!.changeMemberRole.membership.role).toBe('OWNER');
      const demoteSelf = await transfer.owner.query(MembersChangeRoleDocument, { input: { membershipId: oldOwner.id, role: 'ADMIN' } });
      expect(demoteSelf.errors).toBeUndefined();
      expect(demoteSelf.data!.changeMemberRole.membership.role).toBe('ADMIN');

      const owners = await transfer.viewer.query(MembersListDocument, { role: 'OWNER' });
      expect(owners.data!.members.totalCount).toBe(1);
      expect(owners.data!.members.edges[0]!.node.user.email).toBe(transfer.admin.email);
      expect((await transfer.owner.query(MembersViewerRoleDocument)).data!.organization.viewerRole).toBe('ADMIN');

      // The former owner, now ADMIN, can no longer touch the new owner; the new one is the last OWNER.
      const backfire = await transfer.owner.query(MembersChangeRoleDocument, { input: { membershipId: admin.id, role: 'ADMIN' } });
      expect(backfire.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const last = await transfer.admin.query(MembersChangeRoleDocument, { input: { membershipId: admin.id, role: 'ADMIN' } });
      expect(last.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const rename = await transfer.owner.query(MembersRenameOrganizationDocument);
      expect(rename.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('with two owners, one owner can be removed; the remaining one is then the last', async () => {
      const pair = await createOrganization(app, 'Pair');
      const admin = (await membershipOf(pair, pair.admin))!;
      await pair.owner.query(MembersChangeRoleDocument, { input: { membershipId: admin.id, role: 'OWNER' } });
      const original = (await membershipOf(pair, pair.owner))!;
      const removed = await pair.admin.query(MembersRemoveMemberDocument, { input: { membershipId: original.id } });
      expect(removed.errors).toBeUndefined();
      const self = await pair.admin.query(MembersRemoveMemberDocument, { input: { membershipId: admin.id } });
      expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const gone = await pair.owner.query(MembersOrganizationIdDocument);
      expect(gone.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('organizations', () => {
    it("lists only the viewer's organizations, each with the viewer's role", async () => {
      const alpha = await createOrganization(app, 'Alpha');
      const beta = await createOrganization(app, 'Beta');
      // alpha's member also joins beta as ADMIN.
      await joinOrganization(beta.owner, alpha.member, 'ADMIN');

      const mine = await alpha.member.inOrg(null).query(MembersOrganizationsDocument);
      expect(mine.errors).toBeUndefined();
      expect(mine.data!.organizations.totalCount).toBe(2);
      const byId = Object.fromEntries(mine.data!.organizations.edges.map((e) => [uuidOf(e.node.id), e.node]));
      expect(byId).toEqual({
        [alpha.id]: { id: expect.any(String), name: 'Alpha', viewerRole: 'MEMBER' },
        [beta.id]: { id: expect.any(String), name: 'Beta', viewerRole: 'ADMIN' },
      });
      // The header does not change what the list shows.
      const withHeader = await alpha.member.query(MembersOrganizationsDocument);
      expect(withHeader.data!.organizations.totalCount).toBe(2);

      const outsider = await alpha.outsider.inOrg(null).query(MembersOrganizationsDocument);
      expect(outsider.data!.organizations).toEqual({ totalCount: 0, edges: [] });
      const betaViewer = await beta.viewer.inOrg(null).query(MembersOrganizationsDocument);
      expect(betaViewer.data!.organizations.edges.map((e) => [e.node.name, e.node.viewerRole])).toEqual([['Beta', 'VIEWER']]);
    });
  });

  describe('MAX_ORGANIZATIONS_PER_USER', () => {
    let limited: TestApp;
    const create = (actor: Actor, name: string) => actor.query(MembersCreateOrganizationNamedDocument, { name });
    const owned = async (actor: Actor) =>
      (
        await limited.owner.query(
          "SELECT count(*)::int AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.auth_subject = $1 AND m.role = 'OWNER'",
          [actor.subject],
        )
      ).rows[0].n as number;
    beforeAll(async () => {
      limited = await startTestApp({ env: { MAX_ORGANIZATIONS_PER_USER: '2' } });
    });
    afterAll(async () => limited?.close());

    it('a user who owns the limit gets ORGANIZATION_LIMIT_REACHED, and nothing is created', async () => {
      const founder = await limited.actor('serial-founder');
      for (const name of ['First', 'Second']) expect((await create(founder, name)).errors).toBeUndefined();
      const before = await limited.owner.query('SELECT count(*)::int AS n FROM organizations');
      const third = await create(founder, 'Third');
      expect(third.errors?.map((error) => error.extensions)).toEqual([{ code: 'ORGANIZATION_LIMIT_REACHED', limit: 2 }]);
      expect(third.data).toBeNull();
      expect((await limited.owner.query('SELECT count(*)::int AS n FROM organizations')).rows[0].n).toBe(before.rows[0].n);
      expect(await owned(founder)).toBe(2);
    });

    it('concurrent creates cannot overshoot it', async () => {
      const founder = await limited.actor('racing-founder');
      const responses = await Promise.all(Array.from({ length: 6 }, (_, index) => create(founder, `Race ${index}`)));
      const created = responses.filter((response) => !response.errors).length;
      expect(created).toBeGreaterThanOrEqual(1);
      expect(created).toBeLessThanOrEqual(2);
      // The others wait for the first ones' lock: refused by the limit, or (on a machine slow
      // enough to wait past DATABASE_LOCK_TIMEOUT_MS) told to retry.
      const refusals = responses.filter((response) => response.errors).map((response) => response.errors![0]!.extensions?.code);
      expect(refusals.every((code) => code === 'ORGANIZATION_LIMIT_REACHED' || code === 'CONCURRENT_MODIFICATION')).toBe(true);
      expect(await owned(founder)).toBe(created);
      // Whatever the race left, the limit holds afterwards.
      if (created < 2) expect((await create(founder, 'Catch up')).errors).toBeUndefined();
      expect((await create(founder, 'One too many')).errors?.[0]?.extensions?.code).toBe('ORGANIZATION_LIMIT_REACHED');
      expect(await owned(founder)).toBe(2);
    });

    it('memberships without ownership do not count', async () => {
      const founder = await limited.actor('joining-founder');
      for (const name of ['Joined A', 'Joined B']) {
        const host = await limited.actor(`host-${name}`);
        const created = await create(host, name);
        await joinOrganization(host.inOrg(uuidOf(created.data!.createOrganization.organization.id)), founder, 'ADMIN');
      }
      expect((await create(founder, 'Own one')).errors).toBeUndefined();
    });
  });

  describe('createOrganization', () => {
    it('makes the caller OWNER, its only member', async () => {
      const founder = await app.actor('founder');
      const response = await founder.query(MembersCreateOrganizationDocument, { input: { name: '  Founded  ' } });
      expect(response.errors).toBeUndefined();
      const { organization, membership } = response.data!.createOrganization;
      expect(organization).toMatchObject({ name: 'Founded', viewerRole: 'OWNER' });
      expect(membership).toMatchObject({ role: 'OWNER', user: { id: await userIdOf(founder) } });

      const inOrg = founder.inOrg(uuidOf(organization.id));
      const members = await inOrg.query(MembersListDocument);
      expect(members.data!.members.totalCount).toBe(1);
      expect(members.data!.members.edges[0]!.node.role).toBe('OWNER');
    });

    it('creates the default pipeline with 6 stages (Won/Lost kinds)', async () => {
      const founder = await app.actor('founder');
      const response = await founder.query(MembersCreateOrganizationDocument, { input: { name: 'Piped' } });
      expect(response.errors).toBeUndefined();
      const { organization } = response.data!.createOrganization;

      const orgId = uuidOf(organization.id);
      const inOrg = founder.inOrg(orgId);
      const pipelines = await inOrg.query(MembersPipelinesDocument);
      expect(pipelines.errors).toBeUndefined();
      expect(pipelines.data!.pipelines.totalCount).toBe(1);
      const pipeline = pipelines.data!.pipelines.edges[0]!.node;
      expect(pipeline.isDefault).toBe(true);
      expect(pipeline.stages).toHaveLength(6);
      expect(pipeline.stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(pipeline.stages.filter((s) => s.kind === 'WON').map((s) => s.name)).toEqual(['Won']);
      expect(pipeline.stages.filter((s) => s.kind === 'LOST').map((s) => s.name)).toEqual(['Lost']);
      expect(pipeline.stages.filter((s) => s.kind === 'OPEN')).toHaveLength(4);
      expect(pipeline.stages.find((s) => s.kind === 'WON')!.probability).toBe(100);
      expect(pipeline.stages.find((s) => s.kind === 'LOST')!.probability).toBe(0);
      const rows = await app.owner.query('SELECT count(*)::int AS n FROM pipeline_stages WHERE org_id = $1', [orgId]);
      expect(rows.rows[0].n).toBe(6);
    });

    it('an empty name is BAD_USER_INPUT and creates nothing', async () => {
      const founder = await app.actor('nameless');
      const before = await app.owner.query('SELECT count(*)::int AS n FROM organizations');
      const response = await founder.query(MembersCreateOrganizationDocument, { input: { name: '   ' } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const after = await app.owner.query('SELECT count(*)::int AS n FROM organizations');
      expect(after.rows[0].n).toBe(before.rows[0].n);
    });
  });
});
