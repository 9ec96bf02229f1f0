-- Public images (README "Organization logos", "Your profile"): GET /public/images/<id> serves an
-- organization's current logo or a user's current avatar to anyone, without a token. The route knows no organization, so the lookup crosses
-- organizations: this function is its only way to do it. It answers only for an id that is some
-- organization's current logo or a user's current avatar (ids are random uuids: unguessable), and only what the response
-- needs: the content type, size, checksum (the ETag) and where the bytes are. A replaced or
-- cleared logo, a deleted attachment or a deleted organization answers nothing.
CREATE OR REPLACE FUNCTION app.public_image(p_id uuid)
RETURNS TABLE (content_type text, size_bytes integer, checksum_sha256 text, storage_key text)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  -- organizations and attachments force row-level security on their owner too: the policies
  -- below let this function's owner see the one logo asked for while the setting names it.
  PERFORM set_config('app.public_image_id', p_id::text, true);
  RETURN QUERY SELECT a.content_type, a.size_bytes, a.checksum_sha256::text, a.storage_key
                 FROM organizations o
                 JOIN attachments a ON a.org_id = o.id AND a.id = o.logo_id
                WHERE o.logo_id = p_id AND o.deleted_at IS NULL
                  AND a.deleted_at IS NULL AND a.status = 'READY'
               UNION ALL
               -- An avatar is the user's: kept on the users row (users does not force RLS on its owner).
               SELECT u.avatar_content_type, u.avatar_size_bytes, u.avatar_checksum_sha256::text,
                      u.id::text || '/' || u.avatar_id::text
                 FROM users u
                WHERE u.avatar_id = p_id;
  PERFORM set_config('app.public_image_id', '', true);
END
$$;
REVOKE ALL ON FUNCTION app.public_image(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.public_image(uuid) TO clientflow_app;

DO $$
DECLARE
  v_owner text := (SELECT pg_get_userbyid(p.proowner) FROM pg_proc p
                    WHERE p.oid = 'app.public_image(uuid)'::regprocedure);
BEGIN
  EXECUTE 'DROP POLICY IF EXISTS organizations_public_image_select ON organizations';
  EXECUTE format($p$CREATE POLICY organizations_public_image_select ON organizations FOR SELECT TO %I
       USING (logo_id = NULLIF(current_setting('app.public_image_id', true), '')::uuid)$p$, v_owner);
  EXECUTE 'DROP POLICY IF EXISTS attachments_public_image_select ON attachments';
  EXECUTE format($p$CREATE POLICY attachments_public_image_select ON attachments FOR SELECT TO %I
       USING (id = NULLIF(current_setting('app.public_image_id', true), '')::uuid)$p$, v_owner);
END
$$;

-- updateProfile's avatar: the API's role writes no users row, so this function sets (or, with
-- nulls, clears) the avatar of the one person the transaction is bound to (app.bound_person).
-- The API copied the bytes to <user id>/<avatar id> in the store before calling it. The avatar
-- it replaces keeps its bytes until this transaction commits: a delete_avatar_object job for
-- them is added here, in the same transaction, so a rolled-back change (the old avatar still
-- current) queues nothing. The row lock orders concurrent changes: each retires the one before.
CREATE OR REPLACE FUNCTION app.set_avatar(p_avatar_id uuid, p_content_type text, p_size_bytes integer, p_checksum text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_user uuid;
  v_previous uuid;
BEGIN
  IF p_avatar_id IS NOT NULL AND (p_content_type NOT IN ('image/png', 'image/jpeg', 'image/webp')
                                  OR p_size_bytes NOT BETWEEN 0 AND 2097152 OR p_checksum !~ '^[0-9a-f]{64}$') THEN
    RAISE EXCEPTION 'not an avatar image' USING ERRCODE = 'check_violation';
  END IF;
  v_user := app.bound_person();
  SELECT u.avatar_id INTO v_previous FROM users u WHERE u.id = v_user FOR UPDATE;
  UPDATE users SET avatar_id = p_avatar_id,
                   avatar_content_type = CASE WHEN p_avatar_id IS NULL THEN NULL ELSE p_content_type END,
                   avatar_size_bytes = CASE WHEN p_avatar_id IS NULL THEN NULL ELSE p_size_bytes END,
                   avatar_checksum_sha256 = CASE WHEN p_avatar_id IS NULL THEN NULL ELSE p_checksum END,
                   updated_at = now()
   WHERE id = v_user;
  IF v_previous IS NOT NULL AND v_previous IS DISTINCT FROM p_avatar_id THEN
    -- 8 attempts: about 30 minutes of graphile-worker's backoff for a store that is briefly down.
    PERFORM graphile_worker.add_job('delete_avatar_object',
                                    json_build_object('userId', v_user, 'avatarId', v_previous), max_attempts => 8);
  END IF;
END
$$;
REVOKE ALL ON FUNCTION app.set_avatar(uuid, text, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.set_avatar(uuid, text, integer, text) TO clientflow_app;
