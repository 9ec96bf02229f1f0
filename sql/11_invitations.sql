-- Invitations: the only way into an organization besides creating it. An ADMIN invites an
-- e-mail address with a role (inviteMember); whoever signs in with a token whose `email` claim
-- is that address, verified by the identity provider (`email_verified: true`), accepts it
-- (acceptInvitation) and becomes a member with that role. Nothing looks a user up by e-mail:
-- e-mail addresses are neither verified nor unique in users, so "the oldest user with this
-- e-mail" could be whoever registered the victim's address first.

-- Tenant rows like any other. An invitation is the record of who let whom in: accepted or
-- revoked, never deleted by the API.
CALL app.enable_tenant_rls('invitations', 'SELECT, INSERT, UPDATE');

-- Accepting runs as the owner: the invitee is not a member yet and must not be able to read the
-- organization's invitations, so RLS hides them; this function finds the one invitation named
-- by id, checks everything, and inserts the membership.
--   * The caller is the request's user (app.current_user_id, bound by app.begin_request); the
--     e-mail and its verification come from that request's verified token.
--   * Every refusal (unknown, expired, revoked, accepted, another e-mail, unverified) is the same
--     outcome, 'invalid', and writes nothing: the answer reveals no more than "not for you".
--   * Concurrency: the UPDATE re-checks accepted_at under the row lock, so of two concurrent
--     accepts one wins and the other finds it accepted; (org_id, user_id) is unique in memberships.
--   * On success the request's organization becomes the invitation's (app.current_org_id), as
--     createOrganization does: the insert policies, the audit trigger and the payload need it.
-- Returns outcome 'accepted' (with the membership), 'invalid', or 'already_member' (then the
-- caller rolls the request back, which also undoes the acceptance).
CREATE OR REPLACE FUNCTION app.accept_invitation(p_invitation_id uuid, p_email text, p_email_verified boolean)
RETURNS TABLE (membership_id uuid, org_id uuid, role text, outcome text)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  v_user uuid := NULLIF(current_setting('app.current_user_id', true), '')::uuid;
  v_previous_org text := COALESCE(current_setting('app.current_org_id', true), '');
  v_invitation invitations%ROWTYPE;
  v_membership uuid;
BEGIN
  IF v_user IS NULL OR p_invitation_id IS NULL OR p_email IS NULL OR p_email_verified IS NOT TRUE THEN
    RETURN QUERY SELECT NULL::uuid, NULL::uuid, NULL::text, 'invalid'::text;
    RETURN;
  END IF;
  -- Under FORCE RLS the owner sees this one row only through invitation_acceptance (below),
  -- and only while this setting names it.
  PERFORM set_config('app.accepting_invitation_id', p_invitation_id::text, true);
  SELECT * INTO v_invitation FROM invitations i WHERE i.id = p_invitation_id;
  PERFORM set_config('app.accepting_invitation_id', '', true);
  IF v_invitation.id IS NULL OR lower(v_invitation.email) <> lower(p_email)
     OR v_invitation.accepted_at IS NOT NULL OR v_invitation.revoked_at IS NOT NULL
     OR v_invitation.expires_at <= now() THEN
    RETURN QUERY SELECT NULL::uuid, NULL::uuid, NULL::text, 'invalid'::text;
    RETURN;
  END IF;
  PERFORM set_config('app.current_org_id', v_invitation.org_id::text, true);
  UPDATE invitations i SET accepted_at = now(), updated_at = now()
   WHERE i.org_id = v_invitation.org_id AND i.id = v_invitation.id AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now();
  IF NOT FOUND THEN
    PERFORM set_config('app.current_org_id', v_previous_org, true);
    RETURN QUERY SELECT NULL::uuid, NULL::uuid, NULL::text, 'invalid'::text;
    RETURN;
  END IF;
  INSERT INTO memberships AS m (org_id, user_id, role)
  VALUES (v_invitation.org_id, v_user, v_invitation.role)
  ON CONFLICT (org_id, user_id) DO NOTHING
  RETURNING m.id INTO v_membership;
  IF v_membership IS NULL THEN
    RETURN QUERY SELECT NULL::uuid, v_invitation.org_id, NULL::text, 'already_member'::text;
    RETURN;
  END IF;
  RETURN QUERY SELECT v_membership, v_invitation.org_id, v_invitation.role::text, 'accepted'::text;
END
$$;
REVOKE ALL ON FUNCTION app.accept_invitation(uuid, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.accept_invitation(uuid, text, boolean) TO clientflow_app;

-- The one way the owner reads an invitation outside its organization: inside
-- app.accept_invitation, by id. The policy applies to the function's owner only (never to the
-- API's role, which could set the setting itself), so FORCE RLS still binds every other query the
-- owner runs. (A superuser owner bypasses RLS anyway; a managed database's owner role does not.)
DO $$
BEGIN
  EXECUTE 'DROP POLICY IF EXISTS invitation_acceptance ON invitations';
  EXECUTE format(
    $p$CREATE POLICY invitation_acceptance ON invitations FOR SELECT TO %I
         USING (id = NULLIF(current_setting('app.accepting_invitation_id', true), '')::uuid)$p$,
    (SELECT pg_get_userbyid(p.proowner) FROM pg_proc p WHERE p.oid = 'app.accept_invitation(uuid, text, boolean)'::regprocedure));
END
$$;
