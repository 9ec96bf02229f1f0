-- 070 Let search use its trigram indexes under RLS: pg_trgm's similarity operators (%, <%, %>,
-- <<%, %>>) are not marked LEAKPROOF, so under row-level security PostgreSQL would not use a GIN
-- trigram index for them and `search` would test every row of the organization.
-- Why the mark is safe here (unlike ILIKE's, sql/040): nothing in a value's content can make them
-- raise (no escapes, no patterns: both arguments are only cut into trigrams). Their one error is
-- an allocation limit reached by an argument's LENGTH: "out of memory" (SQLSTATE 54000) from
-- 238,609,294 bytes and "invalid memory alloc request size" a little below, measured on
-- PostgreSQL 17.10 (100 MB works). No tenant can store such a value: everything the API writes
-- arrives in a request body of at most 1 MB (src/server.ts; tests/db/text-search-index.test.ts
-- keeps that true), so these errors cannot tell one organization anything about another's rows.
-- Superuser only; elsewhere a DBA runs this file once, or search falls back to scanning the
-- organization (correct, only slower).
-- COST 100: pg_trgm declares these operators as cheap as an integer comparison (COST 1), so the
-- planner preferred reading every row of the organization and testing each one over the trigram
-- index (measured 120 ms on 4,000 leads against 2-44 ms through the index at 100k contacts). A
-- trigram comparison costs about a hundred simple operators.
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION similarity_op(text, text) LEAKPROOF;
    ALTER FUNCTION word_similarity_op(text, text) LEAKPROOF;
    ALTER FUNCTION word_similarity_commutator_op(text, text) LEAKPROOF;
    ALTER FUNCTION strict_word_similarity_op(text, text) LEAKPROOF;
    ALTER FUNCTION strict_word_similarity_commutator_op(text, text) LEAKPROOF;
    ALTER FUNCTION similarity_op(text, text) COST 100;
    ALTER FUNCTION word_similarity_op(text, text) COST 100;
    ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;
    ALTER FUNCTION strict_word_similarity_op(text, text) COST 100;
    ALTER FUNCTION strict_word_similarity_commutator_op(text, text) COST 100;
  ELSE
    RAISE WARNING 'not a superuser: pg_trgm similarity operators stay non-leakproof; run sql/070_trigram_search_under_rls.sql as a superuser so search can use its indexes';
  END IF;
END
$$;
