-- The job queue's entries (graphile-worker, README "Jobs"): added in the transaction of the row
-- they are about, so a rolled-back change queues nothing and a committed one is never forgotten.
-- graphile_worker.add_job belongs to the migration owner's schema, which the API's role may not
-- use (src/jobs/schema.ts): these SECURITY DEFINER functions are its only way in. Payloads are
-- ids; each task enters the organization and reads the rows under RLS.

-- The job queue's group role, for the grants below and in src/jobs/schema.ts (which also makes
-- it, for databases migrated before this file). Roles are cluster-wide: made once.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clientflow_worker') THEN
    CREATE ROLE clientflow_worker NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA app TO clientflow_worker;

-- app.event_has_consumers, which decides whether an event gets a process_event job, is in
-- sql/85_automation_runs.sql (it reads automations too).

-- One deliver_webhook job per delivery. 12 attempts of graphile-worker's backoff (e^min(n,10) s)
-- span about 16 hours, enough for a partner's night-long outage; the last one marks it FAILED.
CREATE OR REPLACE FUNCTION app.enqueue_webhook_delivery()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  PERFORM graphile_worker.add_job('deliver_webhook', json_build_object('orgId', NEW.org_id, 'deliveryId', NEW.id), max_attempts => 12);
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.enqueue_webhook_delivery() FROM PUBLIC;

DROP TRIGGER IF EXISTS webhook_deliveries_enqueue ON webhook_deliveries;
CREATE TRIGGER webhook_deliveries_enqueue AFTER INSERT ON webhook_deliveries
  FOR EACH ROW EXECUTE FUNCTION app.enqueue_webhook_delivery();

-- One send_email job per queued e-mail. 8 attempts: about 30 minutes of retries (an SMTP relay's
-- restart or greylisting), then FAILED with the last SMTP reply.
CREATE OR REPLACE FUNCTION app.enqueue_email()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  PERFORM graphile_worker.add_job('send_email', json_build_object('orgId', NEW.org_id, 'emailId', NEW.id), max_attempts => 8);
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.enqueue_email() FROM PUBLIC;

DROP TRIGGER IF EXISTS email_outbox_enqueue ON email_outbox;
CREATE TRIGGER email_outbox_enqueue AFTER INSERT ON email_outbox
  FOR EACH ROW EXECUTE FUNCTION app.enqueue_email();

-- The scheduler (src/modules/automation/scheduler.ts, a graphile-worker cron task once a minute)
-- reads every organization's SCHEDULE automations and records the runs that are due. It works
-- as the queue's role, which reads no tenant table: these two functions are all it may do
-- across organizations (ids and schedule conditions out, a PENDING run in), and the API's role
-- may call neither.
CREATE OR REPLACE FUNCTION app.scheduled_automations()
RETURNS TABLE (org_id uuid, id uuid, conditions jsonb)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  -- automations forces row-level security on its owner too: the policy below lets this
  -- function's owner see SCHEDULE automations while the setting is on, for this query only.
  PERFORM set_config('app.listing_schedules', 'on', true);
  RETURN QUERY SELECT a.org_id, a.id, a.conditions FROM automations a
                WHERE a.trigger = 'SCHEDULE' AND a.enabled AND a.deleted_at IS NULL;
  PERFORM set_config('app.listing_schedules', '', true);
END
$$;
REVOKE ALL ON FUNCTION app.scheduled_automations() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.scheduled_automations() TO clientflow_worker;

DO $$
DECLARE
  v_owner text := (SELECT pg_get_userbyid(p.proowner) FROM pg_proc p WHERE p.oid = 'app.scheduled_automations()'::regprocedure);
BEGIN
  EXECUTE 'DROP POLICY IF EXISTS automations_scheduler_select ON automations';
  EXECUTE format($p$CREATE POLICY automations_scheduler_select ON automations FOR SELECT TO %I
       USING (trigger = 'SCHEDULE' AND current_setting('app.listing_schedules', true) = 'on')$p$, v_owner);
END
$$;

-- One run per automation and slot, however many schedulers ask (the unique key); the insert
-- trigger queues its job. False when the run existed or the automation no longer runs.
CREATE OR REPLACE FUNCTION app.record_scheduled_run(p_org uuid, p_automation uuid, p_slot timestamptz)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  -- The tenant policy of automation_runs checks the organization of the row.
  PERFORM set_config('app.current_org_id', p_org::text, true);
  INSERT INTO automation_runs (org_id, automation_id, slot)
  SELECT a.org_id, a.id, p_slot FROM automations a
   WHERE a.org_id = p_org AND a.id = p_automation AND a.trigger = 'SCHEDULE' AND a.enabled AND a.deleted_at IS NULL
  ON CONFLICT DO NOTHING;
  RETURN FOUND;
END
$$;
REVOKE ALL ON FUNCTION app.record_scheduled_run(uuid, uuid, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.record_scheduled_run(uuid, uuid, timestamptz) TO clientflow_worker;
