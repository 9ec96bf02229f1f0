-- Webhooks (README "Webhooks"): an organization's endpoints and the log of what was sent to them.
-- Both are tenant tables under the policies of app.enable_tenant_rls (sql/02).

-- Endpoints: the API creates, changes and deletes them, and may read every column but the
-- signing secret. Nothing the API selects by accident (a new GraphQL field, a `SELECT *`, a
-- RETURNING of every column) can then reach the secret: PostgreSQL refuses the statement. The
-- one reader is app.webhook_endpoint_secret below, used by the sender for one delivery. (This
-- guards against mistakes, not against SQL run as the API's role, which may call that function
-- too.) Audited (sql/50_audit_log.sql), without the secret.
CALL app.enable_tenant_rls('webhook_endpoints', 'INSERT, UPDATE, DELETE');
GRANT SELECT (id, org_id, url, description, event_types, enabled, created_by_id, secret_rotated_at, created_at, updated_at)
  ON webhook_endpoints TO clientflow_app;

-- Deliveries: written by createWebhookDeliveries and deliverWebhook, read by the delivery log;
-- never deleted by the API (they go with their endpoint, ON DELETE CASCADE).
CALL app.enable_tenant_rls('webhook_deliveries', 'SELECT, INSERT, UPDATE');

-- The signing secret of one endpoint of the transaction's organization, for the delivery that
-- is about to be sent (src/modules/webhook/delivery.ts). NULL when the organization has no such
-- endpoint.
CREATE OR REPLACE FUNCTION app.webhook_endpoint_secret(p_endpoint_id uuid)
RETURNS text
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
  SELECT e.secret FROM webhook_endpoints e
   WHERE e.id = p_endpoint_id AND e.org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
$$;
REVOKE ALL ON FUNCTION app.webhook_endpoint_secret(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.webhook_endpoint_secret(uuid) TO clientflow_app;

-- Rules on values, whatever writes the row (the API answers BAD_USER_INPUT first). A BEFORE
-- trigger rather than CHECK constraints, for the schema engine's sake (see sql/20_tenant_tables.sql).
CREATE OR REPLACE FUNCTION app.enforce_webhook_rules()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_rule text;
BEGIN
  CASE TG_TABLE_NAME
    WHEN 'webhook_endpoints' THEN
      IF NEW.url !~* '^https?://' THEN v_rule := 'webhook_endpoints_http_url';
      ELSIF COALESCE(cardinality(NEW.event_types), 0) = 0 THEN v_rule := 'webhook_endpoints_event_types_not_empty';
      -- A notification is private to one member (sql/30_notifications.sql): never sent out.
      ELSIF 'notification.created' = ANY (NEW.event_types) THEN v_rule := 'webhook_endpoints_no_private_events';
      ELSIF NEW.secret !~ '^whsec_[A-Za-z0-9+/]+={0,2}$' THEN v_rule := 'webhook_endpoints_secret_format';
      END IF;
    WHEN 'webhook_deliveries' THEN
      IF NEW.attempts < 0 THEN v_rule := 'webhook_deliveries_attempts_check';
      ELSIF jsonb_typeof(NEW.body) <> 'object' THEN v_rule := 'webhook_deliveries_body_is_object';
      END IF;
    ELSE
      NULL;
  END CASE;
  IF v_rule IS NOT NULL THEN
    RAISE EXCEPTION 'new row for relation "%" violates rule %', TG_TABLE_NAME, v_rule
      USING ERRCODE = 'check_violation', CONSTRAINT = v_rule, TABLE = TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS webhook_endpoints_rules ON webhook_endpoints;
CREATE TRIGGER webhook_endpoints_rules BEFORE INSERT OR UPDATE ON webhook_endpoints
  FOR EACH ROW EXECUTE FUNCTION app.enforce_webhook_rules();
DROP TRIGGER IF EXISTS webhook_deliveries_rules ON webhook_deliveries;
CREATE TRIGGER webhook_deliveries_rules BEFORE INSERT OR UPDATE ON webhook_deliveries
  FOR EACH ROW EXECUTE FUNCTION app.enforce_webhook_rules();
