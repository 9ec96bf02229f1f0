-- The outbox of domain events (issue 13). Triggers on the business tables write one row per
-- event in the transaction of the change, so a rolled-back request emits nothing and a committed
-- one is never lost, whatever wrote it (API, seeds, scripts; a CSV import's rows emit none, its
-- run one import.completed: app.bulk_import below). Three consumers read it:
--  * realtime: pg_notify('clientflow_events', ids only), delivered by PostgreSQL at COMMIT to
--    every API process LISTENing (src/events/listener.ts), which loads the record under RLS for
--    each subscriber (src/realtime/);
--  * automations and webhooks: a graphile-worker job `process_event` added in the same
--    transaction (graphile_worker.add_job), only when the organization has something that
--    answers the event (app.event_has_consumers), so an organization without automations or
--    webhooks pays one indexed lookup per event, not a job.
-- The API may only read its organization's events; rows are written by the SECURITY DEFINER
-- function below, whose insert the tenant policy still pins to the request's organization.
CALL app.enable_tenant_rls('events', 'SELECT');

-- Writes one event. The actor is the transaction's user (app.current_user_id); the depth is
-- app.event_depth, which the automation runner sets to the depth of the event it answers + 1.
CREATE OR REPLACE FUNCTION app.emit_event(p_org uuid, p_type text, p_entity_type text, p_entity_id uuid, p_payload jsonb DEFAULT '{}'::jsonb)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_id uuid := gen_random_uuid();
  v_actor uuid := NULLIF(current_setting('app.current_user_id', true), '')::uuid;
  v_depth smallint := COALESCE(NULLIF(current_setting('app.event_depth', true), '')::smallint, 0);
BEGIN
  -- A CSV import's transaction (src/modules/import/runner.ts) sets app.bulk_import: its rows emit
  -- no event each (100,000 contact.created would be as many webhook deliveries); the run emits
  -- one import.completed instead (sql/86_imports.sql). Measured in bench/README "CSV import".
  IF current_setting('app.bulk_import', true) = 'on' THEN
    RETURN;
  END IF;
  INSERT INTO events (org_id, id, type, entity_type, entity_id, actor_id, payload, depth)
  VALUES (p_org, v_id, p_type, p_entity_type, p_entity_id, v_actor, p_payload, v_depth);
  -- Ids only (NOTIFY payloads are public to every listener of the database and capped at 8000
  -- bytes); `u` names the recipient of a private event (a notification).
  PERFORM pg_notify('clientflow_events', json_build_object(
    'o', p_org, 'i', v_id, 't', p_type, 'e', p_entity_id, 'u', p_payload ->> 'userId')::text);
  -- 5 attempts of graphile-worker's exponential backoff (e^n s: about 3 minutes in all); the
  -- job only writes rows (deliveries, runs), so it fails only while the database does.
  IF app.event_has_consumers(p_org, p_type) THEN
    PERFORM graphile_worker.add_job('process_event', json_build_object('orgId', p_org, 'eventId', v_id), max_attempts => 5);
  END IF;
END
$$;
REVOKE ALL ON FUNCTION app.emit_event(uuid, text, text, uuid, jsonb) FROM PUBLIC;

-- The columns an update may change without being an event (bookkeeping and generated keys).
CREATE OR REPLACE FUNCTION app.changed_columns(p_old jsonb, p_new jsonb)
RETURNS jsonb
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT COALESCE(jsonb_agg(k ORDER BY k), '[]'::jsonb)
    FROM jsonb_object_keys(p_new) AS k
   WHERE k NOT IN ('updated_at', 'first_name_key', 'last_name_key')
     AND (p_old -> k) IS DISTINCT FROM (p_new -> k)
$$;

CREATE OR REPLACE FUNCTION app.lead_events()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM app.emit_event(NEW.org_id, 'lead.created', 'Lead', NEW.id, jsonb_build_object('assigneeId', NEW.assignee_id));
    RETURN NULL;
  END IF;
  IF NEW.assignee_id IS NOT NULL AND NEW.assignee_id IS DISTINCT FROM OLD.assignee_id THEN
    PERFORM app.emit_event(NEW.org_id, 'lead.assigned', 'Lead', NEW.id,
                           jsonb_build_object('assigneeId', NEW.assignee_id, 'previousAssigneeId', OLD.assignee_id));
  END IF;
  IF NEW.converted_at IS NOT NULL AND OLD.converted_at IS NULL THEN
    PERFORM app.emit_event(NEW.org_id, 'lead.converted', 'Lead', NEW.id,
                           jsonb_build_object('contactId', NEW.converted_contact_id));
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION app.contact_events()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_changed jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM app.emit_event(NEW.org_id, 'contact.created', 'Contact', NEW.id, '{}'::jsonb);
    RETURN NULL;
  END IF;
  v_changed := app.changed_columns(to_jsonb(OLD), to_jsonb(NEW));
  IF v_changed <> '[]'::jsonb THEN
    PERFORM app.emit_event(NEW.org_id, 'contact.updated', 'Contact', NEW.id, jsonb_build_object('changed', v_changed));
  END IF;
  RETURN NULL;
END
$$;

-- A stage move is deal.stage_changed; reaching WON or LOST is deal.won / deal.lost (also when a
-- move into a closing stage did it); any other change is deal.updated with the changed columns.
CREATE OR REPLACE FUNCTION app.deal_events()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_changed jsonb;
  v_other jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM app.emit_event(NEW.org_id, 'deal.created', 'Deal', NEW.id,
                           jsonb_build_object('pipelineId', NEW.pipeline_id, 'stageId', NEW.stage_id, 'ownerId', NEW.owner_id));
    RETURN NULL;
  END IF;
  v_changed := app.changed_columns(to_jsonb(OLD), to_jsonb(NEW));
  IF v_changed = '[]'::jsonb THEN
    RETURN NULL;
  END IF;
  IF NEW.stage_id IS DISTINCT FROM OLD.stage_id THEN
    PERFORM app.emit_event(NEW.org_id, 'deal.stage_changed', 'Deal', NEW.id,
                           jsonb_build_object('fromStageId', OLD.stage_id, 'toStageId', NEW.stage_id, 'pipelineId', NEW.pipeline_id));
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status::text IN ('WON', 'LOST') THEN
    PERFORM app.emit_event(NEW.org_id, CASE NEW.status::text WHEN 'WON' THEN 'deal.won' ELSE 'deal.lost' END, 'Deal', NEW.id,
                           jsonb_build_object('value', NEW.value, 'currency', NEW.currency));
  END IF;
  SELECT COALESCE(jsonb_agg(c), '[]'::jsonb) INTO v_other
    FROM jsonb_array_elements_text(v_changed) AS c
   WHERE c NOT IN ('stage_id', 'status', 'closed_at', 'probability');
  IF v_other <> '[]'::jsonb OR (NEW.stage_id IS NOT DISTINCT FROM OLD.stage_id AND NEW.status IS NOT DISTINCT FROM OLD.status) THEN
    PERFORM app.emit_event(NEW.org_id, 'deal.updated', 'Deal', NEW.id, jsonb_build_object('changed', v_changed));
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION app.activity_events()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  PERFORM app.emit_event(NEW.org_id, 'activity.created', 'Activity', NEW.id,
                         jsonb_build_object('type', NEW.type, 'dealId', NEW.deal_id, 'contactId', NEW.contact_id,
                                            'leadId', NEW.lead_id, 'companyId', NEW.company_id));
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION app.appointment_events()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_changed jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM app.emit_event(NEW.org_id, 'appointment.booked', 'Appointment', NEW.id,
                           jsonb_build_object('startsAt', NEW.starts_at, 'contactId', NEW.contact_id, 'dealId', NEW.deal_id));
    RETURN NULL;
  END IF;
  v_changed := app.changed_columns(to_jsonb(OLD), to_jsonb(NEW));
  IF v_changed = '[]'::jsonb THEN
    RETURN NULL;
  END IF;
  IF NEW.status::text = 'CANCELLED' AND OLD.status::text <> 'CANCELLED' THEN
    PERFORM app.emit_event(NEW.org_id, 'appointment.cancelled', 'Appointment', NEW.id, '{}'::jsonb);
  ELSE
    PERFORM app.emit_event(NEW.org_id, 'appointment.updated', 'Appointment', NEW.id,
                           jsonb_build_object('changed', v_changed, 'startsAt', NEW.starts_at));
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION app.message_events()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  IF NEW.direction::text = 'INBOUND' THEN
    PERFORM app.emit_event(NEW.org_id, 'message.received', 'Message', NEW.id,
                           jsonb_build_object('channel', NEW.channel, 'contactId', NEW.contact_id, 'dealId', NEW.deal_id,
                                              'leadId', NEW.lead_id));
  END IF;
  RETURN NULL;
END
$$;

-- userId: the recipient; the realtime listener hands the event to that member's sockets only.
CREATE OR REPLACE FUNCTION app.notification_events()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  PERFORM app.emit_event(NEW.org_id, 'notification.created', 'Notification', NEW.id,
                         jsonb_build_object('userId', NEW.user_id, 'type', NEW.type));
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION app.checkout_events()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  PERFORM app.emit_event(NEW.org_id, 'purchase.completed', 'Checkout', NEW.id,
                         jsonb_build_object('total', NEW.total, 'currency', NEW.currency));
  RETURN NULL;
END
$$;

DO $$
DECLARE
  spec text[];
BEGIN
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['leads', 'lead_events', 'INSERT OR UPDATE'],
    ['contacts', 'contact_events', 'INSERT OR UPDATE'],
    ['deals', 'deal_events', 'INSERT OR UPDATE'],
    ['activities', 'activity_events', 'INSERT'],
    ['appointments', 'appointment_events', 'INSERT OR UPDATE'],
    ['messages', 'message_events', 'INSERT'],
    ['notifications', 'notification_events', 'INSERT'],
    ['checkouts', 'checkout_events', 'INSERT']
  ] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', spec[1] || '_events', spec[1]);
    EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I FOR EACH ROW EXECUTE FUNCTION app.%I()',
                   spec[1] || '_events', spec[3], spec[1], spec[2]);
    EXECUTE format('REVOKE ALL ON FUNCTION app.%I() FROM PUBLIC', spec[2]);
  END LOOP;
END
$$;

-- Old events go after EVENT_RETENTION_DAYS (a worker cron job, src/jobs/): across every
-- organization, hence a definer function, in batches so one run holds no long lock. The two
-- policies below let the function's owner (never the API's role) see and delete events older
-- than the cut-off it sets for the duration of its transaction; FORCE RLS still binds every other
-- query the owner runs (the pattern of app.accept_invitation, 11_invitations.sql).
CREATE OR REPLACE FUNCTION app.purge_events(p_before timestamptz, p_limit integer DEFAULT 10000)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_count integer;
BEGIN
  PERFORM set_config('app.purging_events_before', p_before::text, true);
  DELETE FROM events
   WHERE ctid = ANY (ARRAY(SELECT ctid FROM events WHERE occurred_at < p_before LIMIT p_limit));
  GET DIAGNOSTICS v_count = ROW_COUNT;
  PERFORM set_config('app.purging_events_before', '', true);
  RETURN v_count;
END
$$;
REVOKE ALL ON FUNCTION app.purge_events(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.purge_events(timestamptz, integer) TO clientflow_app;

DO $$
DECLARE
  v_owner text := (SELECT pg_get_userbyid(p.proowner) FROM pg_proc p
                    WHERE p.oid = 'app.purge_events(timestamptz, integer)'::regprocedure);
BEGIN
  EXECUTE 'DROP POLICY IF EXISTS events_purge_select ON events';
  EXECUTE 'DROP POLICY IF EXISTS events_purge_delete ON events';
  EXECUTE format($p$CREATE POLICY events_purge_select ON events FOR SELECT TO %I
       USING (occurred_at < NULLIF(current_setting('app.purging_events_before', true), '')::timestamptz)$p$, v_owner);
  EXECUTE format($p$CREATE POLICY events_purge_delete ON events FOR DELETE TO %I
       USING (occurred_at < NULLIF(current_setting('app.purging_events_before', true), '')::timestamptz)$p$, v_owner);
END
$$;
