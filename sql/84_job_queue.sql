-- The job queue's entries (graphile-worker, README "Jobs"): added in the transaction of the row
-- they are about, so a rolled-back change queues nothing and a committed one is never forgotten.
-- graphile_worker.add_job belongs to the migration owner's schema, which the API's role may not
-- use (src/jobs/schema.ts): these SECURITY DEFINER functions are its only way in. Payloads are
-- ids; each task enters the organization and reads the rows under RLS.

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
