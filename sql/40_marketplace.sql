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

-- ---------------------------------------------------------------------------------------------
-- Purchase lifecycle (README "Marketplace"): ACTIVE -> CANCELLED (the organization's ADMIN),
-- ACTIVE or CANCELLED -> REFUNDED (a platform administrator), ACTIVE -> EXPIRED (the expiry job).
-- The API answers INVALID_PURCHASE_TRANSITION first; this holds whatever writes the row. Every
-- change is also an UPDATE in the audit log (50_audit_log.sql) with who made it.
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION app.enforce_purchase_transition()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    IF NOT ((OLD.status = 'ACTIVE' AND NEW.status IN ('CANCELLED', 'REFUNDED', 'EXPIRED'))
            OR (OLD.status = 'CANCELLED' AND NEW.status = 'REFUNDED')) THEN
      RAISE EXCEPTION 'a purchase cannot go from % to %', OLD.status, NEW.status
        USING ERRCODE = 'check_violation', CONSTRAINT = 'purchase_status_transition', TABLE = TG_TABLE_NAME;
    END IF;
    NEW.status_changed_at := now();
  END IF;
  RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS tool_purchases_transition ON tool_purchases;
CREATE TRIGGER tool_purchases_transition BEFORE UPDATE ON tool_purchases
  FOR EACH ROW EXECUTE FUNCTION app.enforce_purchase_transition();
DROP TRIGGER IF EXISTS bundle_purchases_transition ON bundle_purchases;
CREATE TRIGGER bundle_purchases_transition BEFORE UPDATE ON bundle_purchases
  FOR EACH ROW EXECUTE FUNCTION app.enforce_purchase_transition();

-- ---------------------------------------------------------------------------------------------
-- Catalog counters: marketplace_tools.purchase_count (purchases made, refunded ones excepted)
-- and rating / rating_count / rating_sum (every organization's live reviews). One relative
-- UPDATE per change, in the transaction of the change: the row lock serializes concurrent
-- purchases and reviews of one tool and each adds its own delta to the latest committed values
-- (READ COMMITTED re-reads the row after the wait), so no count is lost; a rolled-back purchase
-- takes its delta with it. The catalog is writable by platform administrators only, so these
-- run as the owner, who may update the counters (and nothing else decides them) while the
-- setting is on.
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION app.count_tool_purchase()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_delta integer := 0;
BEGIN
  IF TG_OP = 'INSERT' THEN
    v_delta := CASE WHEN NEW.status <> 'REFUNDED' THEN 1 ELSE 0 END;
  ELSIF NEW.status = 'REFUNDED' AND OLD.status <> 'REFUNDED' THEN
    v_delta := -1;
  END IF;
  IF v_delta <> 0 THEN
    PERFORM set_config('app.updating_tool_counters', 'on', true);
    UPDATE marketplace_tools SET purchase_count = purchase_count + v_delta WHERE id = NEW.tool_id;
    PERFORM set_config('app.updating_tool_counters', '', true);
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.count_tool_purchase() FROM PUBLIC;

DROP TRIGGER IF EXISTS tool_purchases_count ON tool_purchases;
CREATE TRIGGER tool_purchases_count AFTER INSERT OR UPDATE OF status ON tool_purchases
  FOR EACH ROW EXECUTE FUNCTION app.count_tool_purchase();

-- Adds (p_count, p_sum) to a tool's review tally; rating is the new average, two decimals.
CREATE OR REPLACE FUNCTION app.add_tool_rating(p_tool uuid, p_count integer, p_sum integer)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  IF p_count = 0 AND p_sum = 0 THEN
    RETURN;
  END IF;
  PERFORM set_config('app.updating_tool_counters', 'on', true);
  UPDATE marketplace_tools
     SET rating_count = rating_count + p_count,
         rating_sum = rating_sum + p_sum,
         rating = CASE WHEN rating_count + p_count > 0
                       THEN round((rating_sum + p_sum)::numeric / (rating_count + p_count), 2) END
   WHERE id = p_tool;
  PERFORM set_config('app.updating_tool_counters', '', true);
END
$$;
REVOKE ALL ON FUNCTION app.add_tool_rating(uuid, integer, integer) FROM PUBLIC;

CREATE OR REPLACE FUNCTION app.count_tool_review()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_old_live boolean := TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL;
  v_new_live boolean := TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.tool_id = NEW.tool_id THEN
    PERFORM app.add_tool_rating(NEW.tool_id, v_new_live::int - v_old_live::int,
                                CASE WHEN v_new_live THEN NEW.rating ELSE 0 END - CASE WHEN v_old_live THEN OLD.rating ELSE 0 END);
    RETURN NULL;
  END IF;
  IF v_old_live THEN
    PERFORM app.add_tool_rating(OLD.tool_id, -1, -OLD.rating);
  END IF;
  IF v_new_live THEN
    PERFORM app.add_tool_rating(NEW.tool_id, 1, NEW.rating);
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.count_tool_review() FROM PUBLIC;

DROP TRIGGER IF EXISTS tool_reviews_count ON tool_reviews;
CREATE TRIGGER tool_reviews_count AFTER INSERT OR UPDATE OF rating, deleted_at, tool_id OR DELETE ON tool_reviews
  FOR EACH ROW EXECUTE FUNCTION app.count_tool_review();

DO $$
DECLARE
  v_owner text := (SELECT pg_get_userbyid(p.proowner) FROM pg_proc p
                    WHERE p.oid = 'app.add_tool_rating(uuid, integer, integer)'::regprocedure);
BEGIN
  EXECUTE 'DROP POLICY IF EXISTS catalog_counters_select ON marketplace_tools';
  EXECUTE 'DROP POLICY IF EXISTS catalog_counters_update ON marketplace_tools';
  EXECUTE format($p$CREATE POLICY catalog_counters_select ON marketplace_tools FOR SELECT TO %I
       USING (current_setting('app.updating_tool_counters', true) = 'on')$p$, v_owner);
  EXECUTE format($p$CREATE POLICY catalog_counters_update ON marketplace_tools FOR UPDATE TO %I
       USING (current_setting('app.updating_tool_counters', true) = 'on')
       WITH CHECK (current_setting('app.updating_tool_counters', true) = 'on')$p$, v_owner);
END
$$;

-- Refunds are a platform administrator's, who is not a member of the organization: like
-- app.send_system_notification (30_notifications.sql), this checks the flag itself and writes in
-- the purchase's organization for its own statements only (RLS and the audit trigger see that
-- organization; the audit entry names the administrator), then gives the request its tenant
-- back. A bundle's refund also refunds the tools it granted that are ACTIVE or CANCELLED.
-- Outcomes: 'refunded' (p_status REFUNDED), 'not_found', 'invalid' (p_status: the status now).
CREATE OR REPLACE FUNCTION app.refund_purchase(p_kind text, p_org uuid, p_id uuid)
RETURNS TABLE (outcome text, status purchase_status, status_changed_at timestamptz, tools_refunded integer)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  v_user uuid := NULLIF(current_setting('app.current_user_id', true), '')::uuid;
  v_previous_org text := COALESCE(current_setting('app.current_org_id', true), '');
  v_status purchase_status;
  v_changed timestamptz;
  v_tools integer := 0;
BEGIN
  IF v_user IS NULL OR NOT COALESCE((SELECT u.is_platform_admin FROM users u WHERE u.id = v_user), false) THEN
    RAISE EXCEPTION 'only platform administrators may refund purchases' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_kind NOT IN ('tool', 'bundle') THEN
    RAISE EXCEPTION 'p_kind is tool or bundle' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM set_config('app.current_org_id', p_org::text, true);
  IF p_kind = 'tool' THEN
    UPDATE tool_purchases t SET status = 'REFUNDED', updated_at = now()
     WHERE t.org_id = p_org AND t.id = p_id AND t.status IN ('ACTIVE', 'CANCELLED')
    RETURNING t.status, t.status_changed_at INTO v_status, v_changed;
    IF NOT FOUND THEN
      SELECT t.status INTO v_status FROM tool_purchases t WHERE t.org_id = p_org AND t.id = p_id;
    END IF;
  ELSE
    UPDATE bundle_purchases b SET status = 'REFUNDED', updated_at = now()
     WHERE b.org_id = p_org AND b.id = p_id AND b.status IN ('ACTIVE', 'CANCELLED')
    RETURNING b.status, b.status_changed_at INTO v_status, v_changed;
    IF FOUND THEN
      UPDATE tool_purchases t SET status = 'REFUNDED', updated_at = now()
       WHERE t.org_id = p_org AND t.bundle_purchase_id = p_id AND t.status IN ('ACTIVE', 'CANCELLED');
      GET DIAGNOSTICS v_tools = ROW_COUNT;
    ELSE
      SELECT b.status INTO v_status FROM bundle_purchases b WHERE b.org_id = p_org AND b.id = p_id;
    END IF;
  END IF;
  PERFORM set_config('app.current_org_id', v_previous_org, true);
  IF v_changed IS NOT NULL THEN
    RETURN QUERY SELECT 'refunded', v_status, v_changed, v_tools;
  ELSIF v_status IS NULL THEN
    RETURN QUERY SELECT 'not_found', NULL::purchase_status, NULL::timestamptz, 0;
  ELSE
    RETURN QUERY SELECT 'invalid', v_status, NULL::timestamptz, 0;
  END IF;
END
$$;
REVOKE ALL ON FUNCTION app.refund_purchase(text, uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.refund_purchase(text, uuid, uuid) TO clientflow_app;
