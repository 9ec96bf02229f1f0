-- The tenant tables whose rows belong to the organization as a whole: the policies of
-- app.enable_tenant_rls (sql/02) on each, and the checks on values Prisma cannot declare.
-- Tables with rows private to one user write their policies out in their own file (memberships:
-- 10_tenancy, notifications: 30_notifications, shopping carts: 40_marketplace); so do invitations
-- (11_invitations) and the marketplace's purchases (40_marketplace).

CALL app.enable_tenant_rls('companies');
CALL app.enable_tenant_rls('contacts');
CALL app.enable_tenant_rls('leads');
CALL app.enable_tenant_rls('pipelines');
CALL app.enable_tenant_rls('pipeline_stages');
CALL app.enable_tenant_rls('deals');
CALL app.enable_tenant_rls('activities');
CALL app.enable_tenant_rls('listings');
CALL app.enable_tenant_rls('appointments');
CALL app.enable_tenant_rls('appointment_attendees');
CALL app.enable_tenant_rls('messages');
CALL app.enable_tenant_rls('automations');
CALL app.enable_tenant_rls('attachments');
-- Daily metrics are computed, never edited by hand: the API may insert and recompute them
-- (refreshMetrics), not delete them.
CALL app.enable_tenant_rls('daily_metrics', 'SELECT, INSERT, UPDATE');

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
    WHEN 'marketplace_tools' THEN
      -- The tier fixes the price (src/modules/marketplace/tiers.ts says the same).
      IF NEW.currency <> 'USD' OR NEW.price <> (CASE NEW.tier WHEN 'T1' THEN 100 WHEN 'T2' THEN 200 WHEN 'T3' THEN 300 END) THEN
        v_rule := 'marketplace_tools_tier_price';
      ELSIF NEW.licence_days NOT BETWEEN 1 AND 3650 THEN
        -- src/modules/marketplace/licence.ts MAX_LICENCE_DAYS says the same.
        v_rule := 'marketplace_tools_licence_days';
      END IF;
    WHEN 'tool_bundles' THEN
      IF NEW.licence_days NOT BETWEEN 1 AND 3650 THEN v_rule := 'tool_bundles_licence_days'; END IF;
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
                           'marketplace_tools', 'tool_bundles', 'shopping_cart_items', 'attachments', 'automations', 'daily_metrics'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_rules', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION app.enforce_row_rules()', t || '_rules', t);
  END LOOP;
END
$$;
