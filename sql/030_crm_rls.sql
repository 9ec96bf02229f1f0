-- 030 The CRM tables: the same tenant policies on each.
CALL app.enable_tenant_rls('companies');
CALL app.enable_tenant_rls('contacts');
CALL app.enable_tenant_rls('leads');
CALL app.enable_tenant_rls('pipelines');
CALL app.enable_tenant_rls('pipeline_stages');
CALL app.enable_tenant_rls('deals');
CALL app.enable_tenant_rls('activities');
