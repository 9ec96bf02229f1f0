-- The marketplace: the catalog every organization shares, and each organization's purchases,
-- reviews, shopping carts and checkouts.

-- The catalog is shared by every organization (no org_id). Every signed-in user may read it;
-- only platform administrators (users.is_platform_admin, set by `npm run platform-admin`, never
-- by a tenant role or through the API) may write it. The API checks this first; the policies
-- below enforce it whatever the API does.

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
-- users) never touches the flag. app.begin_request (10_tenancy) also returns the flag, so the API
-- learns it in the same round trip.

-- An organization's purchases are financial records: they can change status, never disappear.
CALL app.enable_tenant_rls('tool_purchases', 'SELECT, INSERT, UPDATE');
CALL app.enable_tenant_rls('bundle_purchases', 'SELECT, INSERT, UPDATE');
CALL app.enable_tenant_rls('tool_reviews');
-- A checkout is not edited either, except letting go of a member who leaves the organization
-- (removeMember).
CALL app.enable_tenant_rls('checkouts', 'SELECT, INSERT');
GRANT UPDATE (user_id) ON checkouts TO clientflow_app;

-- A shopping cart belongs to one user in one organization: another member of the same
-- organization can neither read nor change it, and only its user creates it.
ALTER TABLE shopping_carts ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopping_carts FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tenant_select ON shopping_carts;
DROP POLICY IF EXISTS tenant_insert ON shopping_carts;
DROP POLICY IF EXISTS tenant_update ON shopping_carts;
DROP POLICY IF EXISTS tenant_delete ON shopping_carts;
CREATE POLICY tenant_select ON shopping_carts FOR SELECT USING (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
CREATE POLICY tenant_insert ON shopping_carts FOR INSERT WITH CHECK (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
CREATE POLICY tenant_update ON shopping_carts FOR UPDATE
  USING (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
         AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid)
  WITH CHECK (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
              AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
CREATE POLICY tenant_delete ON shopping_carts FOR DELETE USING (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON shopping_carts TO clientflow_app;

-- Cart items follow their cart: visible and writable only through a cart the user owns
-- (the subquery runs under shopping_carts' own policy).
ALTER TABLE shopping_cart_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopping_cart_items FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tenant_select ON shopping_cart_items;
DROP POLICY IF EXISTS tenant_insert ON shopping_cart_items;
DROP POLICY IF EXISTS tenant_update ON shopping_cart_items;
DROP POLICY IF EXISTS tenant_delete ON shopping_cart_items;
CREATE POLICY tenant_select ON shopping_cart_items FOR SELECT USING (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  AND cart_id IN (SELECT c.id FROM shopping_carts c));
CREATE POLICY tenant_insert ON shopping_cart_items FOR INSERT WITH CHECK (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  AND cart_id IN (SELECT c.id FROM shopping_carts c));
CREATE POLICY tenant_update ON shopping_cart_items FOR UPDATE
  USING (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid AND cart_id IN (SELECT c.id FROM shopping_carts c))
  WITH CHECK (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid AND cart_id IN (SELECT c.id FROM shopping_carts c));
CREATE POLICY tenant_delete ON shopping_cart_items FOR DELETE USING (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  AND cart_id IN (SELECT c.id FROM shopping_carts c));
GRANT SELECT, INSERT, UPDATE, DELETE ON shopping_cart_items TO clientflow_app;
