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
