-- Idempotency keys (README "Idempotency keys"): the first response of a create mutation or a
-- checkout sent with an Idempotency-Key header, kept 24 h for replays. A key belongs to one
-- principal in one organization: every policy checks the row's organization AND its user, so
-- another member of the organization (or another API key, which acts as its own service-account
-- user) can neither read, replay nor delete it. Rows carry response bodies: no audit trigger
-- (sql/50_audit_log.sql lists the audited tables; this one is deliberately not among them).
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tenant_select ON idempotency_keys;
DROP POLICY IF EXISTS tenant_insert ON idempotency_keys;
DROP POLICY IF EXISTS tenant_update ON idempotency_keys;
DROP POLICY IF EXISTS tenant_delete ON idempotency_keys;
CREATE POLICY tenant_select ON idempotency_keys FOR SELECT USING (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
CREATE POLICY tenant_insert ON idempotency_keys FOR INSERT WITH CHECK (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
CREATE POLICY tenant_update ON idempotency_keys FOR UPDATE
  USING (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
         AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid)
  WITH CHECK (org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
              AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
CREATE POLICY tenant_delete ON idempotency_keys FOR DELETE USING (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
REVOKE ALL ON idempotency_keys FROM clientflow_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_keys TO clientflow_app;

-- No CHECK constraints on key and request_hash: the Prisma schema engine (7.10 wasm) panics
-- diffing a table with one (tests/db/schema-drift.test.ts); src/idempotency checks the key
-- (1-255 printable ASCII characters) and always writes a SHA-256.
