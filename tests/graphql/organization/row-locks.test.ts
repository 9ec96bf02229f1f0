import { describe, expect, it } from '@jest/globals';
import { useTenants } from '../../helpers/actors.js';
import type { GraphQLResponse } from '../../helpers/app.js';
import { joinOrganization } from '../../helpers/invitations.js';
import { inLockStep, lockStepOptions } from '../../helpers/lock-step.js';
import { codes, uuidOf } from '../../helpers/responses.js';
import { RowLocksChangeRoleDocument, RowLocksRemoveMemberDocument } from '../../generated/operations/graphql.js';

// changeMemberRole and removeMember lock the membership before they read its role
// (src/modules/organization/service.ts): only an OWNER may change or remove an OWNER, and that
// check must decide on the role the write changes, not on the one read before an OWNER's promotion.
const { app, asOwner, asAdmin } = useTenants('MemberLocks', lockStepOptions());

async function newMember(name: string) {
  const person = await app.actor(name);
  const membershipId = await joinOrganization(asOwner, person, 'MEMBER');
  return membershipId;
}

const holdMembership = (membershipId: string) => [
  { sql: 'SELECT 1 FROM memberships WHERE id = $1 FOR UPDATE', params: [uuidOf(membershipId)] },
];
const storedRole = async (membershipId: string): Promise<string | undefined> =>
  (await app.owner.query('SELECT role FROM memberships WHERE id = $1', [uuidOf(membershipId)])).rows[0]?.role;

describe('an ADMIN acting on a member while an OWNER promotes them to OWNER', () => {
  it('changeMemberRole: the OWNER goes first, so the ADMIN is FORBIDDEN and the member stays OWNER', async () => {
    const membershipId = await newMember('promoted-then-demoted');
    const [promote, demote] = await inLockStep<GraphQLResponse>(app, holdMembership(membershipId), [
      () => asOwner.query(RowLocksChangeRoleDocument, { input: { membershipId, role: 'OWNER' } }),
      () => asAdmin.query(RowLocksChangeRoleDocument, { input: { membershipId, role: 'VIEWER' } }),
    ]);
    expect(codes(promote)).toEqual([]);
    // Without the lock the ADMIN's check passes on the MEMBER it read, and it demotes an OWNER.
    expect(codes(demote)).toEqual(['FORBIDDEN']);
    expect(await storedRole(membershipId)).toBe('OWNER');
  });

  it('removeMember: the OWNER goes first, so the ADMIN is FORBIDDEN and the OWNER stays', async () => {
    const membershipId = await newMember('promoted-then-removed');
    const [promote, removal] = await inLockStep<GraphQLResponse>(app, holdMembership(membershipId), [
      () => asOwner.query(RowLocksChangeRoleDocument, { input: { membershipId, role: 'OWNER' } }),
      () => asAdmin.query(RowLocksRemoveMemberDocument, { input: { membershipId } }),
    ]);
    expect(codes(promote)).toEqual([]);
    // Without the lock the ADMIN removes an OWNER.
    expect(codes(removal)).toEqual(['FORBIDDEN']);
    expect(await storedRole(membershipId)).toBe('OWNER');
  });
});
