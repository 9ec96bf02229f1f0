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

-- Just-in-time provisioning from a verified token: one row per identity-provider subject.
-- Writes only when the e-mail or name changed, so a steady stream of requests does not
-- rewrite the row. Not executable by the API's role: called only by app.begin_request, which
-- binds the transaction to the one subject it provisions (a direct call could rewrite anyone's
-- name and e-mail).
CREATE OR REPLACE FUNCTION app.provision_user(p_subject text, p_email text, p_name text)
RETURNS uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_id uuid;
BEGIN
  SELECT id INTO v_id FROM users
   WHERE auth_subject = p_subject
     AND email IS NOT DISTINCT FROM COALESCE(p_email, email)
     AND name IS NOT DISTINCT FROM COALESCE(p_name, name);
  IF v_id IS NOT NULL THEN
    RETURN v_id;
  END IF;
  INSERT INTO users (auth_subject, email, name)
  VALUES (p_subject, p_email, p_name)
  ON CONFLICT (auth_subject) DO UPDATE
    SET email = COALESCE(EXCLUDED.email, users.email),
        name = COALESCE(EXCLUDED.name, users.name),
        updated_at = now()
  RETURNING id INTO v_id;
  RETURN v_id;
END
$$;
REVOKE ALL ON FUNCTION app.provision_user(text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION app.provision_user(text, text, text) FROM clientflow_app;

-- The first statement of every authenticated request (after BEGIN): provisions the user,
-- sets app.current_user_id, and sets app.current_org_id only when the user is a member of
-- the requested organization. The role returned comes from the membership row, the platform
-- flag from the users row (never from the token).
--
-- It binds the transaction to that one user: a second call for another subject in the same
-- transaction is refused (42501), so SQL slipped into a request cannot provision, rewrite or
-- become someone else. The binding is a pair of transaction-level advisory locks keyed by the
-- user id (64 bits): unlike the app.* settings, which any SQL can reset, a transaction-level
-- advisory lock cannot be released before the transaction ends. Costs one look at this
-- backend's locks (pg_locks) per request.
CREATE OR REPLACE FUNCTION app.begin_request(p_subject text, p_email text, p_name text, p_org_id uuid)
RETURNS TABLE (user_id uuid, role text, is_platform_admin boolean)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  -- 'CFb1' and 'CFb2': the advisory-lock classids that mark a binding; each objid is a 32-bit
  -- hash of the user id (two of them: 64 bits).
  c_mark1 constant integer := 1128686129;
  c_mark2 constant integer := 1128686130;
  v_user uuid;
  v_role text;
BEGIN
  SELECT u.id INTO v_user FROM users u WHERE u.auth_subject = p_subject;
  -- Before provisioning, so a refused call has not written the other subject's row. pg_locks
  -- shows the int4 keys as unsigned oids.
  IF EXISTS (SELECT 1 FROM pg_locks l
              WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.objsubid = 2
                AND ((l.classid = c_mark1::oid AND l.objid IS DISTINCT FROM (hashtext('bind1:' || v_user::text)::bigint & 4294967295)::oid)
                  OR (l.classid = c_mark2::oid AND l.objid IS DISTINCT FROM (hashtext('bind2:' || v_user::text)::bigint & 4294967295)::oid))) THEN
    RAISE EXCEPTION 'this transaction already belongs to another user'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  v_user := app.provision_user(p_subject, p_email, p_name);
  PERFORM pg_advisory_xact_lock_shared(c_mark1, hashtext('bind1:' || v_user::text));
  PERFORM pg_advisory_xact_lock_shared(c_mark2, hashtext('bind2:' || v_user::text));
  PERFORM set_config('app.current_user_id', v_user::text, true);
  PERFORM set_config('app.current_org_id', '', true);
  IF p_org_id IS NOT NULL THEN
    SELECT m.role::text INTO v_role FROM memberships m
     WHERE m.user_id = v_user AND m.org_id = p_org_id;
    IF v_role IS NOT NULL THEN
      PERFORM set_config('app.current_org_id', p_org_id::text, true);
    END IF;
  END IF;
  RETURN QUERY SELECT v_user, v_role, app.is_platform_admin();
END
$$;
REVOKE ALL ON FUNCTION app.begin_request(text, text, text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.begin_request(text, text, text, uuid) TO clientflow_app;

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
