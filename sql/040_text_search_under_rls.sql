-- 040 ILIKE (pg_catalog.texticlike) is NOT leakproof, and this file makes sure it stays so.
-- Under row-level security PostgreSQL evaluates a condition before the policy only when its
-- operator is LEAKPROOF: then it may run on rows the policy would hide, so its errors must not
-- depend on their values. ILIKE's do: "LIKE pattern must not end with escape character" (SQLSTATE
-- 22025) is raised by its PATTERN argument, and that argument may be a column
-- (`'smith' ILIKE last_name`). Marked leakproof (as an earlier version of this file did), such a
-- query under the API role raised that error for another organization's "Smith\" and answered
-- nothing for a name without the trailing backslash: an oracle on rows RLS hides
-- (tests/db/text-search-index.test.ts). Any tenant can store such a value through the API.
-- The price: contains/startsWith filters no longer use the trigram indexes under RLS; they read the
-- organization's rows through its (org_id, ...) indexes and test each one (README and
-- bench/README.md have the measurements and what could win the speed back). Changing the mark
-- takes a superuser; elsewhere a DBA runs this file once (or it was never set there).
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION pg_catalog.texticlike(text, text) NOT LEAKPROOF;
  ELSIF (SELECT proleakproof FROM pg_proc WHERE oid = 'pg_catalog.texticlike(text, text)'::regprocedure) THEN
    RAISE WARNING 'not a superuser: texticlike is still LEAKPROOF (an earlier sql/040 marked it); run sql/040_text_search_under_rls.sql as a superuser: its errors depend on values RLS hides';
  END IF;
END
$$;
