-- ClientFlow initial schema: sql/000 first, then the tables, enums and indexes (the schema
-- engine's diff from an empty database to prisma/schema.prisma), then the other sql/ files
-- verbatim (roles, helper functions, RLS policies, grants).

-- >>> sql/000_extensions.sql
-- 000 Extensions, before any table: pg_trgm backs the indexes of the case-insensitive
-- contains/startsWith filters. It is a trusted extension (PostgreSQL 13+): the database
-- owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- <<< sql/000_extensions.sql

-- CreateEnum
CREATE TYPE "membership_role" AS ENUM ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER');

-- CreateEnum
CREATE TYPE "lead_status" AS ENUM ('NEW', 'CONTACTED', 'QUALIFIED', 'UNQUALIFIED', 'CONVERTED');

-- CreateEnum
CREATE TYPE "lead_source" AS ENUM ('WEBSITE', 'REFERRAL', 'EVENT', 'COLD_OUTREACH', 'ADVERTISING', 'SOCIAL', 'PARTNER', 'OTHER');

-- CreateEnum
CREATE TYPE "lead_rating" AS ENUM ('HOT', 'WARM', 'COLD');

-- CreateEnum
CREATE TYPE "stage_kind" AS ENUM ('OPEN', 'WON', 'LOST');

-- CreateEnum
CREATE TYPE "deal_status" AS ENUM ('OPEN', 'WON', 'LOST');

-- CreateEnum
CREATE TYPE "activity_type" AS ENUM ('CALL', 'EMAIL', 'MEETING', 'NOTE', 'TASK', 'STAGE_CHANGE');

-- CreateTable
CREATE TABLE "organizations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "auth_subject" TEXT NOT NULL,
    "email" TEXT,
    "name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "membership_role" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "companies" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "industry" TEXT,
    "website" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "custom_fields" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "companies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contacts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "company_id" UUID,
    "owner_id" UUID,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "title" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "social_links" JSONB NOT NULL DEFAULT '{}',
    "custom_fields" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "leads" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "assignee_id" UUID,
    "first_name" TEXT,
    "last_name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "company_name" TEXT,
    "title" TEXT,
    "source" "lead_source" NOT NULL DEFAULT 'OTHER',
    "status" "lead_status" NOT NULL DEFAULT 'NEW',
    "rating" "lead_rating" NOT NULL DEFAULT 'WARM',
    "score" INTEGER NOT NULL DEFAULT 0,
    "converted_at" TIMESTAMPTZ(3),
    "converted_contact_id" UUID,
    "custom_fields" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "leads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pipelines" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "pipelines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pipeline_stages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "pipeline_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "probability" INTEGER NOT NULL,
    "kind" "stage_kind" NOT NULL DEFAULT 'OPEN',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pipeline_stages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deals" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "pipeline_id" UUID NOT NULL,
    "stage_id" UUID NOT NULL,
    "contact_id" UUID,
    "company_id" UUID,
    "lead_id" UUID,
    "owner_id" UUID,
    "name" TEXT NOT NULL,
    "value" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "probability" INTEGER,
    "expected_close_date" DATE,
    "status" "deal_status" NOT NULL DEFAULT 'OPEN',
    "closed_at" TIMESTAMPTZ(3),
    "custom_fields" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "deals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activities" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "type" "activity_type" NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "due_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "lead_id" UUID,
    "contact_id" UUID,
    "company_id" UUID,
    "deal_id" UUID,
    "owner_id" UUID,
    "custom_fields" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "activities_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_auth_subject_key" ON "users"("auth_subject");

-- CreateIndex
CREATE INDEX "users_email_idx" ON "users"("email");

-- CreateIndex
CREATE INDEX "memberships_user_id_idx" ON "memberships"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_org_id_user_id_key" ON "memberships"("org_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_org_id_id_key" ON "memberships"("org_id", "id");

-- CreateIndex
CREATE INDEX "companies_org_id_name_id_idx" ON "companies"("org_id", "name", "id");

-- CreateIndex
CREATE INDEX "companies_org_id_created_at_id_idx" ON "companies"("org_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "companies_org_id_domain_idx" ON "companies"("org_id", "domain");

-- CreateIndex
CREATE INDEX "companies_org_id_updated_at_id_idx" ON "companies"("org_id", "updated_at", "id");

-- CreateIndex
CREATE INDEX "companies_org_id_industry_idx" ON "companies"("org_id", "industry");

-- CreateIndex
CREATE INDEX "companies_name_trgm_idx" ON "companies" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "companies_domain_trgm_idx" ON "companies" USING GIN ("domain" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "companies_org_id_id_key" ON "companies"("org_id", "id");

-- CreateIndex
CREATE INDEX "contacts_org_id_last_name_first_name_id_idx" ON "contacts"("org_id", "last_name", "first_name", "id");

-- CreateIndex
CREATE INDEX "contacts_org_id_created_at_id_idx" ON "contacts"("org_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "contacts_org_id_email_idx" ON "contacts"("org_id", "email");

-- CreateIndex
CREATE INDEX "contacts_org_id_company_id_idx" ON "contacts"("org_id", "company_id");

-- CreateIndex
CREATE INDEX "contacts_org_id_owner_id_idx" ON "contacts"("org_id", "owner_id");

-- CreateIndex
CREATE INDEX "contacts_tags_idx" ON "contacts" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "contacts_org_id_updated_at_id_idx" ON "contacts"("org_id", "updated_at", "id");

-- CreateIndex
CREATE INDEX "contacts_last_name_trgm_idx" ON "contacts" USING GIN ("last_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "contacts_first_name_trgm_idx" ON "contacts" USING GIN ("first_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "contacts_email_trgm_idx" ON "contacts" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "contacts_org_id_id_key" ON "contacts"("org_id", "id");

-- CreateIndex
CREATE INDEX "leads_org_id_created_at_id_idx" ON "leads"("org_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "leads_org_id_status_created_at_idx" ON "leads"("org_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "leads_org_id_score_idx" ON "leads"("org_id", "score");

-- CreateIndex
CREATE INDEX "leads_org_id_last_name_id_idx" ON "leads"("org_id", "last_name", "id");

-- CreateIndex
CREATE INDEX "leads_org_id_assignee_id_idx" ON "leads"("org_id", "assignee_id");

-- CreateIndex
CREATE INDEX "leads_org_id_email_idx" ON "leads"("org_id", "email");

-- CreateIndex
CREATE INDEX "leads_org_id_source_idx" ON "leads"("org_id", "source");

-- CreateIndex
CREATE INDEX "leads_org_id_rating_idx" ON "leads"("org_id", "rating");

-- CreateIndex
CREATE INDEX "leads_last_name_trgm_idx" ON "leads" USING GIN ("last_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "leads_email_trgm_idx" ON "leads" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "leads_company_name_trgm_idx" ON "leads" USING GIN ("company_name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "leads_org_id_id_key" ON "leads"("org_id", "id");

-- CreateIndex
CREATE INDEX "pipelines_org_id_name_idx" ON "pipelines"("org_id", "name");

-- CreateIndex
CREATE INDEX "pipelines_org_id_created_at_idx" ON "pipelines"("org_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "pipelines_org_id_id_key" ON "pipelines"("org_id", "id");

-- CreateIndex
CREATE INDEX "pipeline_stages_org_id_pipeline_id_position_idx" ON "pipeline_stages"("org_id", "pipeline_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "pipeline_stages_org_id_id_key" ON "pipeline_stages"("org_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "pipeline_stages_org_id_pipeline_id_id_key" ON "pipeline_stages"("org_id", "pipeline_id", "id");

-- CreateIndex
CREATE INDEX "deals_org_id_created_at_id_idx" ON "deals"("org_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "deals_org_id_stage_id_created_at_idx" ON "deals"("org_id", "stage_id", "created_at");

-- CreateIndex
CREATE INDEX "deals_org_id_pipeline_id_status_idx" ON "deals"("org_id", "pipeline_id", "status");

-- CreateIndex
CREATE INDEX "deals_org_id_status_expected_close_date_idx" ON "deals"("org_id", "status", "expected_close_date");

-- CreateIndex
CREATE INDEX "deals_org_id_contact_id_idx" ON "deals"("org_id", "contact_id");

-- CreateIndex
CREATE INDEX "deals_org_id_company_id_idx" ON "deals"("org_id", "company_id");

-- CreateIndex
CREATE INDEX "deals_org_id_lead_id_idx" ON "deals"("org_id", "lead_id");

-- CreateIndex
CREATE INDEX "deals_org_id_owner_id_idx" ON "deals"("org_id", "owner_id");

-- CreateIndex
CREATE INDEX "deals_org_id_value_idx" ON "deals"("org_id", "value");

-- CreateIndex
CREATE INDEX "deals_org_id_name_id_idx" ON "deals"("org_id", "name", "id");

-- CreateIndex
CREATE INDEX "deals_org_id_expected_close_date_id_idx" ON "deals"("org_id", "expected_close_date", "id");

-- CreateIndex
CREATE INDEX "deals_org_id_updated_at_id_idx" ON "deals"("org_id", "updated_at", "id");

-- CreateIndex
CREATE INDEX "deals_org_id_closed_at_idx" ON "deals"("org_id", "closed_at");

-- CreateIndex
CREATE INDEX "deals_name_trgm_idx" ON "deals" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "deals_org_id_id_key" ON "deals"("org_id", "id");

-- CreateIndex
CREATE INDEX "activities_org_id_occurred_at_id_idx" ON "activities"("org_id", "occurred_at", "id");

-- CreateIndex
CREATE INDEX "activities_org_id_deal_id_occurred_at_idx" ON "activities"("org_id", "deal_id", "occurred_at");

-- CreateIndex
CREATE INDEX "activities_org_id_contact_id_occurred_at_idx" ON "activities"("org_id", "contact_id", "occurred_at");

-- CreateIndex
CREATE INDEX "activities_org_id_company_id_occurred_at_idx" ON "activities"("org_id", "company_id", "occurred_at");

-- CreateIndex
CREATE INDEX "activities_org_id_lead_id_occurred_at_idx" ON "activities"("org_id", "lead_id", "occurred_at");

-- CreateIndex
CREATE INDEX "activities_org_id_type_occurred_at_idx" ON "activities"("org_id", "type", "occurred_at");

-- CreateIndex
CREATE INDEX "activities_org_id_owner_id_occurred_at_idx" ON "activities"("org_id", "owner_id", "occurred_at");

-- CreateIndex
CREATE INDEX "activities_org_id_due_at_idx" ON "activities"("org_id", "due_at");

-- CreateIndex
CREATE INDEX "activities_org_id_created_at_id_idx" ON "activities"("org_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "activities_org_id_completed_at_idx" ON "activities"("org_id", "completed_at");

-- CreateIndex
CREATE INDEX "activities_subject_trgm_idx" ON "activities" USING GIN ("subject" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "activities_org_id_id_key" ON "activities"("org_id", "id");

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "companies" ADD CONSTRAINT "companies_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_org_id_company_id_fkey" FOREIGN KEY ("org_id", "company_id") REFERENCES "companies"("org_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_org_id_owner_id_fkey" FOREIGN KEY ("org_id", "owner_id") REFERENCES "memberships"("org_id", "user_id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_org_id_assignee_id_fkey" FOREIGN KEY ("org_id", "assignee_id") REFERENCES "memberships"("org_id", "user_id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_org_id_converted_contact_id_fkey" FOREIGN KEY ("org_id", "converted_contact_id") REFERENCES "contacts"("org_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pipelines" ADD CONSTRAINT "pipelines_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pipeline_stages" ADD CONSTRAINT "pipeline_stages_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pipeline_stages" ADD CONSTRAINT "pipeline_stages_org_id_pipeline_id_fkey" FOREIGN KEY ("org_id", "pipeline_id") REFERENCES "pipelines"("org_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deals" ADD CONSTRAINT "deals_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deals" ADD CONSTRAINT "deals_org_id_pipeline_id_fkey" FOREIGN KEY ("org_id", "pipeline_id") REFERENCES "pipelines"("org_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deals" ADD CONSTRAINT "deals_org_id_pipeline_id_stage_id_fkey" FOREIGN KEY ("org_id", "pipeline_id", "stage_id") REFERENCES "pipeline_stages"("org_id", "pipeline_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deals" ADD CONSTRAINT "deals_org_id_contact_id_fkey" FOREIGN KEY ("org_id", "contact_id") REFERENCES "contacts"("org_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deals" ADD CONSTRAINT "deals_org_id_company_id_fkey" FOREIGN KEY ("org_id", "company_id") REFERENCES "companies"("org_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deals" ADD CONSTRAINT "deals_org_id_lead_id_fkey" FOREIGN KEY ("org_id", "lead_id") REFERENCES "leads"("org_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deals" ADD CONSTRAINT "deals_org_id_owner_id_fkey" FOREIGN KEY ("org_id", "owner_id") REFERENCES "memberships"("org_id", "user_id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_lead_id_fkey" FOREIGN KEY ("org_id", "lead_id") REFERENCES "leads"("org_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_contact_id_fkey" FOREIGN KEY ("org_id", "contact_id") REFERENCES "contacts"("org_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_company_id_fkey" FOREIGN KEY ("org_id", "company_id") REFERENCES "companies"("org_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_deal_id_fkey" FOREIGN KEY ("org_id", "deal_id") REFERENCES "deals"("org_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_owner_id_fkey" FOREIGN KEY ("org_id", "owner_id") REFERENCES "memberships"("org_id", "user_id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- >>> sql/001_roles_and_schema.sql
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
-- <<< sql/001_roles_and_schema.sql

-- >>> sql/010_tenant_rls.sql
-- 010 The one mechanism that walls tenants off: app.enable_tenant_rls(table).
-- Every table with org_id gets RLS ENABLED and FORCED and one policy per command, each
-- comparing org_id with the request's setting. The comparison is a plain scalar expression
-- (no function call per row), so PostgreSQL uses the (org_id, ...) indexes.
-- NULLIF: once a pooled connection has used set_config(..., true) the setting reads '' (not
-- NULL) in later transactions, and ''::uuid would raise instead of matching nothing.
CREATE OR REPLACE PROCEDURE app.enable_tenant_rls(target regclass)
LANGUAGE plpgsql
AS $$
DECLARE
  tenant_match constant text :=
    $q$org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid$q$;
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_select ON %s', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_insert ON %s', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_update ON %s', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_delete ON %s', target);
  EXECUTE format('CREATE POLICY tenant_select ON %s FOR SELECT USING (%s)', target, tenant_match);
  EXECUTE format('CREATE POLICY tenant_insert ON %s FOR INSERT WITH CHECK (%s)', target, tenant_match);
  EXECUTE format('CREATE POLICY tenant_update ON %s FOR UPDATE USING (%s) WITH CHECK (%s)', target, tenant_match, tenant_match);
  EXECUTE format('CREATE POLICY tenant_delete ON %s FOR DELETE USING (%s)', target, tenant_match);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO clientflow_app', target);
END
$$;
COMMENT ON PROCEDURE app.enable_tenant_rls(regclass) IS
  'Enables and forces RLS on a tenant table with one org_id policy per command, and grants it to clientflow_app.';
-- <<< sql/010_tenant_rls.sql

-- >>> sql/020_tenancy.sql
-- 020 Organizations, users and memberships: the tables the tenant boundary is made of.

-- Memberships are tenant rows; a user may additionally see their own memberships in every
-- organization, which is what `organizations` lists and what begin_request verifies.
CALL app.enable_tenant_rls('memberships');
DROP POLICY IF EXISTS tenant_select ON memberships;
CREATE POLICY tenant_select ON memberships FOR SELECT USING (
  org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  OR user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid
);

-- An organization is visible when it is the request's organization or the user belongs to it.
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS org_select ON organizations;
DROP POLICY IF EXISTS org_insert ON organizations;
DROP POLICY IF EXISTS org_update ON organizations;
DROP POLICY IF EXISTS org_delete ON organizations;
CREATE POLICY org_select ON organizations FOR SELECT USING (
  id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
  OR id = ANY (ARRAY(
    SELECT m.org_id FROM memberships m
    WHERE m.user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid))
);
-- Any signed-in user may create an organization; it must be the request's organization so
-- that the creator's OWNER membership can be inserted under the memberships policy.
CREATE POLICY org_insert ON organizations FOR INSERT WITH CHECK (
  NULLIF(current_setting('app.current_user_id', true), '') IS NOT NULL
  AND id = NULLIF(current_setting('app.current_org_id', true), '')::uuid
);
CREATE POLICY org_update ON organizations FOR UPDATE
  USING (id = NULLIF(current_setting('app.current_org_id', true), '')::uuid)
  WITH CHECK (id = NULLIF(current_setting('app.current_org_id', true), '')::uuid);
CREATE POLICY org_delete ON organizations FOR DELETE
  USING (id = NULLIF(current_setting('app.current_org_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON organizations TO clientflow_app;

-- Users are global (no org_id). The app role may read itself and the members of the
-- request's organization; it writes users only through app.provision_user. RLS is enabled
-- but not forced here: the two SECURITY DEFINER functions below, owned by the migration
-- role, must find a user by subject or e-mail across organizations.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS user_select ON users;
CREATE POLICY user_select ON users FOR SELECT USING (
  id = NULLIF(current_setting('app.current_user_id', true), '')::uuid
  OR id = ANY (ARRAY(
    SELECT m.user_id FROM memberships m
    WHERE m.org_id = NULLIF(current_setting('app.current_org_id', true), '')::uuid))
);
GRANT SELECT ON users TO clientflow_app;

-- Just-in-time provisioning from a verified token: one row per identity-provider subject.
-- Writes only when the e-mail or name changed, so a steady stream of requests does not
-- rewrite the row.
CREATE OR REPLACE FUNCTION app.provision_user(p_subject text, p_email text, p_name text)
RETURNS uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
  v_id uuid;
BEGIN
  SELECT id INTO v_id FROM users
   WHERE auth_subject = p_subject
     AND email IS NOT DISTINCT FROM COALESCE(p_email, email)
     AND name IS NOT DISTINCT FROM COALESCE(p_name, name);
  IF v_id IS NOT NULL THEN
    RETURN v_id;
  END IF;
  INSERT INTO users (auth_subject, email, name)
  VALUES (p_subject, p_email, p_name)
  ON CONFLICT (auth_subject) DO UPDATE
    SET email = COALESCE(EXCLUDED.email, users.email),
        name = COALESCE(EXCLUDED.name, users.name),
        updated_at = now()
  RETURNING id INTO v_id;
  RETURN v_id;
END
$$;
REVOKE ALL ON FUNCTION app.provision_user(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.provision_user(text, text, text) TO clientflow_app;

-- Adding a member by e-mail needs the id of a user who is not yet in the organization.
-- Answers only inside an organization context and reveals nothing but the id.
CREATE OR REPLACE FUNCTION app.user_id_by_email(p_email text)
RETURNS uuid
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
  SELECT id FROM users
   WHERE lower(email) = lower(p_email)
     AND NULLIF(current_setting('app.current_org_id', true), '') IS NOT NULL
   ORDER BY created_at
   LIMIT 1
$$;
REVOKE ALL ON FUNCTION app.user_id_by_email(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.user_id_by_email(text) TO clientflow_app;

-- The first statement of every authenticated request (after BEGIN): provisions the user,
-- sets app.current_user_id, and sets app.current_org_id only when the user is a member of
-- the requested organization. The role returned comes from the membership row.
CREATE OR REPLACE FUNCTION app.begin_request(p_subject text, p_email text, p_name text, p_org_id uuid)
RETURNS TABLE (user_id uuid, role text)
LANGUAGE plpgsql
AS $$
DECLARE
  v_user uuid;
  v_role text;
BEGIN
  v_user := app.provision_user(p_subject, p_email, p_name);
  PERFORM set_config('app.current_user_id', v_user::text, true);
  PERFORM set_config('app.current_org_id', '', true);
  IF p_org_id IS NOT NULL THEN
    SELECT m.role::text INTO v_role FROM memberships m
     WHERE m.user_id = v_user AND m.org_id = p_org_id;
    IF v_role IS NOT NULL THEN
      PERFORM set_config('app.current_org_id', p_org_id::text, true);
    END IF;
  END IF;
  RETURN QUERY SELECT v_user, v_role;
END
$$;
GRANT EXECUTE ON FUNCTION app.begin_request(text, text, text, uuid) TO clientflow_app;

-- An organization always keeps at least one OWNER: the database refuses the change that
-- would remove or demote the last one, whatever the application does. The advisory lock
-- serializes owner changes per organization, so two owners demoting each other in concurrent
-- transactions cannot both pass (each would still see the other's uncommitted row as OWNER).
CREATE OR REPLACE FUNCTION app.ensure_org_keeps_an_owner()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF OLD.role = 'OWNER' AND (TG_OP = 'DELETE' OR NEW.role <> 'OWNER' OR NEW.org_id <> OLD.org_id) THEN
    PERFORM pg_advisory_xact_lock(hashtextextended(OLD.org_id::text, 0));
    IF EXISTS (SELECT 1 FROM organizations o WHERE o.id = OLD.org_id)
       AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = OLD.org_id AND m.role = 'OWNER')
    THEN
      RAISE EXCEPTION 'an organization must keep at least one owner'
        USING ERRCODE = 'P0001', HINT = 'LAST_OWNER';
    END IF;
  END IF;
  RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS memberships_keep_an_owner ON memberships;
CREATE TRIGGER memberships_keep_an_owner
  AFTER UPDATE OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION app.ensure_org_keeps_an_owner();
-- <<< sql/020_tenancy.sql

-- >>> sql/030_crm_rls.sql
-- 030 The CRM tables: the same tenant policies on each.
CALL app.enable_tenant_rls('companies');
CALL app.enable_tenant_rls('contacts');
CALL app.enable_tenant_rls('leads');
CALL app.enable_tenant_rls('pipelines');
CALL app.enable_tenant_rls('pipeline_stages');
CALL app.enable_tenant_rls('deals');
CALL app.enable_tenant_rls('activities');
-- <<< sql/030_crm_rls.sql

-- >>> sql/040_text_search_under_rls.sql
-- 040 Let case-insensitive text filters use their trigram indexes under RLS.
-- Under row-level security PostgreSQL only uses an index for a condition whose operator is
-- LEAKPROOF (otherwise the condition could see rows before the policy filters them out).
-- ILIKE (texticlike) is not marked leakproof, so every contains/startsWith filter read the whole
-- organization row by row: measured 24 ms for 10k contacts, 0.6 ms with the trigram index.
-- texticlike raises errors only about its pattern (the second argument), never about the value
-- it tests, and the API always puts the column first and escapes the pattern (src/schema/
-- filters.ts), so marking it leakproof reveals nothing. Only a superuser may do this; where the
-- migration role is not one (managed databases), a DBA runs this file once, or the filters fall
-- back to scanning (correct, only slower).
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION pg_catalog.texticlike(text, text) LEAKPROOF;
  ELSE
    RAISE WARNING 'not a superuser: texticlike stays non-leakproof; run sql/040_text_search_under_rls.sql as a superuser so contains/startsWith filters can use their indexes';
  END IF;
END
$$;
-- <<< sql/040_text_search_under_rls.sql
