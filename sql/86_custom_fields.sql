-- Typed custom field definitions (src/modules/custom-field). Admins manage them through the API;
-- every member reads them (the forms and the CSV import validate against them). Deleted
-- definitions stay (deleted_at) so their values can be purged later: the API never hard-deletes.
CALL app.enable_tenant_rls('custom_field_definitions', 'SELECT, INSERT, UPDATE');
