-- Notifications: rows private to one member, and the domain events that create them.

-- A notification belongs to one user in one organization: the policies check the user as well
-- as the organization, so another member of the same organization can neither read nor change
-- it. Anyone in the organization may create a notification for a member (that is how domain
-- events reach people), but only its user sees it afterwards.
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tenant_select ON notifications;
DROP POLICY IF EXISTS tenant_insert ON notifications;
DROP POLICY IF EXISTS tenant_update ON notifications;
DROP POLICY IF EXISTS tenant_delete ON notifications;
CREATE POLICY tenant_select ON notifications FOR SELECT USING (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
CREATE POLICY tenant_insert ON notifications FOR INSERT WITH CHECK (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid);
CREATE POLICY tenant_update ON notifications FOR UPDATE
  USING (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
         AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid)
  WITH CHECK (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
              AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
CREATE POLICY tenant_delete ON notifications FOR DELETE USING (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON notifications TO clientflow_app;

-- Domain events that notify people, raised by the database so that every write path (API,
-- imports, scripts) produces them: a lead or deal assigned to someone, a member invited to an
-- appointment, and an appointment rescheduled or cancelled. Nobody is notified about what they
-- did to themselves.
-- The functions run as the caller, under RLS: the notification lands in the row's own
-- organization (the insert policy checks it), addressed to the assignee.

CREATE OR REPLACE FUNCTION app.global_id(typename text, id uuid)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$ SELECT translate(encode(convert_to(typename || ':' || id::text, 'UTF8'), 'base64'), E'\n', '') $$;
GRANT EXECUTE ON FUNCTION app.global_id(text, uuid) TO clientflow_app;

CREATE OR REPLACE FUNCTION app.notify_assignment()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  -- TG_ARGV[0] names the assignee column (leads.assignee_id, deals.owner_id); read through
  -- jsonb because PL/pgSQL resolves NEW.<column> when it plans the statement.
  v_assignee uuid := (to_jsonb(NEW) ->> TG_ARGV[0])::uuid;
  v_previous uuid;
  v_actor uuid := NULLIF(current_setting('app.current_user_id', true), '')::uuid;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    v_previous := (to_jsonb(OLD) ->> TG_ARGV[0])::uuid;
  END IF;
  IF v_assignee IS NULL OR v_assignee IS NOT DISTINCT FROM v_previous OR v_assignee IS NOT DISTINCT FROM v_actor THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'leads' THEN
    INSERT INTO notifications (org_id, user_id, type, title, body, subject_id)
    VALUES (NEW.org_id, v_assignee, 'LEAD_ASSIGNED',
            'Lead assigned to you: ' || concat_ws(' ', NEW.first_name, NEW.last_name),
            NEW.company_name, app.global_id('Lead', NEW.id));
  ELSE
    INSERT INTO notifications (org_id, user_id, type, title, body, subject_id)
    VALUES (NEW.org_id, v_assignee, 'DEAL_ASSIGNED', 'Deal assigned to you: ' || NEW.name,
            NULL, app.global_id('Deal', NEW.id));
  END IF;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS leads_notify_assignment ON leads;
CREATE TRIGGER leads_notify_assignment
  AFTER INSERT OR UPDATE OF assignee_id ON leads
  FOR EACH ROW EXECUTE FUNCTION app.notify_assignment('assignee_id');
DROP TRIGGER IF EXISTS deals_notify_assignment ON deals;
CREATE TRIGGER deals_notify_assignment
  AFTER INSERT OR UPDATE OF owner_id ON deals
  FOR EACH ROW EXECUTE FUNCTION app.notify_assignment('owner_id');

CREATE OR REPLACE FUNCTION app.notify_appointment_invitation()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_actor uuid := NULLIF(current_setting('app.current_user_id', true), '')::uuid;
  v_title text;
  v_starts timestamptz;
BEGIN
  IF NEW.user_id IS NULL OR NEW.user_id IS NOT DISTINCT FROM v_actor THEN
    RETURN NULL;
  END IF;
  SELECT a.title, a.starts_at INTO v_title, v_starts FROM appointments a
   WHERE a.org_id = NEW.org_id AND a.id = NEW.appointment_id;
  INSERT INTO notifications (org_id, user_id, type, title, body, subject_id)
  VALUES (NEW.org_id, NEW.user_id, 'APPOINTMENT_INVITATION', 'Invitation: ' || v_title,
          'Starts ' || to_char(v_starts AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC',
          app.global_id('Appointment', NEW.appointment_id));
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS appointment_attendees_notify ON appointment_attendees;
CREATE TRIGGER appointment_attendees_notify
  AFTER INSERT ON appointment_attendees
  FOR EACH ROW EXECUTE FUNCTION app.notify_appointment_invitation();

-- An appointment rescheduled (starts_at or ends_at moved) or cancelled (status became CANCELLED)
-- notifies its member attendees and its organizer, except whoever made the change. Those on the
-- appointment when its row changes are told: updateAppointment removes dropped attendees before
-- and adds new ones (their invitation names the new time) after updating the row. A cancelled
-- or deleted appointment that moves notifies nobody.
CREATE OR REPLACE FUNCTION app.notify_appointment_update()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_actor uuid := NULLIF(current_setting('app.current_user_id', true), '')::uuid;
  v_title text;
  v_body text;
BEGIN
  IF NEW.deleted_at IS NOT NULL THEN
    RETURN NULL;
  END IF;
  IF NEW.status = 'CANCELLED' AND OLD.status IS DISTINCT FROM 'CANCELLED' THEN
    v_title := 'Cancelled: ' || NEW.title;
    v_body := 'Was to start ' || to_char(OLD.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC';
  ELSIF NEW.status <> 'CANCELLED'
        AND (NEW.starts_at IS DISTINCT FROM OLD.starts_at OR NEW.ends_at IS DISTINCT FROM OLD.ends_at) THEN
    v_title := 'Rescheduled: ' || NEW.title;
    v_body := 'Now starts ' || to_char(NEW.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC, ends '
              || to_char(NEW.ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC';
  ELSE
    RETURN NULL;
  END IF;
  INSERT INTO notifications (org_id, user_id, type, title, body, subject_id)
  SELECT NEW.org_id, people.user_id, 'APPOINTMENT_UPDATED', v_title, v_body, app.global_id('Appointment', NEW.id)
    FROM (SELECT a.user_id FROM appointment_attendees a
           WHERE a.org_id = NEW.org_id AND a.appointment_id = NEW.id AND a.user_id IS NOT NULL
          UNION
          SELECT NEW.organizer_id WHERE NEW.organizer_id IS NOT NULL) AS people
   WHERE people.user_id IS DISTINCT FROM v_actor;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS appointments_notify_update ON appointments;
CREATE TRIGGER appointments_notify_update
  AFTER UPDATE OF starts_at, ends_at, status ON appointments
  FOR EACH ROW EXECUTE FUNCTION app.notify_appointment_update();

-- SYSTEM notifications: a platform administrator (users.is_platform_admin) writes a title and
-- body to every member of one organization, or to some of them (sendSystemNotification). A
-- platform administrator is not a member, so the request has no organization and RLS would
-- refuse the rows: this function, owned by the migration role, checks the flag itself (the API
-- checks it first; SQL sent as the API's role by anyone else gets 42501) and writes the rows.
--   * Members are people: API keys' service accounts are left out, as the members list does.
--   * p_user_ids NULL: every member. Otherwise each id must be a member, or nothing is written
--     and outcome 'not_members' lists those that are not, in the order given.
--   * More than p_max_recipients recipients: outcome 'too_many', nothing written.
--   * An organization that does not exist: outcome 'no_organization'.
--   * app.current_org_id names the organization only while the rows are read and written (the
--     owner is bound by FORCE RLS unless it is a superuser; the insert policy checks it) and is
--     put back before returning, so the request's tenant is what it was.
CREATE OR REPLACE FUNCTION app.send_system_notification(
  p_org_id uuid, p_user_ids uuid[], p_title text, p_body text, p_max_recipients integer)
RETURNS TABLE (outcome text, recipient_count integer, not_members uuid[])
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  v_user uuid := NULLIF(current_setting('app.current_user_id', true), '')::uuid;
  v_previous_org text := COALESCE(current_setting('app.current_org_id', true), '');
  v_recipients uuid[];
  v_missing uuid[];
  v_outcome text;
BEGIN
  IF v_user IS NULL OR NOT COALESCE((SELECT u.is_platform_admin FROM users u WHERE u.id = v_user), false) THEN
    RAISE EXCEPTION 'only platform administrators may send system notifications' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_org_id IS NULL OR p_title IS NULL OR p_max_recipients IS NULL THEN
    RAISE EXCEPTION 'organization, title and the recipient limit are required' USING ERRCODE = 'null_value_not_allowed';
  END IF;
  PERFORM set_config('app.current_org_id', p_org_id::text, true);
  SELECT array_agg(m.user_id ORDER BY m.user_id) INTO v_recipients
    FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.org_id = p_org_id AND NOT u.is_service_account
     AND (p_user_ids IS NULL OR m.user_id = ANY (p_user_ids));
  v_recipients := COALESCE(v_recipients, '{}');
  IF p_user_ids IS NOT NULL THEN
    SELECT array_agg(given.id ORDER BY given.n) INTO v_missing
      FROM unnest(p_user_ids) WITH ORDINALITY AS given(id, n)
     WHERE NOT given.id = ANY (v_recipients);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = p_org_id) THEN
    v_outcome := 'no_organization';
  ELSIF v_missing IS NOT NULL THEN
    v_outcome := 'not_members';
  ELSIF cardinality(v_recipients) > p_max_recipients THEN
    v_outcome := 'too_many';
  ELSE
    INSERT INTO notifications (org_id, user_id, type, title, body)
    SELECT p_org_id, r.user_id, 'SYSTEM', p_title, p_body FROM unnest(v_recipients) AS r(user_id);
    v_outcome := 'sent';
  END IF;
  PERFORM set_config('app.current_org_id', v_previous_org, true);
  RETURN QUERY SELECT v_outcome,
                      CASE WHEN v_outcome = 'sent' OR v_outcome = 'too_many' THEN cardinality(v_recipients) ELSE 0 END,
                      v_missing;
END
$$;
REVOKE ALL ON FUNCTION app.send_system_notification(uuid, uuid[], text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.send_system_notification(uuid, uuid[], text, text, integer) TO clientflow_app;
