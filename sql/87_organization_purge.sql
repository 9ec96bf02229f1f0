-- Deleted organizations are purged after ORGANIZATION_DELETION_GRACE_DAYS (README "Members and
-- invitations"): deleteOrganization sets deleted_at and purge_after, app.begin_request and
-- app.begin_api_key_request refuse requests to it from then on, restoreOrganization clears both
-- before purge_after. A daily job (src/jobs/tasks.ts) lists the organizations due here, deletes
-- their attachments' objects from the store under RLS, then calls app.purge_organization.
-- Both functions cross organizations and are for the queue's role only (ids in and out).

CREATE OR REPLACE FUNCTION app.organizations_due_for_purge(p_limit integer)
RETURNS TABLE (id uuid)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  -- organizations forces row-level security on its owner too: the policy below lets this
  -- function's owner see the organizations past their grace period while the setting is on.
  PERFORM set_config('app.listing_purgeable_organizations', 'on', true);
  RETURN QUERY SELECT o.id FROM organizations o WHERE o.purge_after <= now() ORDER BY o.purge_after LIMIT p_limit;
  PERFORM set_config('app.listing_purgeable_organizations', '', true);
END
$$;
REVOKE ALL ON FUNCTION app.organizations_due_for_purge(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.organizations_due_for_purge(integer) TO clientflow_worker;

-- Deletes one organization whose grace period is over: the row, every tenant row with it (their
-- foreign keys to organizations cascade; referential actions are not subject to RLS) and its
-- audit log, which has no such key and is otherwise append-only (sql/50). While it runs,
-- app.purging_organization names the organization: the audit trigger records nothing for it.
-- False when the organization is not due (restored, not yet due, or already gone).
CREATE OR REPLACE FUNCTION app.purge_organization(p_org uuid)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_count integer;
BEGIN
  PERFORM set_config('app.current_org_id', p_org::text, true);
  PERFORM set_config('app.purging_organization', p_org::text, true);
  DELETE FROM organizations o WHERE o.id = p_org AND o.purge_after <= now();
  GET DIAGNOSTICS v_count = ROW_COUNT;
  IF v_count = 1 THEN
    DELETE FROM audit_log a WHERE a.org_id = p_org;
  END IF;
  PERFORM set_config('app.purging_organization', '', true);
  PERFORM set_config('app.current_org_id', '', true);
  RETURN v_count = 1;
END
$$;
REVOKE ALL ON FUNCTION app.purge_organization(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.purge_organization(uuid) TO clientflow_worker;

DO $$
DECLARE
  v_owner text := (SELECT pg_get_userbyid(p.proowner) FROM pg_proc p
                    WHERE p.oid = 'app.organizations_due_for_purge(integer)'::regprocedure);
BEGIN
  EXECUTE 'DROP POLICY IF EXISTS organizations_purge_select ON organizations';
  EXECUTE format($p$CREATE POLICY organizations_purge_select ON organizations FOR SELECT TO %I
       USING (purge_after <= now() AND current_setting('app.listing_purgeable_organizations', true) = 'on')$p$, v_owner);
  -- The audit log has no DELETE policy for anyone else; the append-only trigger (sql/50) still
  -- refuses every row but those of the organization just purged.
  EXECUTE 'DROP POLICY IF EXISTS audit_purge_delete ON audit_log';
  EXECUTE format($p$CREATE POLICY audit_purge_delete ON audit_log FOR DELETE TO %I
       USING (org_id = NULLIF(current_setting('app.purging_organization', true), '')::uuid)$p$, v_owner);
END
$$;
