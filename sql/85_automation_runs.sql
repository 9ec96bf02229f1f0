-- Automation runs (src/modules/automation/runner.ts). The worker writes them through the API's
-- role in the job's organization (RLS); members read them. Never deleted by the API: they go
-- with their automation (a hard delete) or their organization.
CALL app.enable_tenant_rls('automation_runs', 'SELECT, INSERT, UPDATE');

-- One run_automation job per PENDING run, in the transaction that wrote it. 5 attempts (about 3
-- minutes of backoff): its actions write rows in one transaction, so only the database (or a
-- lock held too long) makes one fail; the last attempt marks the run FAILED.
CREATE OR REPLACE FUNCTION app.enqueue_automation_run()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  IF NEW.status = 'PENDING' THEN
    PERFORM graphile_worker.add_job('run_automation', json_build_object('orgId', NEW.org_id, 'runId', NEW.id), max_attempts => 5);
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.enqueue_automation_run() FROM PUBLIC;

DROP TRIGGER IF EXISTS automation_runs_enqueue ON automation_runs;
CREATE TRIGGER automation_runs_enqueue AFTER INSERT ON automation_runs
  FOR EACH ROW EXECUTE FUNCTION app.enqueue_automation_run();

-- The triggers whose events an automation answers (the others run on a schedule).
CREATE OR REPLACE FUNCTION app.automation_trigger_of(p_event_type text)
RETURNS automation_trigger
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT CASE p_event_type
           WHEN 'deal.stage_changed' THEN 'DEAL_STAGE_CHANGED'::automation_trigger
           WHEN 'lead.created' THEN 'LEAD_CREATED'::automation_trigger
           WHEN 'appointment.booked' THEN 'APPOINTMENT_BOOKED'::automation_trigger
         END
$$;

-- Whether anything answers an event of this type in this organization: an enabled webhook
-- endpoint subscribed to it, or an enabled automation of its trigger. Two indexed lookups per
-- event (app.emit_event adds process_event only then).
CREATE OR REPLACE FUNCTION app.event_has_consumers(p_org uuid, p_type text)
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
  SELECT EXISTS (SELECT 1 FROM webhook_endpoints
                  WHERE org_id = p_org AND enabled AND p_type = ANY (event_types))
      OR EXISTS (SELECT 1 FROM automations
                  WHERE org_id = p_org AND enabled AND deleted_at IS NULL
                    AND trigger = app.automation_trigger_of(p_type))
$$;
REVOKE ALL ON FUNCTION app.event_has_consumers(uuid, text) FROM PUBLIC;
