-- 010 The one mechanism that walls tenants off: app.enable_tenant_rls(table).
-- Every table with org_id gets RLS ENABLED and FORCED and one policy per command, each
-- comparing org_id with the request's setting. The comparison is a plain scalar expression
-- (no function call per row), so PostgreSQL uses the (org_id, ...) indexes.
-- NULLIF: once a pooled connection has used set_config(..., true) the setting reads '' (not
-- NULL) in later transactions, and ''::uuid would raise instead of matching nothing.
CREATE OR REPLACE PROCEDURE app.enable_tenant_rls(target regclass)
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
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO clientflow_app', target);
END
$$;
COMMENT ON PROCEDURE app.enable_tenant_rls(regclass) IS
  'Enables and forces RLS on a tenant table with one org_id policy per command, and grants it to clientflow_app.';
