-- Roles and the helper schema.
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

-- No temporary tables for anyone but the owner: pg_temp is a schema every role could fill, and
-- a temporary table named like one of ours (users, memberships, audit_log) shadows it wherever
-- pg_temp is searched first. TEMPORARY comes from PUBLIC by default and is a per-database
-- privilege that CREATE DATABASE does not copy from a template, so tests/helpers/app.ts revokes
-- it on every clone and start-up refuses an API role that still has it (src/db/bootstrap.ts).
-- Only the database's owner or a superuser may revoke it; elsewhere a DBA runs this once
-- (README, Production).
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
     OR pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
  ELSE
    RAISE WARNING 'not the owner of database %: run REVOKE TEMPORARY ON DATABASE % FROM PUBLIC as its owner (the API refuses to start while its role may create temporary tables)', current_database(), current_database();
  END IF;
END
$$;
