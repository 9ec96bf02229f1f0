-- Text search under row-level security: which text operators may run before the policies.
-- Under RLS PostgreSQL evaluates a condition before the policy only when its operator is
-- LEAKPROOF, and only then can it use an index other than the policy's. Both parts need a
-- superuser; elsewhere a DBA runs this file once.

-- ILIKE (pg_catalog.texticlike) is NOT leakproof, and this file makes sure it stays so.
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
    RAISE WARNING 'not a superuser: texticlike is still LEAKPROOF (an earlier sql/ file marked it); run sql/60_search_under_rls.sql as a superuser: its errors depend on values RLS hides';
  END IF;
END
$$;

-- Let search use its trigram indexes under RLS: pg_trgm's similarity operators (%, <%, %>,
-- <<%, %>>) are not marked LEAKPROOF, so under row-level security PostgreSQL would not use a GIN
-- trigram index for them and `search` would test every row of the organization.
-- Why the mark is safe here (unlike ILIKE's, above): nothing in a value's content can make them
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
    RAISE WARNING 'not a superuser: pg_trgm similarity operators stay non-leakproof; run sql/60_search_under_rls.sql as a superuser so search can use its indexes';
  END IF;
END
$$;
