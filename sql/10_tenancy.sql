-- Tenancy: organizations, users and memberships, the tables the tenant boundary is made of, and
-- app.begin_request, which binds each request's transaction to one user and organization.

-- Memberships are tenant rows (the policies of app.enable_tenant_rls, sql/02), except that a user
-- may additionally see their own memberships in every organization, which is what
-- `organizations` lists and what begin_request verifies.
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tenant_select ON memberships;
DROP POLICY IF EXISTS tenant_insert ON memberships;
DROP POLICY IF EXISTS tenant_update ON memberships;
DROP POLICY IF EXISTS tenant_delete ON memberships;
CREATE POLICY tenant_select ON memberships FOR SELECT USING (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  OR user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid
);
CREATE POLICY tenant_insert ON memberships FOR INSERT
  WITH CHECK (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid);
CREATE POLICY tenant_update ON memberships FOR UPDATE
  USING (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid)
  WITH CHECK (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid);
CREATE POLICY tenant_delete ON memberships FOR DELETE
  USING (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON memberships TO clientflow_app;

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
-- written, so SQL slipped into a request cannot provision, rewrite or become someone else.
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
  v_deleted boolean;
BEGIN
  -- API keys' accounts (sql/12) authenticate only through app.begin_api_key_request.
  IF p_subject LIKE 'cf-api-key:%' THEN
    RAISE EXCEPTION 'this subject is reserved for API keys' USING ERRCODE = 'insufficient_privilege';
  END IF;
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
    -- A deleted organization (deleteOrganization, pending its purge) serves no request: its
    -- members get ORGANIZATION_PENDING_DELETION (the hint, src/schema/error-mapping.ts) and
    -- restore it with restoreOrganization, which names it without the header. Inline rather
    -- than a helper: each nested call with a SET clause costs ~60 us (above).
    SELECT m.role::text, o.deleted_at IS NOT NULL INTO v_role, v_deleted
      FROM memberships m JOIN organizations o ON o.id = m.org_id
     WHERE m.user_id = v_user AND m.org_id = p_org_id;
    IF v_deleted THEN
      RAISE EXCEPTION 'this organization is pending deletion'
        USING ERRCODE = 'P0001', HINT = 'ORGANIZATION_PENDING_DELETION';
    END IF;
    IF v_role IS NOT NULL THEN
      PERFORM set_config('app.current_org_id', p_org_id::text, true);
    END IF;
  END IF;
  RETURN QUERY SELECT v_user, v_role, v_admin;
END
$$;
REVOKE ALL ON FUNCTION app.begin_request(text, text, text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.begin_request(text, text, text, uuid) TO clientflow_app;

-- updateProfile: the signed-in user changes their own display name (users.display_name, shown
-- instead of the token's name, which app.begin_request keeps rewriting). The API's role may not
-- write users: this function writes the one user the transaction is bound to, checked as
-- app.begin_request checks it: this backend holds that user's binding lock and no other one (a
-- transaction-level advisory lock cannot be released early, so SQL that set
-- app.current_user_id to someone else, or took their lock too, is refused). API keys'
-- service accounts have no profile.
-- The person the transaction is bound to, for the functions that change their profile
-- (update_profile here, set_avatar in sql/88_public_images.sql); raises otherwise.
CREATE OR REPLACE FUNCTION app.bound_person()
RETURNS uuid
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  c_mark1 constant integer := 1128686129;
  v_user uuid := NULLIF(current_setting('app.current_user_id', true), '')::uuid;
  v_subject text;
  v_key oid;
BEGIN
  SELECT u.auth_subject INTO v_subject FROM users u WHERE u.id = v_user AND NOT u.is_service_account;
  IF v_subject IS NULL THEN
    RAISE EXCEPTION 'no signed-in person in this transaction' USING ERRCODE = 'insufficient_privilege';
  END IF;
  v_key := (hashtext('bind1:' || v_subject)::bigint & 4294967295)::oid;
  IF NOT EXISTS (SELECT 1 FROM pg_locks l
                  WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.objsubid = 2
                    AND l.classid = c_mark1::oid AND l.objid = v_key)
     OR EXISTS (SELECT 1 FROM pg_locks l
                 WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.objsubid = 2
                   AND l.classid = c_mark1::oid AND l.objid <> v_key) THEN
    RAISE EXCEPTION 'this transaction belongs to another user' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN v_user;
END
$$;
REVOKE ALL ON FUNCTION app.bound_person() FROM PUBLIC;

CREATE OR REPLACE FUNCTION app.update_profile(p_display_name text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  UPDATE users SET display_name = p_display_name, updated_at = now() WHERE id = app.bound_person();
END
$$;
REVOKE ALL ON FUNCTION app.update_profile(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.update_profile(text) TO clientflow_app;

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
