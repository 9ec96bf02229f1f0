-- Trusted documents of an organization (README "Trusted documents"): GraphQL documents its ADMIN
-- registered so that the organization's API keys may run them by documentId, beside the built-in
-- manifest. Tenant rows: registered and removed through the API, never edited (a document is its
-- hash: another text is another document). Audited (sql/50_audit_log.sql): who let keys run what.
CALL app.enable_tenant_rls('trusted_documents', 'SELECT, INSERT, DELETE');

-- The text of a trusted document for a request that presents an API key, looked up before the
-- request's transaction exists (the document must be known before parsing; src/trusted-documents/
-- middleware.ts). Finds the key by the SHA-256 of its secret exactly as begin_api_key_request does
-- (through the api_key_authentication policy), says whether the key may act (not unknown, revoked
-- or expired: the caller answers 401 then) and reads only that key's organization's document. The settings it changes are transaction-local and
-- put back before it returns.
CREATE OR REPLACE FUNCTION app.api_key_trusted_document(p_secret_hash bytea, p_sha256 text)
RETURNS TABLE (key_valid boolean, body text)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  v_org uuid;
  v_body text;
  v_previous_org text := current_setting('app.current_org_id', true);
BEGIN
  PERFORM set_config('app.authenticating_api_key', encode(p_secret_hash, 'hex'), true);
  SELECT k.org_id INTO v_org FROM api_keys k
   WHERE k.secret_hash = p_secret_hash AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now());
  PERFORM set_config('app.authenticating_api_key', '', true);
  IF v_org IS NULL THEN
    RETURN QUERY SELECT false, NULL::text;
    RETURN;
  END IF;
  PERFORM set_config('app.current_org_id', v_org::text, true);
  SELECT d.body INTO v_body FROM trusted_documents d WHERE d.org_id = v_org AND d.sha256 = p_sha256;
  PERFORM set_config('app.current_org_id', COALESCE(v_previous_org, ''), true);
  RETURN QUERY SELECT true, v_body;
END
$$;
REVOKE ALL ON FUNCTION app.api_key_trusted_document(bytea, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.api_key_trusted_document(bytea, text) TO clientflow_app;
