-- CSV imports (src/modules/import). importContacts/importLeads/importCompanies write a PENDING
-- run; the import_csv job reads the uploaded file and writes the rows and the run's outcome, both
-- through the API's role in the run's organization (RLS). Never deleted by the API: runs go with
-- their file (attachments are soft-deleted; a hard delete takes the runs) or their organization.
CALL app.enable_tenant_rls('import_runs', 'SELECT, INSERT, UPDATE');

-- One import_csv job per PENDING run, in the transaction that wrote it. 3 attempts: the job is
-- all or nothing (one transaction for the rows and the outcome), so a retry starts from scratch;
-- a bad file fails the run at once without retries (src/modules/import/runner.ts).
CREATE OR REPLACE FUNCTION app.enqueue_import_run()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  IF NEW.status = 'PENDING' THEN
    PERFORM graphile_worker.add_job('import_csv', json_build_object('orgId', NEW.org_id, 'runId', NEW.id), max_attempts => 3);
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.enqueue_import_run() FROM PUBLIC;

DROP TRIGGER IF EXISTS import_runs_enqueue ON import_runs;
CREATE TRIGGER import_runs_enqueue AFTER INSERT ON import_runs
  FOR EACH ROW EXECUTE FUNCTION app.enqueue_import_run();

-- One import.completed event per committed import (its rows emit none: app.emit_event skips them
-- while app.bulk_import is on, which the runner turns off before it marks the run SUCCEEDED).
CREATE OR REPLACE FUNCTION app.import_run_events()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  IF NEW.status = 'SUCCEEDED' AND NOT NEW.dry_run AND OLD.status IS DISTINCT FROM 'SUCCEEDED' THEN
    PERFORM app.emit_event(NEW.org_id, 'import.completed', 'ImportRun', NEW.id, jsonb_build_object(
      'entity', NEW.entity, 'created', NEW.created_count, 'updated', NEW.updated_count, 'skipped', NEW.skipped_count));
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.import_run_events() FROM PUBLIC;

DROP TRIGGER IF EXISTS import_runs_events ON import_runs;
CREATE TRIGGER import_runs_events AFTER UPDATE ON import_runs
  FOR EACH ROW EXECUTE FUNCTION app.import_run_events();
