import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MINIMUM_ROLE, OPERATION_PERMISSIONS, ROLES, roleAtLeast, type Permission, type Role } from '../../src/auth/permissions.js';
import { startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { databaseFingerprint, inParallel } from '../helpers/database.js';
import { codes } from '../helpers/responses.js';
import { ACCEPT_INVITATION, INVITE_MEMBER, REVOKE_INVITATION, invite, joinOrganization } from '../helpers/invitations.js';
import {
  CHANGE_MEMBER_ROLE,
  CREATE_COMPANY,
  CREATE_CONTACT,
  Fixtures,
  PIPELINES,
  REMOVE_MEMBER,
  type Variables,
} from '../helpers/role-fixtures.js';
import { ROLE_OPERATIONS as OPERATIONS } from '../helpers/role-operations/index.js';

// ---------------------------------------------------------------------------------------------
// Who calls, and what the matrix says should happen.
// ---------------------------------------------------------------------------------------------

type Caller = Role | 'outsider' | 'outsider (no org header)' | 'platform admin (no org header)' | 'anonymous';
const isRole = (caller: Caller): caller is Role => (ROLES as readonly string[]).includes(caller);
const CALLERS: Caller[] = [...ROLES, 'outsider', 'outsider (no org header)', 'platform admin (no org header)', 'anonymous'];
type Outcome = 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED';

function expectedOutcome(permission: Permission, caller: Caller): Outcome {
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  // The membership check runs before any resolver: a non-member naming the org is refused.
  if (caller === 'outsider') return 'FORBIDDEN';
  // Every caller here is a person (API keys have their own tests).
  if (permission === 'signedIn' || permission === 'person') return 'allowed';
  // The platform-admin flag opens the catalog and system notifications, nothing else; no tenant role grants it.
  if (permission === 'platformAdmin') return caller === 'platform admin (no org header)' ? 'allowed' : 'FORBIDDEN';
  if (caller === 'outsider (no org header)' || caller === 'platform admin (no org header)') return 'FORBIDDEN';
  return roleAtLeast(caller, MINIMUM_ROLE[permission]) ? 'allowed' : 'FORBIDDEN';
}

interface Call {
  rootType: 'Query' | 'Mutation';
  field: string;
  permission: Permission;
  caller: Caller;
  expected: Outcome;
  response?: GraphQLResponse;
}

const CALLS: Call[] = (['Query', 'Mutation'] as const).flatMap((rootType) =>
  Object.entries(OPERATION_PERMISSIONS[rootType]).flatMap(([field, permission]) =>
    CALLERS.map((caller) => ({ rootType, field, permission, caller, expected: expectedOutcome(permission, caller) })),
  ),
);

describe('role matrix', () => {
  let app: TestApp;
  let org: TestOrganization;
  let fixtures: Fixtures;
  let platformAdmin: Actor;
  let before: Record<string, string>;
  let after: Record<string, string>;

  const actorFor = (caller: Caller): Actor | null => {
    switch (caller) {
      case 'anonymous':
        return null;
      case 'outsider':
        return org.outsider;
      case 'outsider (no org header)':
        return org.outsider.inOrg(null);
      case 'platform admin (no org header)':
        return platformAdmin;
      default:
        return org.as(caller);
    }
  };

  const send = async (call: Call, variables: Variables | undefined) => {
    const operation = OPERATIONS[call.rootType][call.field];
    if (!operation) return; // reported by "this file has an operation for every field"
    const { query } = operation;
    const actor = actorFor(call.caller);
    call.response = actor ? await actor.query(query, variables) : await app.post({ query, variables }, { 'x-organization-id': org.id });
  };

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Roles');
    platformAdmin = await app.platformAdmin('roles-platform-admin');
    const contact = await org.owner.query(CREATE_CONTACT, { input: { firstName: 'Shared', lastName: 'Contact' } });
    const company = await org.owner.query(CREATE_COMPANY, { input: { name: 'Shared company' } });
    const pipelines = await org.owner.query(PIPELINES);
    fixtures = new Fixtures(
      app,
      org.owner,
      contact.data.createContact.contact.id,
      company.data.createCompany.company.id,
      pipelines.data.pipelines.edges[0].node.stages[1].id,
    );

    // Denied calls first. Their fixtures are built once per field (a denied call changes
    // nothing, so they can share them); then the database is fingerprinted around the calls.
    const denied = CALLS.filter((call) => call.expected !== 'allowed');
    const sharedVariables = new Map<string, Variables | undefined>();
    await inParallel([...new Set(denied.map((call) => `${call.rootType}.${call.field}`))], 6, async (key) => {
      const [rootType, field] = key.split('.') as ['Query' | 'Mutation', string];
      sharedVariables.set(key, await OPERATIONS[rootType][field]?.variables?.(fixtures));
    });
    before = await databaseFingerprint(app);
    await inParallel(denied, 8, (call) => send(call, sharedVariables.get(`${call.rootType}.${call.field}`)));
    after = await databaseFingerprint(app);

    // Allowed calls each get fresh fixtures, since they change them; a call that changes the
    // caller's own membership runs as a stand-in with the same role in an organization of its own.
    await inParallel(
      CALLS.filter((call) => call.expected === 'allowed'),
      6,
      async (call) => {
        const operation = OPERATIONS[call.rootType][call.field];
        if (operation?.standIn && isRole(call.caller)) {
          const { actor, variables } = await operation.standIn(fixtures, call.caller);
          call.response = await actor.query(operation.query, variables);
          return;
        }
        await send(call, await operation?.variables?.(fixtures, actorFor(call.caller) ?? undefined));
      },
    );
  }, 180_000); // ~50 s alone; 3x that while the other test files share the 2 cores
  afterAll(async () => app?.close());

  it('this file has an operation for every field in the matrix', () => {
    for (const rootType of ['Query', 'Mutation'] as const) {
      expect(Object.keys(OPERATIONS[rootType]).sort()).toEqual(Object.keys(OPERATION_PERMISSIONS[rootType]).sort());
    }
  });

  it.each(CALLS.map((call) => [`${call.rootType}.${call.field}`, call.caller, call.expected, call] as const))(
    '%s as %s → %s',
    (_field, _caller, expected, call) => {
      const response = call.response!;
      expect(response).toBeDefined();
      if (expected === 'allowed') {
        // Valid input: an allowed call succeeds outright.
        expect(response.errors).toBeUndefined();
        expect(response.data?.[call.field]).not.toBeNull();
        expect(response.data?.[call.field]).toBeDefined();
        if (call.field === 'nodes') expect(response.data!.nodes.every((node: unknown) => node !== null)).toBe(true);
      } else {
        expect(codes(response)).toEqual([expected]);
        expect(response.data?.[call.field] ?? null).toBeNull();
        expect(response.status).toBe(expected === 'UNAUTHENTICATED' ? 401 : 403);
      }
    },
  );

  it('denied calls wrote nothing (every table unchanged)', () => {
    expect(Object.keys(before).length).toBeGreaterThan(5);
    expect(after).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------
// The OWNER role: only an OWNER may grant, change or remove it (checked in the service layer).
// ---------------------------------------------------------------------------------------------

const MEMBERS_QUERY = '{ members(first: 100) { edges { node { id role user { email } } } } }';

describe('only an OWNER manages OWNERs', () => {
  let app: TestApp;
  let org: TestOrganization;

  const membershipOf = async (email: string) => {
    const result = await app.owner.query(
      'SELECT m.role::text AS role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND u.email = $2',
      [org.id, email],
    );
    return (result.rows[0]?.role as string | undefined) ?? null;
  };
  const membershipId = async (email: string) => {
    const members = await org.owner.query(MEMBERS_QUERY);
    return members.data.members.edges.find((edge: any) => edge.node.user.email === email).node.id as string;
  };
  /** A fresh member of `org` with `role`, invited by the owner. */
  const newMember = async (role: Role) => {
    const actor = await app.actor(`owner-rule-${role.toLowerCase()}`);
    await joinOrganization(org.owner, actor, role);
    return actor;
  };
  const expectForbidden = (response: GraphQLResponse, field: string) => {
    expect(codes(response)).toEqual(['FORBIDDEN']);
    expect(response.errors![0]!.message).toMatch(/owner/i);
    expect(response.data?.[field] ?? null).toBeNull();
  };

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Owners');
  });
  afterAll(async () => app?.close());

  it('an ADMIN cannot invite an OWNER; an OWNER can', async () => {
    const candidate = await app.actor('owner-candidate');
    expectForbidden(await org.admin.query(INVITE_MEMBER, { input: { email: candidate.email, role: 'OWNER' } }), 'inviteMember');
    const invitations = await app.owner.query('SELECT count(*)::int AS n FROM invitations WHERE org_id = $1 AND email = $2', [
      org.id,
      candidate.email,
    ]);
    expect(invitations.rows[0].n).toBe(0);

    const invited = await org.owner.query(INVITE_MEMBER, { input: { email: candidate.email, role: 'OWNER' } });
    expect(invited.errors).toBeUndefined();
    expect(invited.data.inviteMember.invitation.role).toBe('OWNER');
    const accepted = await candidate.query(ACCEPT_INVITATION, { input: { invitationId: invited.data.inviteMember.invitation.id } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptInvitation.membership.role).toBe('OWNER');
    expect(await membershipOf(candidate.email)).toBe('OWNER');
  });

  it('an ADMIN can invite an ADMIN (the rule is about OWNER only)', async () => {
    const candidate = await app.actor('admin-candidate');
    await joinOrganization(org.admin, candidate, 'ADMIN');
    expect(await membershipOf(candidate.email)).toBe('ADMIN');
  });

  it('an ADMIN cannot revoke an OWNER invitation; an OWNER can', async () => {
    const invitationId = await invite(org.owner, `owner-invitee.${Date.now()}@example.test`, 'OWNER');
    expectForbidden(await org.admin.query(REVOKE_INVITATION, { input: { invitationId } }), 'revokeInvitation');
    const revoked = await org.owner.query(REVOKE_INVITATION, { input: { invitationId } });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data.revokeInvitation.invitation.status).toBe('REVOKED');
  });

  it('an ADMIN cannot promote to OWNER; an OWNER can', async () => {
    const viewer = await newMember('VIEWER');
    const id = await membershipId(viewer.email);
    expectForbidden(await org.admin.query(CHANGE_MEMBER_ROLE, { input: { membershipId: id, role: 'OWNER' } }), 'changeMemberRole');
    expect(await membershipOf(viewer.email)).toBe('VIEWER');

    const promoted = await org.owner.query(CHANGE_MEMBER_ROLE, { input: { membershipId: id, role: 'OWNER' } });
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data.changeMemberRole.membership.role).toBe('OWNER');
    expect(await membershipOf(viewer.email)).toBe('OWNER');
  });

  it('an ADMIN cannot demote an OWNER; an OWNER can', async () => {
    const coOwner = await newMember('OWNER');
    const id = await membershipId(coOwner.email);
    expectForbidden(await org.admin.query(CHANGE_MEMBER_ROLE, { input: { membershipId: id, role: 'VIEWER' } }), 'changeMemberRole');
    expect(await membershipOf(coOwner.email)).toBe('OWNER');

    const demoted = await org.owner.query(CHANGE_MEMBER_ROLE, { input: { membershipId: id, role: 'ADMIN' } });
    expect(demoted.errors).toBeUndefined();
    expect(await membershipOf(coOwner.email)).toBe('ADMIN');
  });

  it('an ADMIN cannot remove an OWNER; an OWNER can', async () => {
    const coOwner = await newMember('OWNER');
    const id = await membershipId(coOwner.email);
    expectForbidden(await org.admin.query(REMOVE_MEMBER, { input: { membershipId: id } }), 'removeMember');
    expect(await membershipOf(coOwner.email)).toBe('OWNER');

    const removed = await org.owner.query(REMOVE_MEMBER, { input: { membershipId: id } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data.removeMember.removedMembershipId).toBe(id);
    expect(await membershipOf(coOwner.email)).toBeNull();
  });

  it("an ADMIN can change a non-owner's role", async () => {
    const member = await newMember('MEMBER');
    const id = await membershipId(member.email);
    const changed = await org.admin.query(CHANGE_MEMBER_ROLE, { input: { membershipId: id, role: 'ADMIN' } });
    expect(changed.errors).toBeUndefined();
    expect(await membershipOf(member.email)).toBe('ADMIN');
  });

  it('an ADMIN can remove a non-owner', async () => {
    const member = await newMember('ADMIN');
    const id = await membershipId(member.email);
    const removed = await org.admin.query(REMOVE_MEMBER, { input: { membershipId: id } });
    expect(removed.errors).toBeUndefined();
    expect(await membershipOf(member.email)).toBeNull();
  });

  it('an ADMIN cannot make themselves OWNER', async () => {
    const id = await membershipId(org.admin.email);
    expectForbidden(await org.admin.query(CHANGE_MEMBER_ROLE, { input: { membershipId: id, role: 'OWNER' } }), 'changeMemberRole');
    expect(await membershipOf(org.admin.email)).toBe('ADMIN');
  });

  it('the last OWNER cannot be demoted or removed, even by themselves', async () => {
    const solo = await createOrganization(app, 'Solo');
    const members = await solo.owner.query(MEMBERS_QUERY);
    const ownerId = members.data.members.edges.find((edge: any) => edge.node.role === 'OWNER').node.id;
    const demoted = await solo.owner.query(CHANGE_MEMBER_ROLE, { input: { membershipId: ownerId, role: 'ADMIN' } });
    expect(codes(demoted)).toEqual(['BAD_USER_INPUT']);
    const removed = await solo.owner.query(REMOVE_MEMBER, { input: { membershipId: ownerId } });
    expect(codes(removed)).toEqual(['BAD_USER_INPUT']);
    const still = await app.owner.query("SELECT count(*)::int AS n FROM memberships WHERE org_id = $1 AND role = 'OWNER'", [solo.id]);
    expect(still.rows[0].n).toBe(1);
  });
});
