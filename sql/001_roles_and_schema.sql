-- 001 Roles and the helper schema.
-- clientflow_app is the group role every API login role joins: it owns nothing, is not a
-- superuser and cannot bypass row-level security. Deployments create their own LOGIN role
-- IN ROLE clientflow_app (see README, "Production"); migrations run as the owner role.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clientflow_app') THEN
    CREATE ROLE clientflow_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS app;
COMMENT ON SCHEMA app IS 'ClientFlow helper functions for tenancy and row-level security.';

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO clientflow_app;
GRANT USAGE ON SCHEMA app TO clientflow_app;
