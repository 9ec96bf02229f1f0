/**
 * Joining an organization the only way there is: an ADMIN or OWNER invites the person's e-mail,
 * and the person, signed in with that e-mail verified (test actors' tokens are), accepts.
 */
import type { Role } from '../../src/auth/permissions.js';
import type { Actor } from './app.js';

export const INVITE_MEMBER = /* GraphQL */ `
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitation {
        id
        email
        role
        expiresAt
      }
    }
  }
`;

export const ACCEPT_INVITATION = /* GraphQL */ `
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      membership {
        id
        role
      }
      organization {
        id
      }
    }
  }
`;

export const REVOKE_INVITATION = /* GraphQL */ `
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      invitation {
        id
        status
      }
    }
  }
`;

/** Invites `email` as `role` in the inviter's organization; returns the invitation's global id. */
export async function invite(inviter: Actor, email: string, role: Role): Promise<string> {
  const invited = await inviter.query(INVITE_MEMBER, { input: { email, role } });
  if (invited.errors) throw new Error(`inviteMember failed: ${JSON.stringify(invited.errors)}`);
  return invited.data.inviteMember.invitation.id;
}

/** `invitee` accepts an invitation (without an organization header); returns the membership's global id. */
export async function accept(invitee: Actor, invitationId: string): Promise<string> {
  const accepted = await invitee.inOrg(null).query(ACCEPT_INVITATION, { input: { invitationId } });
  if (accepted.errors) throw new Error(`acceptInvitation failed: ${JSON.stringify(accepted.errors)}`);
  return accepted.data.acceptInvitation.membership.id;
}

/** Makes `invitee` a member of the inviter's organization with `role`; returns the membership's global id. */
export async function joinOrganization(inviter: Actor, invitee: Actor, role: Role): Promise<string> {
  return accept(invitee, await invite(inviter, invitee.email, role));
}
