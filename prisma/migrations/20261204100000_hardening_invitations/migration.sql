-- Issue 9, "one request must never hurt another tenant": SECURITY DEFINER functions pin
-- search_path with pg_temp last and the API role loses TEMPORARY; app.provision_user is reached
-- only through app.begin_request, which binds the transaction to one user; ILIKE loses LEAKPROOF
-- (its errors depend on values RLS hides); invitations replace adding members by e-mail. The
-- schema engine's diff from the previous migration to prisma/schema.prisma, then the sql/ files
-- that changed or are new, verbatim (each is written to apply again over the previous state).

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "membership_role" NOT NULL,
    "invited_by_id" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "invitations_org_id_created_at_id_idx" ON "invitations"("org_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "invitations_org_id_email_idx" ON "invitations"("org_id", "email");

-- CreateIndex
CREATE INDEX "invitations_org_id_invited_by_id_idx" ON "invitations"("org_id", "invited_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitations_org_id_id_key" ON "invitations"("org_id", "id");

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_org_id_invited_by_id_fkey" FOREIGN KEY ("org_id", "invited_by_id") REFERENCES "memberships"("org_id", "user_id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- >>> sql/001_roles_and_schema.sql
-- 001 Roles and the helper schema.
-- clientflow_app is the group role every API login role joins: it owns nothing, is not a
-- superuser and cannot bypass row-level security. Deployments create their own LOGIN role
-- IN ROLE clientflow_app (see README, "Production"); migrations run as the owner role.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clientflow_app') THEN
    CREATE ROLE clientflow_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS app;
COMMENT ON SCHEMA app IS 'ClientFlow helper functions for tenancy and row-level security.';

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO clientflow_app;
GRANT USAGE ON SCHEMA app TO clientflow_app;

-- No temporary tables for anyone but the owner: pg_temp is a schema every role could fill, and
-- a temporary table named like one of ours (users, memberships, audit_log) shadows it wherever
-- pg_temp is searched first. TEMPORARY comes from PUBLIC by default and is a per-database
-- privilege that CREATE DATABASE does not copy from a template, so tests/helpers/app.ts revokes
-- it on every clone and start-up refuses an API role that still has it (src/db/bootstrap.ts).
-- Only the database's owner or a superuser may revoke it; elsewhere a DBA runs this once
-- (README, Production).
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
     OR pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
  ELSE
    RAISE WARNING 'not the owner of database %: run REVOKE TEMPORARY ON DATABASE % FROM PUBLIC as its owner (the API refuses to start while its role may create temporary tables)', current_database(), current_database();
  END IF;
END
$$;
-- <<< sql/001_roles_and_schema.sql

-- >>> sql/020_tenancy.sql
-- 020 Organizations, users and memberships: the tables the tenant boundary is made of.

-- Memberships are tenant rows; a user may additionally see their own memberships in every
-- organization, which is what `organizations` lists and what begin_request verifies.
CALL app.enable_tenant_rls('memberships');
DROP POLICY IF EXISTS tenant_select ON memberships;
CREATE POLICY tenant_select ON memberships FOR SELECT USING (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  OR user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid
);

-- An organization is visible when it is the request's organization or the user belongs to it.
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS org_select ON organizations;
DROP POLICY IF EXISTS org_insert ON organizations;
DROP POLICY IF EXISTS org_update ON organizations;
DROP POLICY IF EXISTS org_delete ON organizations;
CREATE POLICY org_select ON organizations FOR SELECT USING (
  id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  OR id = ANY (ARRAY(
    SELECT m.org_id FROM memberships m
    WHERE m.user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid))
);
-- Any signed-in user may create an organization; it must be the request's organization so
-- that the creator's OWNER membership can be inserted under the memberships policy.
CREATE POLICY org_insert ON organizations FOR INSERT WITH CHECK (
  NULLIF(current_setting('app.current_user_id', true), '') IS NOT NULL
  AND id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
);
CREATE POLICY org_update ON organizations FOR UPDATE
  USING (id = NULLIF(current_setting('app.current_org_id', true), '')::uuid)
  WITH CHECK (id = NULLIF(current_setting('app.current_org_id', true), '')::uuid);
CREATE POLICY org_delete ON organizations FOR DELETE
  USING (id = NULLIF(current_setting('app.current_org_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON organizations TO clientflow_app;

-- Users are global (no org_id). The app role may read itself and the members of the
-- request's organization; it writes users only through app.begin_request. RLS is enabled
-- but not forced here: the SECURITY DEFINER functions below, owned by the migration role,
-- must find a user by subject across organizations.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS user_select ON users;
CREATE POLICY user_select ON users FOR SELECT USING (
  id = NULLIF(current_setting('app.current_user_id', true), '')::uuid
  OR id = ANY (ARRAY(
    SELECT m.user_id FROM memberships m
    WHERE m.org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid))
);
GRANT SELECT ON users TO clientflow_app;

-- Every SECURITY DEFINER function here pins search_path with pg_temp LAST. Left out, pg_temp is
-- searched FIRST for tables, and a temporary table named users or memberships would stand in
-- for ours inside a function that runs with the owner's rights.

-- The first statement of every authenticated request (after BEGIN): provisions the user just in
-- time from the verified token (one row per identity-provider subject, written only when the
-- e-mail or name changed), sets app.current_user_id, and sets app.current_org_id only when the
-- user is a member of the requested organization. The role returned comes from the membership
-- row, the platform flag from the users row (never from the token).
--
-- It is the only writer of users, and it binds the transaction to that one subject: a second
-- call for another subject in the same transaction is refused (42501) before anything is
-- written, so SQL slipped into a request cannot provision, rewrite or become someone else. (The
-- former app.provision_user, callable by the API role, rewrote any subject's name and e-mail.)
-- The binding is a pair of transaction-level advisory locks keyed by the subject (two 32-bit
-- hashes: 64 bits): unlike the app.* settings, which any SQL can reset, such a lock cannot be
-- released before the transaction ends. Looking for them means reading pg_locks, which walks
-- every backend's locks and takes every lock-partition lock (~70 us here): done only for a call
-- that is not in the transaction's first message. The API sends BEGIN and this call as one
-- message (src/db/client.ts); SQL slipped into a request can only arrive in a later one.
-- One SECURITY DEFINER call, with the provisioning and the platform flag inline: each nested
-- definer call with a SET clause cost ~60 us (measured: 0.30 ms per request before, 0.12-0.20
-- ms after, pgbench on this machine).
CREATE OR REPLACE FUNCTION app.begin_request(p_subject text, p_email text, p_name text, p_org_id uuid)
RETURNS TABLE (user_id uuid, role text, is_platform_admin boolean)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  -- 'CFb1' and 'CFb2': the advisory-lock classids that mark a binding.
  c_mark1 constant integer := 1128686129;
  c_mark2 constant integer := 1128686130;
  v_key1 constant integer := hashtext('bind1:' || p_subject);
  v_key2 constant integer := hashtext('bind2:' || p_subject);
  v_user uuid;
  v_admin boolean;
  v_role text;
BEGIN
  -- pg_locks shows the int4 keys as unsigned oids.
  IF statement_timestamp() <> transaction_timestamp()
     AND EXISTS (SELECT 1 FROM pg_locks l
                  WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.objsubid = 2
                    AND ((l.classid = c_mark1::oid AND l.objid <> (v_key1::bigint & 4294967295)::oid)
                      OR (l.classid = c_mark2::oid AND l.objid <> (v_key2::bigint & 4294967295)::oid))) THEN
    RAISE EXCEPTION 'this transaction already belongs to another user'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM pg_advisory_xact_lock_shared(c_mark1, v_key1);
  PERFORM pg_advisory_xact_lock_shared(c_mark2, v_key2);
  SELECT u.id, u.is_platform_admin INTO v_user, v_admin FROM users u
   WHERE u.auth_subject = p_subject
     AND u.email IS NOT DISTINCT FROM COALESCE(p_email, u.email)
     AND u.name IS NOT DISTINCT FROM COALESCE(p_name, u.name);
  IF v_user IS NULL THEN
    INSERT INTO users AS u (auth_subject, email, name)
    VALUES (p_subject, p_email, p_name)
    ON CONFLICT (auth_subject) DO UPDATE
      SET email = COALESCE(EXCLUDED.email, u.email),
          name = COALESCE(EXCLUDED.name, u.name),
          updated_at = now()
    RETURNING u.id, u.is_platform_admin INTO v_user, v_admin;
  END IF;
  PERFORM set_config('app.current_user_id', v_user::text, true);
  PERFORM set_config('app.current_org_id', '', true);
  IF p_org_id IS NOT NULL THEN
    SELECT m.role::text INTO v_role FROM memberships m
     WHERE m.user_id = v_user AND m.org_id = p_org_id;
    IF v_role IS NOT NULL THEN
      PERFORM set_config('app.current_org_id', p_org_id::text, true);
    END IF;
  END IF;
  RETURN QUERY SELECT v_user, v_role, v_admin;
END
$$;
REVOKE ALL ON FUNCTION app.begin_request(text, text, text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.begin_request(text, text, text, uuid) TO clientflow_app;
DROP FUNCTION IF EXISTS app.provision_user(text, text, text);

-- An organization always keeps at least one OWNER: the database refuses the change that
-- would remove or demote the last one, whatever the application does. The advisory lock
-- serializes owner changes per organization, so two owners demoting each other in concurrent
-- transactions cannot both pass (each would still see the other's uncommitted row as OWNER).
CREATE OR REPLACE FUNCTION app.ensure_org_keeps_an_owner()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF OLD.role = 'OWNER' AND (TG_OP = 'DELETE' OR NEW.role <> 'OWNER' OR NEW.org_id <> OLD.org_id) THEN
    PERFORM pg_advisory_xact_lock(hashtextextended(OLD.org_id::text, 0));
    IF EXISTS (SELECT 1 FROM organizations o WHERE o.id = OLD.org_id)
       AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = OLD.org_id AND m.role = 'OWNER')
    THEN
      RAISE EXCEPTION 'an organization must keep at least one owner'
        USING ERRCODE = 'P0001', HINT = 'LAST_OWNER';
    END IF;
  END IF;
  RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS memberships_keep_an_owner ON memberships;
CREATE TRIGGER memberships_keep_an_owner
  AFTER UPDATE OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION app.ensure_org_keeps_an_owner();
-- <<< sql/020_tenancy.sql

-- >>> sql/025_invitations.sql
-- 025 Invitations: the only way into an organization besides creating it. An ADMIN invites an
-- e-mail address with a role (inviteMember); whoever signs in with a token whose `email` claim
-- is that address, verified by the identity provider (`email_verified: true`), accepts it
-- (acceptInvitation) and becomes a member with that role. Nothing looks a user up by e-mail:
-- e-mail addresses are neither verified nor unique in users, so "the oldest user with this
-- e-mail" could be whoever registered the victim's address first.

-- Tenant rows like any other. An invitation is the record of who let whom in: accepted or
-- revoked, never deleted by the API.
CALL app.enable_tenant_rls('invitations');
REVOKE DELETE ON invitations FROM clientflow_app;

-- Adding a member by e-mail (the addMember mutation) is gone with the function behind it.
DROP FUNCTION IF EXISTS app.user_id_by_email(text);

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
   WHERE i.id = v_invitation.id AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now();
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
-- <<< sql/025_invitations.sql

-- >>> sql/040_text_search_under_rls.sql
-- 040 ILIKE (pg_catalog.texticlike) is NOT leakproof, and this file makes sure it stays so.
-- Under row-level security PostgreSQL evaluates a condition before the policy only when its
-- operator is LEAKPROOF: then it may run on rows the policy would hide, so its errors must not
-- depend on their values. ILIKE's do: "LIKE pattern must not end with escape character" (SQLSTATE
-- 22025) is raised by its PATTERN argument, and that argument may be a column
-- (`'smith' ILIKE last_name`). Marked leakproof (as an earlier version of this file did), such a
-- query under the API role raised that error for another organization's "Smith\" and answered
-- nothing for a name without the trailing backslash: an oracle on rows RLS hides
-- (tests/db/text-search-index.test.ts). Any tenant can store such a value through the API.
-- The price: contains/startsWith filters no longer use the trigram indexes under RLS; they read the
-- organization's rows through its (org_id, ...) indexes and test each one (README and
-- bench/README.md have the measurements and what could win the speed back). Changing the mark
-- takes a superuser; elsewhere a DBA runs this file once (or it was never set there).
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION pg_catalog.texticlike(text, text) NOT LEAKPROOF;
  ELSIF (SELECT proleakproof FROM pg_proc WHERE oid = 'pg_catalog.texticlike(text, text)'::regprocedure) THEN
    RAISE WARNING 'not a superuser: texticlike is still LEAKPROOF (an earlier sql/040 marked it); run sql/040_text_search_under_rls.sql as a superuser: its errors depend on values RLS hides';
  END IF;
END
$$;
-- <<< sql/040_text_search_under_rls.sql

-- >>> sql/051_marketplace_catalog.sql
-- 051 The marketplace catalog is shared by every organization (no org_id). Every signed-in
-- user may read it; only platform administrators (users.is_platform_admin, set by
-- `npm run platform-admin`, never by a tenant role or through the API) may write it. The
-- API checks this first; the policies below enforce it whatever the API does.

-- Whether the request's user is a platform administrator. SECURITY DEFINER because users is
-- readable by the app role only for itself and co-members; it reveals one boolean about the
-- caller only.
CREATE OR REPLACE FUNCTION app.is_platform_admin()
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
  SELECT COALESCE((SELECT u.is_platform_admin FROM users u
                    WHERE u.id = NULLIF(current_setting('app.current_user_id', true), '')::uuid), false)
$$;
REVOKE ALL ON FUNCTION app.is_platform_admin() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.is_platform_admin() TO clientflow_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['marketplace_tools', 'tool_bundles', 'tool_bundle_items'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('DROP POLICY IF EXISTS catalog_select ON %I', t);
    EXECUTE format('DROP POLICY IF EXISTS catalog_insert ON %I', t);
    EXECUTE format('DROP POLICY IF EXISTS catalog_update ON %I', t);
    EXECUTE format('DROP POLICY IF EXISTS catalog_delete ON %I', t);
    EXECUTE format($p$CREATE POLICY catalog_select ON %I FOR SELECT
      USING (NULLIF(current_setting('app.current_user_id', true), '') IS NOT NULL)$p$, t);
    EXECUTE format('CREATE POLICY catalog_insert ON %I FOR INSERT WITH CHECK (app.is_platform_admin())', t);
    EXECUTE format('CREATE POLICY catalog_update ON %I FOR UPDATE USING (app.is_platform_admin()) WITH CHECK (app.is_platform_admin())', t);
    EXECUTE format('CREATE POLICY catalog_delete ON %I FOR DELETE USING (app.is_platform_admin())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO clientflow_app', t);
  END LOOP;
END
$$;

-- The API must not be able to make anyone a platform administrator: its role may read users
-- (under the users policy) but has no UPDATE on them, and app.begin_request (the one writer of
-- users) never touches the flag. app.begin_request (sql/020) also returns the flag, so the API learns it in the
-- same round trip.
-- <<< sql/051_marketplace_catalog.sql

-- >>> sql/060_audit_log.sql
-- 060 The audit log. A trigger on every business table records who (the request's user),
-- which organization, which table and record, what (INSERT / UPDATE / DELETE) and the changed
-- columns as { column: { old, new } }. Soft deletes and restores show up as UPDATEs of
-- deleted_at. The app role may only read its organization's entries; nobody may change or
-- remove one: there is no UPDATE/DELETE policy or grant, and a trigger refuses UPDATE, DELETE
-- and TRUNCATE even for the table's owner.

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS audit_select ON audit_log;
DROP POLICY IF EXISTS audit_insert ON audit_log;
CREATE POLICY audit_select ON audit_log FOR SELECT
  USING (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid);
-- Only the trigger function (SECURITY DEFINER, owned by the migration role) inserts; the
-- policy still pins the row to the request's organization.
CREATE POLICY audit_insert ON audit_log FOR INSERT
  WITH CHECK (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid);
REVOKE ALL ON audit_log FROM clientflow_app;
GRANT SELECT ON audit_log TO clientflow_app;

CREATE OR REPLACE FUNCTION app.audit_log_is_append_only()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION app.audit_log_is_append_only();
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION app.audit_log_is_append_only();

-- TG_ARGV[0]: the column holding the organization ('org_id'; 'id' for organizations).
CREATE OR REPLACE FUNCTION app.record_audit()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_old jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  v_new jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  v_row jsonb := COALESCE(v_new, v_old);
  v_org_column text := COALESCE(TG_ARGV[0], 'org_id');
  v_changes jsonb;
BEGIN
  SELECT COALESCE(jsonb_object_agg(k, jsonb_build_object('old', v_old -> k, 'new', v_new -> k)), '{}'::jsonb)
    INTO v_changes
    FROM jsonb_object_keys(v_row) AS k
   WHERE k NOT IN ('id', 'org_id', 'created_at', 'updated_at')
     AND (v_old -> k) IS DISTINCT FROM (v_new -> k);
  IF TG_OP = 'UPDATE' AND v_changes = '{}'::jsonb THEN
    RETURN NULL; -- only updated_at moved
  END IF;
  -- clock_timestamp(), not now(): the changes of one transaction keep their order.
  INSERT INTO audit_log (org_id, actor_user_id, table_name, record_id, action, changes, occurred_at)
  VALUES ((v_row ->> v_org_column)::uuid,
          NULLIF(current_setting('app.current_user_id', true), '')::uuid,
          TG_TABLE_NAME, (v_row ->> 'id')::uuid, TG_OP::audit_action, v_changes, clock_timestamp());
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.record_audit() FROM PUBLIC;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'memberships', 'companies', 'contacts', 'leads', 'pipelines', 'pipeline_stages', 'deals',
    'activities', 'listings', 'appointments', 'appointment_attendees', 'messages', 'automations',
    'attachments', 'tool_purchases', 'bundle_purchases', 'tool_reviews', 'checkouts'
  ] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_audit', t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION app.record_audit()', t || '_audit', t);
  END LOOP;
END
$$;
DROP TRIGGER IF EXISTS organizations_audit ON organizations;
CREATE TRIGGER organizations_audit AFTER INSERT OR UPDATE OR DELETE ON organizations
  FOR EACH ROW EXECUTE FUNCTION app.record_audit('id');
-- <<< sql/060_audit_log.sql

-- >>> sql/070_trigram_search_under_rls.sql
-- 070 Let search use its trigram indexes under RLS: pg_trgm's similarity operators (%, <%, %>,
-- <<%, %>>) are not marked LEAKPROOF, so under row-level security PostgreSQL would not use a GIN
-- trigram index for them and `search` would test every row of the organization.
-- Why the mark is safe here (unlike ILIKE's, sql/040): nothing in a value's content can make them
-- raise (no escapes, no patterns: both arguments are only cut into trigrams). Their one error is
-- an allocation limit reached by an argument's LENGTH: "out of memory" (SQLSTATE 54000) from
-- 238,609,294 bytes and "invalid memory alloc request size" a little below, measured on
-- PostgreSQL 17.10 (100 MB works). No tenant can store such a value: everything the API writes
-- arrives in a request body of at most 1 MB (src/server.ts; tests/db/text-search-index.test.ts
-- keeps that true), so these errors cannot tell one organization anything about another's rows.
-- Superuser only; elsewhere a DBA runs this file once, or search falls back to scanning the
-- organization (correct, only slower).
-- COST 100: pg_trgm declares these operators as cheap as an integer comparison (COST 1), so the
-- planner preferred reading every row of the organization and testing each one over the trigram
-- index (measured 120 ms on 4,000 leads against 2-44 ms through the index at 100k contacts). A
-- trigram comparison costs about a hundred simple operators.
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION similarity_op(text, text) LEAKPROOF;
    ALTER FUNCTION word_similarity_op(text, text) LEAKPROOF;
    ALTER FUNCTION word_similarity_commutator_op(text, text) LEAKPROOF;
    ALTER FUNCTION strict_word_similarity_op(text, text) LEAKPROOF;
    ALTER FUNCTION strict_word_similarity_commutator_op(text, text) LEAKPROOF;
    ALTER FUNCTION similarity_op(text, text) COST 100;
    ALTER FUNCTION word_similarity_op(text, text) COST 100;
    ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;
    ALTER FUNCTION strict_word_similarity_op(text, text) COST 100;
    ALTER FUNCTION strict_word_similarity_commutator_op(text, text) COST 100;
  ELSE
    RAISE WARNING 'not a superuser: pg_trgm similarity operators stay non-leakproof; run sql/070_trigram_search_under_rls.sql as a superuser so search can use its indexes';
  END IF;
END
$$;
-- <<< sql/070_trigram_search_under_rls.sql
