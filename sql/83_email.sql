-- The e-mail outbox (src/email/outbox.ts): one row per e-mail, rendered when queued in the
-- transaction that decided to send it, sent afterwards by a job (the job queue enqueues one per
-- inserted row). Rows belong to the organization as a whole. The API's role may queue and update
-- rows (the sender claims and finishes them), never delete one: the outbox is the record of what
-- was sent to whom.
--
-- Not in the audit log (sql/50_audit_log.sql): the row is itself the record (recipient, subject,
-- template, status, attempts, times, the automation run or event behind it), written by the
-- system rather than by a person, and the bodies are personal data about contacts that an
-- append-only log could never erase.
CALL app.enable_tenant_rls('email_outbox', 'SELECT, INSERT, UPDATE');

-- What was queued is what is sent: the message (recipient, subject, bodies, template,
-- Message-ID, and what caused it) never changes after the insert, and a SENT row stays SENT, so
-- nothing can send it again. status moves only forward (QUEUED -> SENDING -> SENT | FAILED, and
-- SENDING -> QUEUED for a retry). SQLSTATE 23514 like a CHECK (see sql/20_tenant_tables.sql for
-- why a trigger).
CREATE OR REPLACE FUNCTION app.email_outbox_rules()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_rule text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'QUEUED' OR NEW.attempts <> 0 OR NEW.sent_at IS NOT NULL THEN
      v_rule := 'email_outbox_queued_check';
    END IF;
  ELSIF (NEW.to_address, NEW.subject, NEW.text_body, NEW.html_body, NEW.template, NEW.message_id,
         NEW.automation_run_id, NEW.event_id, NEW.created_at)
        IS DISTINCT FROM
        (OLD.to_address, OLD.subject, OLD.text_body, OLD.html_body, OLD.template, OLD.message_id,
         OLD.automation_run_id, OLD.event_id, OLD.created_at) THEN
    v_rule := 'email_outbox_message_immutable';
  ELSIF OLD.status = 'SENT' AND NEW IS DISTINCT FROM OLD THEN
    v_rule := 'email_outbox_sent_final';
  ELSIF OLD.status = 'FAILED' AND NEW.status <> 'FAILED' THEN
    v_rule := 'email_outbox_failed_final';
  ELSIF NEW.status = 'SENT' AND (OLD.status <> 'SENDING' OR NEW.sent_at IS NULL) THEN
    v_rule := 'email_outbox_sent_check';
  ELSIF NEW.attempts < OLD.attempts THEN
    v_rule := 'email_outbox_attempts_check';
  END IF;
  IF v_rule IS NOT NULL THEN
    RAISE EXCEPTION 'new row for relation "email_outbox" violates check constraint "%"', v_rule
      USING ERRCODE = 'check_violation', CONSTRAINT = v_rule, TABLE = 'email_outbox';
  END IF;
  RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS email_outbox_rules ON email_outbox;
CREATE TRIGGER email_outbox_rules
  BEFORE INSERT OR UPDATE ON email_outbox
  FOR EACH ROW EXECUTE FUNCTION app.email_outbox_rules();
