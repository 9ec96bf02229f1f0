-- The one mechanism that walls tenants off: app.enable_tenant_rls(table, privileges).
-- A tenant table (one with org_id) gets RLS ENABLED and FORCED and one policy per command, each
-- comparing org_id with the request's setting, and clientflow_app gets exactly `privileges` on it
-- (all four commands unless the table's file says less). Tables whose rows are also private to a
-- user (memberships, notifications, shopping carts) write their policies out in their own file.
-- The comparison is a plain scalar expression (no function call per row), so PostgreSQL uses the
-- (org_id, ...) indexes.
-- NULLIF: once a pooled connection has used set_config(..., true) the setting reads '' (not
-- NULL) in later transactions, and ''::uuid would raise instead of matching nothing.
CREATE OR REPLACE PROCEDURE app.enable_tenant_rls(target regclass, privileges text DEFAULT 'SELECT, INSERT, UPDATE, DELETE')
LANGUAGE plpgsql
AS $$
DECLARE
  tenant_match constant text :=
    $q$org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid$q$;
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_select ON %s', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_insert ON %s', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_update ON %s', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_delete ON %s', target);
  EXECUTE format('CREATE POLICY tenant_select ON %s FOR SELECT USING (%s)', target, tenant_match);
  EXECUTE format('CREATE POLICY tenant_insert ON %s FOR INSERT WITH CHECK (%s)', target, tenant_match);
  EXECUTE format('CREATE POLICY tenant_update ON %s FOR UPDATE USING (%s) WITH CHECK (%s)', target, tenant_match, tenant_match);
  EXECUTE format('CREATE POLICY tenant_delete ON %s FOR DELETE USING (%s)', target, tenant_match);
  -- Exactly these privileges, whatever the table had (this also clears column privileges: a
  -- file that grants some calls this first).
  EXECUTE format('REVOKE ALL ON %s FROM clientflow_app', target);
  EXECUTE format('GRANT %s ON %s TO clientflow_app', privileges, target);
END
$$;
-- Only the owner running sql/ calls it (ALTER TABLE needs ownership anyway).
REVOKE ALL ON PROCEDURE app.enable_tenant_rls(regclass, text) FROM PUBLIC;
COMMENT ON PROCEDURE app.enable_tenant_rls(regclass, text) IS
  'Enables and forces RLS on a tenant table with one org_id policy per command, and grants clientflow_app exactly the given privileges on it.';
