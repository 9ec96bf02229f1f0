-- ---------------------------------------------------------------------------------------------
-- Marketplace expiry (40_marketplace.sql has the lifecycle): a graphile-worker cron task (src/jobs/) asks which organizations hold ACTIVE purchases
-- past their expires_at (this function: organization ids only, as the queue's role, which reads
-- no tenant table), then marks them EXPIRED inside each organization through the API's role,
-- under RLS and with an audit entry each (src/modules/marketplace/lifecycle.ts).
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION app.organizations_with_due_expiries(p_now timestamptz)
RETURNS SETOF uuid
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  PERFORM set_config('app.listing_due_expiries', 'on', true);
  RETURN QUERY SELECT t.org_id FROM tool_purchases t WHERE t.status = 'ACTIVE' AND t.expires_at <= p_now
               UNION
               SELECT b.org_id FROM bundle_purchases b WHERE b.status = 'ACTIVE' AND b.expires_at <= p_now;
  PERFORM set_config('app.listing_due_expiries', '', true);
END
$$;
REVOKE ALL ON FUNCTION app.organizations_with_due_expiries(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.organizations_with_due_expiries(timestamptz) TO clientflow_worker;

DO $$
DECLARE
  v_owner text := (SELECT pg_get_userbyid(p.proowner) FROM pg_proc p
                    WHERE p.oid = 'app.organizations_with_due_expiries(timestamptz)'::regprocedure);
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['tool_purchases', 'bundle_purchases'] LOOP
    EXECUTE format('DROP POLICY IF EXISTS expiry_select ON %I', t);
    EXECUTE format($p$CREATE POLICY expiry_select ON %I FOR SELECT TO %I
         USING (status = 'ACTIVE' AND current_setting('app.listing_due_expiries', true) = 'on')$p$, t, v_owner);
  END LOOP;
END
$$;
