-- The audit log. A trigger on every business table records who (the request's user),
-- which organization, which table and record, what (INSERT / UPDATE / DELETE) and the changed
-- columns as { column: { old, new } }. Soft deletes and restores show up as UPDATEs of
-- deleted_at. The app role may only read its organization's entries; nobody may change or
-- remove one: there is no UPDATE/DELETE policy or grant, and a trigger refuses UPDATE, DELETE
-- and TRUNCATE even for the table's owner.

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS audit_select ON audit_log;
DROP POLICY IF EXISTS audit_insert ON audit_log;
CREATE POLICY audit_select ON audit_log FOR SELECT
  USING (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid);
-- Only the trigger function (SECURITY DEFINER, owned by the migration role) inserts; the
-- policy still pins the row to the request's organization.
CREATE POLICY audit_insert ON audit_log FOR INSERT
  WITH CHECK (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid);
REVOKE ALL ON audit_log FROM clientflow_app;
GRANT SELECT ON audit_log TO clientflow_app;

CREATE OR REPLACE FUNCTION app.audit_log_is_append_only()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  -- The one exception: app.purge_organization (sql/87) removes the log of the organization it
  -- just deleted for good, and only that one (the setting names it and it no longer exists).
  IF TG_OP = 'DELETE'
     AND OLD.org_id = NULLIF(current_setting('app.purging_organization', true), '')::uuid
     AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = OLD.org_id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION app.audit_log_is_append_only();
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION app.audit_log_is_append_only();

-- TG_ARGV[0]: the column holding the organization ('org_id'; 'id' for organizations).
CREATE OR REPLACE FUNCTION app.record_audit()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_old jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  v_new jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  v_row jsonb := COALESCE(v_new, v_old);
  v_org_column text := COALESCE(TG_ARGV[0], 'org_id');
  v_changes jsonb;
BEGIN
  -- An organization being purged for good (app.purge_organization, sql/87) leaves no log.
  IF (v_row ->> v_org_column) = current_setting('app.purging_organization', true) THEN
    RETURN NULL;
  END IF;
  SELECT COALESCE(jsonb_object_agg(k, jsonb_build_object('old', v_old -> k, 'new', v_new -> k)), '{}'::jsonb)
    INTO v_changes
    FROM jsonb_object_keys(v_row) AS k
   -- An API key's secret hash and a webhook endpoint's signing secret are never copied into the
   -- log (an endpoint's secret_rotated_at shows that it changed); a key's last use is bookkeeping,
   -- not a change, nor are a tool purchase's usage counter and the catalog's counters; the name keys are generated from the names (65_name_prefix_keys.sql), which are logged.
   WHERE k NOT IN ('id', 'org_id', 'created_at', 'updated_at', 'secret_hash', 'secret', 'last_used_at', 'usage_count', 'first_name_key', 'last_name_key')
     AND (v_old -> k) IS DISTINCT FROM (v_new -> k);
  IF TG_OP = 'UPDATE' AND v_changes = '{}'::jsonb THEN
    RETURN NULL; -- only updated_at moved
  END IF;
  -- clock_timestamp(), not now(): the changes of one transaction keep their order.
  INSERT INTO audit_log (org_id, actor_user_id, table_name, record_id, action, changes, occurred_at)
  VALUES ((v_row ->> v_org_column)::uuid,
          NULLIF(current_setting('app.current_user_id', true), '')::uuid,
          TG_TABLE_NAME, (v_row ->> 'id')::uuid, TG_OP::audit_action, v_changes, clock_timestamp());
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.record_audit() FROM PUBLIC;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'memberships', 'companies', 'contacts', 'leads', 'pipelines', 'pipeline_stages', 'deals',
    'activities', 'listings', 'appointments', 'appointment_attendees', 'messages', 'automations',
    'attachments', 'tool_purchases', 'bundle_purchases', 'tool_reviews', 'checkouts', 'api_keys',
    'trusted_documents', 'webhook_endpoints'
  ] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_audit', t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION app.record_audit()', t || '_audit', t);
  END LOOP;
END
$$;
DROP TRIGGER IF EXISTS organizations_audit ON organizations;
CREATE TRIGGER organizations_audit AFTER INSERT OR UPDATE OR DELETE ON organizations
  FOR EACH ROW EXECUTE FUNCTION app.record_audit('id');
