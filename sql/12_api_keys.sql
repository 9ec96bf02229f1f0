-- API keys: a partner's credential for one organization. Each key acts as its own service-account
-- user (users.is_service_account) whose membership holds the key's role, so a key reads and
-- writes under the same RLS, role matrix and audit trail as a person. Only SHA-256 of the secret
-- is stored: the secret carries 256 random bits, so a slow password hash would add nothing but
-- latency, and a deterministic hash is what lets begin_api_key_request find the key by it.

-- Tenant rows: the API creates, renames, rotates and revokes keys of its own organization; it
-- never deletes one (a revoked key stays as the record of what had access).
CALL app.enable_tenant_rls('api_keys', 'SELECT, INSERT, UPDATE');

-- A service account can never be an OWNER: ownership stays with people.
CREATE OR REPLACE FUNCTION app.service_accounts_are_not_owners()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  IF NEW.role = 'OWNER' AND EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.user_id AND u.is_service_account) THEN
    RAISE EXCEPTION 'an API key cannot be an OWNER' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION app.service_accounts_are_not_owners() FROM PUBLIC;
DROP TRIGGER IF EXISTS memberships_service_accounts_are_not_owners ON memberships;
CREATE TRIGGER memberships_service_accounts_are_not_owners BEFORE INSERT OR UPDATE OF role, user_id ON memberships
  FOR EACH ROW EXECUTE FUNCTION app.service_accounts_are_not_owners();

-- Creates the service-account user of a new key (users are written only by definer functions).
-- Only an OWNER or ADMIN person of the request's organization may: the API checks the same
-- before calling, this keeps SQL sent as the app role from minting accounts.
CREATE OR REPLACE FUNCTION app.create_api_key_account(p_name text)
RETURNS uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_org uuid := NULLIF(current_setting('app.current_org_id', true), '')::uuid;
  v_user uuid := NULLIF(current_setting('app.current_user_id', true), '')::uuid;
  v_account uuid;
BEGIN
  IF v_org IS NULL OR v_user IS NULL OR NOT EXISTS (
       SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.org_id = v_org AND m.user_id = v_user AND m.role IN ('OWNER', 'ADMIN') AND NOT u.is_service_account) THEN
    RAISE EXCEPTION 'only an OWNER or ADMIN of the organization may create an API key' USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO users (auth_subject, name, is_service_account)
  VALUES ('cf-api-key:' || gen_random_uuid(), p_name, true)
  RETURNING id INTO v_account;
  RETURN v_account;
END
$$;
REVOKE ALL ON FUNCTION app.create_api_key_account(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.create_api_key_account(text) TO clientflow_app;

-- The first statement of a request that authenticates with an API key (sent with BEGIN, like
-- app.begin_request): finds the key by the SHA-256 of its secret, refuses a revoked or expired
-- one (no row), binds the transaction to the key's account with the same advisory locks as
-- begin_request (so no later begin_request in the transaction can switch identity), and sets
-- the key's organization. A request that names another organization gets role NULL (FORBIDDEN).
CREATE OR REPLACE FUNCTION app.begin_api_key_request(p_secret_hash bytea, p_org_id uuid)
RETURNS TABLE (user_id uuid, role text, org_id uuid, api_key_id uuid)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  c_mark1 constant integer := 1128686129;
  c_mark2 constant integer := 1128686130;
  v_key api_keys%ROWTYPE;
  v_key1 integer;
  v_key2 integer;
  v_role text;
  v_deleted boolean;
BEGIN
  -- Under FORCE RLS the owner sees a key outside a tenant only through api_key_authentication
  -- (below), and only while this setting names its hash.
  PERFORM set_config('app.authenticating_api_key', encode(p_secret_hash, 'hex'), true);
  SELECT * INTO v_key FROM api_keys k WHERE k.secret_hash = p_secret_hash;
  PERFORM set_config('app.authenticating_api_key', '', true);
  IF v_key.id IS NULL OR v_key.revoked_at IS NOT NULL OR v_key.expires_at <= now() THEN
    RETURN;
  END IF;
  v_key1 := hashtext('bind1:cf-api-key:' || v_key.id);
  v_key2 := hashtext('bind2:cf-api-key:' || v_key.id);
  IF statement_timestamp() <> transaction_timestamp()
     AND EXISTS (SELECT 1 FROM pg_locks l
                  WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.objsubid = 2
                    AND ((l.classid = c_mark1::oid AND l.objid <> (v_key1::bigint & 4294967295)::oid)
                      OR (l.classid = c_mark2::oid AND l.objid <> (v_key2::bigint & 4294967295)::oid))) THEN
    RAISE EXCEPTION 'this transaction already belongs to another user' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM pg_advisory_xact_lock_shared(c_mark1, v_key1);
  PERFORM pg_advisory_xact_lock_shared(c_mark2, v_key2);
  PERFORM set_config('app.current_user_id', v_key.user_id::text, true);
  PERFORM set_config('app.current_org_id', '', true);
  IF p_org_id IS NULL OR p_org_id = v_key.org_id THEN
    -- A deleted organization's keys stop working with it (as in app.begin_request, sql/10).
    SELECT m.role::text, o.deleted_at IS NOT NULL INTO v_role, v_deleted
      FROM memberships m JOIN organizations o ON o.id = m.org_id
     WHERE m.org_id = v_key.org_id AND m.user_id = v_key.user_id;
    IF v_deleted THEN
      RAISE EXCEPTION 'this organization is pending deletion'
        USING ERRCODE = 'P0001', HINT = 'ORGANIZATION_PENDING_DELETION';
    END IF;
    IF v_role IS NOT NULL THEN
      PERFORM set_config('app.current_org_id', v_key.org_id::text, true);
    END IF;
  END IF;
  RETURN QUERY SELECT v_key.user_id, v_role, v_key.org_id, v_key.id;
END
$$;
REVOKE ALL ON FUNCTION app.begin_api_key_request(bytea, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.begin_api_key_request(bytea, uuid) TO clientflow_app;

-- The one way the owner reads a key outside its organization: inside app.begin_api_key_request,
-- by the hash of its secret (as invitation_acceptance does for invitations, sql/11).
DO $$
BEGIN
  EXECUTE 'DROP POLICY IF EXISTS api_key_authentication ON api_keys';
  EXECUTE format(
    $p$CREATE POLICY api_key_authentication ON api_keys FOR SELECT TO %I
         USING (secret_hash = decode(NULLIF(current_setting('app.authenticating_api_key', true), ''), 'hex'))$p$,
    (SELECT pg_get_userbyid(p.proowner) FROM pg_proc p WHERE p.oid = 'app.begin_api_key_request(bytea, uuid)'::regprocedure));
END
$$;
