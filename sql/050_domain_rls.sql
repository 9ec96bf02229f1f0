-- 050 The domain tables of listings, scheduling, messaging, automation, metrics, notifications,
-- attachments and marketplace purchases: the tenant policies, the checks Prisma cannot
-- declare, and the two kinds of row that are private to one user inside an organization.

CALL app.enable_tenant_rls('listings');
CALL app.enable_tenant_rls('appointments');
CALL app.enable_tenant_rls('appointment_attendees');
CALL app.enable_tenant_rls('messages');
CALL app.enable_tenant_rls('automations');
CALL app.enable_tenant_rls('daily_metrics');
CALL app.enable_tenant_rls('notifications');
CALL app.enable_tenant_rls('attachments');
CALL app.enable_tenant_rls('tool_purchases');
CALL app.enable_tenant_rls('bundle_purchases');
CALL app.enable_tenant_rls('tool_reviews');
CALL app.enable_tenant_rls('shopping_carts');
CALL app.enable_tenant_rls('shopping_cart_items');
CALL app.enable_tenant_rls('checkouts');

-- Rules on values (the API answers BAD_USER_INPUT first; these hold whatever writes the row).
-- A BEFORE trigger rather than CHECK constraints: the wasm schema engine behind the drift
-- check (src/db/schema-engine.ts) panics on any CHECK constraint it introspects
-- (sql-schema-describer/src/postgres.rs:1193, measured with 7.10.0), and the drift check is
-- worth more. Same SQLSTATE (23514 check_violation) and a constraint name, like a CHECK.
CREATE OR REPLACE FUNCTION app.enforce_row_rules()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_rule text;
BEGIN
  CASE TG_TABLE_NAME
    WHEN 'listings' THEN
      IF NEW.price < 0 THEN v_rule := 'listings_price_check';
      ELSIF NEW.bedrooms < 0 OR NEW.bathrooms < 0 OR NEW.square_feet < 0 OR NEW.lot_size_sqft < 0 THEN v_rule := 'listings_sizes_check';
      ELSIF jsonb_typeof(NEW.media) <> 'array' THEN v_rule := 'listings_media_is_array';
      END IF;
    WHEN 'appointments' THEN
      IF NEW.ends_at <= NEW.starts_at THEN v_rule := 'appointments_ends_after_start'; END IF;
    WHEN 'appointment_attendees' THEN
      IF num_nonnulls(NEW.user_id, NEW.contact_id) <> 1 THEN v_rule := 'appointment_attendees_one_kind'; END IF;
    WHEN 'tool_reviews' THEN
      IF NEW.rating NOT BETWEEN 1 AND 5 THEN v_rule := 'tool_reviews_rating_check'; END IF;
    WHEN 'shopping_cart_items' THEN
      IF num_nonnulls(NEW.tool_id, NEW.bundle_id) <> 1 THEN v_rule := 'shopping_cart_items_one_kind'; END IF;
    WHEN 'attachments' THEN
      IF NEW.size_bytes < 0 THEN v_rule := 'attachments_size_check';
      ELSIF num_nonnulls(NEW.contact_id, NEW.company_id, NEW.deal_id, NEW.lead_id, NEW.listing_id) > 1 THEN v_rule := 'attachments_one_record';
      END IF;
    WHEN 'automations' THEN
      IF jsonb_typeof(NEW.conditions) <> 'array' OR jsonb_typeof(NEW.actions) <> 'array' THEN v_rule := 'automations_json_arrays'; END IF;
    WHEN 'daily_metrics' THEN
      IF LEAST(NEW.leads_created, NEW.deals_created, NEW.deals_won, NEW.deals_lost, NEW.activities_logged,
               NEW.appointments_booked, NEW.messages_logged) < 0 THEN v_rule := 'daily_metrics_counts_check'; END IF;
    ELSE
      NULL;
  END CASE;
  IF v_rule IS NOT NULL THEN
    RAISE EXCEPTION 'new row for relation "%" violates rule %', TG_TABLE_NAME, v_rule
      USING ERRCODE = 'check_violation', CONSTRAINT = v_rule, TABLE = TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['listings', 'appointments', 'appointment_attendees', 'tool_reviews',
                           'shopping_cart_items', 'attachments', 'automations', 'daily_metrics'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_rules', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION app.enforce_row_rules()', t || '_rules', t);
  END LOOP;
END
$$;

-- Notifications and carts belong to one user in one organization: the policies check the
-- user as well as the organization, so another member of the same organization can neither
-- read nor change them. Anyone in the organization may create a notification for a member
-- (that is how domain events reach people), but only its user sees it afterwards.
DO $$
DECLARE
  tenant_match constant text := $q$org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid$q$;
  own_row constant text := $q$user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid$q$;
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['notifications', 'shopping_carts'] LOOP
    EXECUTE format('DROP POLICY IF EXISTS tenant_select ON %I', t);
    EXECUTE format('DROP POLICY IF EXISTS tenant_update ON %I', t);
    EXECUTE format('DROP POLICY IF EXISTS tenant_delete ON %I', t);
    EXECUTE format('CREATE POLICY tenant_select ON %I FOR SELECT USING (%s AND %s)', t, tenant_match, own_row);
    EXECUTE format('CREATE POLICY tenant_update ON %I FOR UPDATE USING (%s AND %s) WITH CHECK (%s AND %s)', t, tenant_match, own_row, tenant_match, own_row);
    EXECUTE format('CREATE POLICY tenant_delete ON %I FOR DELETE USING (%s AND %s)', t, tenant_match, own_row);
  END LOOP;
  -- A cart is created by its user only.
  EXECUTE format('DROP POLICY IF EXISTS tenant_insert ON shopping_carts');
  EXECUTE format('CREATE POLICY tenant_insert ON shopping_carts FOR INSERT WITH CHECK (%s AND %s)', tenant_match, own_row);
END
$$;

-- Cart items follow their cart: visible and writable only through a cart the user owns
-- (the subquery runs under shopping_carts' own policy).
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

-- Daily metrics are computed, never edited by hand: the API may insert and recompute them
-- (refreshMetrics), not delete them.
REVOKE DELETE ON daily_metrics FROM clientflow_app;
-- A purchase is a financial record: it can change status, never disappear.
REVOKE DELETE ON tool_purchases, bundle_purchases, checkouts FROM clientflow_app;
REVOKE UPDATE ON checkouts FROM clientflow_app;
-- …except letting go of a member who leaves the organization (removeMember).
GRANT UPDATE (user_id) ON checkouts TO clientflow_app;
