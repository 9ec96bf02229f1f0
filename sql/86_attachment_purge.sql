-- Deleted attachments' bytes are purged after ATTACHMENT_RETENTION_DAYS (README "Jobs"): a daily
-- job (src/jobs/tasks.ts) lists the due ones here, then, per attachment and inside its
-- organization's RLS, locks the row, deletes the object from the store and deletes the row.
-- Listing crosses organizations: this function is the only way to do it, for the queue's role
-- only (the API's role may not call it), and it returns ids and nothing else.
CREATE OR REPLACE FUNCTION app.attachments_due_for_purge(p_before timestamptz, p_limit integer)
RETURNS TABLE (org_id uuid, id uuid)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  -- attachments forces row-level security on its owner too: the policy below lets this
  -- function's owner see the rows deleted before the cut-off while the setting is on.
  PERFORM set_config('app.purging_attachments_before', p_before::text, true);
  RETURN QUERY SELECT a.org_id, a.id FROM attachments a
                WHERE a.deleted_at < p_before
                ORDER BY a.deleted_at
                LIMIT p_limit;
  PERFORM set_config('app.purging_attachments_before', '', true);
END
$$;
REVOKE ALL ON FUNCTION app.attachments_due_for_purge(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.attachments_due_for_purge(timestamptz, integer) TO clientflow_worker;

DO $$
DECLARE
  v_owner text := (SELECT pg_get_userbyid(p.proowner) FROM pg_proc p
                    WHERE p.oid = 'app.attachments_due_for_purge(timestamptz, integer)'::regprocedure);
BEGIN
  EXECUTE 'DROP POLICY IF EXISTS attachments_purge_select ON attachments';
  EXECUTE format($p$CREATE POLICY attachments_purge_select ON attachments FOR SELECT TO %I
       USING (deleted_at < NULLIF(current_setting('app.purging_attachments_before', true), '')::timestamptz)$p$, v_owner);
END
$$;
