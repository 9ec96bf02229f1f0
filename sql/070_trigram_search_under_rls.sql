-- 070 Let search use its trigram indexes under RLS (the same reasoning as sql/040): pg_trgm's
-- similarity operators (%, <%, %>, <<%, %>>) are not marked LEAKPROOF, so under row-level
-- security PostgreSQL would not use a GIN trigram index for them and `search` would test
-- every row of the organization. They compare two strings and raise no error about either,
-- so marking them leakproof reveals nothing. Superuser only; elsewhere a DBA runs this file
-- once, or search falls back to scanning the organization (correct, only slower).
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION similarity_op(text, text) LEAKPROOF;
    ALTER FUNCTION word_similarity_op(text, text) LEAKPROOF;
    ALTER FUNCTION word_similarity_commutator_op(text, text) LEAKPROOF;
    ALTER FUNCTION strict_word_similarity_op(text, text) LEAKPROOF;
    ALTER FUNCTION strict_word_similarity_commutator_op(text, text) LEAKPROOF;
  ELSE
    RAISE WARNING 'not a superuser: pg_trgm similarity operators stay non-leakproof; run sql/070_trigram_search_under_rls.sql as a superuser so search can use its indexes';
  END IF;
END
$$;
