-- startsWith on a contact's name through an index, under RLS, with no new LEAKPROOF mark.
--
-- startsWith is ILIKE, which is not leakproof (60_search_under_rls.sql), so under RLS PostgreSQL
-- tests it on every row of the organization (a sequential scan of 100k contacts, ~220 ms). But
-- on UTF-8 `a ILIKE 'p%'` is `lower(a) LIKE lower('p') || '%'`, and with the lower-cased value
-- stored in a "C"-collated column, a prefix is a byte range: `key >= 'gar' AND key < 'gas'`.
-- text_ge and text_lt are LEAKPROOF in PostgreSQL's own catalog, so that range can be an index
-- condition ahead of the tenant policy. The filter compiler (src/schema/filters.ts, prefixKey)
-- writes that range for a printable-ASCII prefix; any other prefix stays ILIKE.
--
-- lower() here uses the column's collation, the database default, exactly as ILIKE does; an
-- expression index on lower(last_name) would not do (lower() is not leakproof, so the planner
-- would not use it ahead of the policy).
--
-- Prisma cannot declare a generated column (prisma/prisma#6336): schema.prisma declares the
-- columns with @default(dbgenerated()) and this block makes them generated where they are not
-- yet (a database built from schema.prisma); on a migrated database it changes nothing.
DO $$
DECLARE
  name_column text;
BEGIN
  FOREACH name_column IN ARRAY ARRAY['first_name', 'last_name'] LOOP
    IF NOT EXISTS (SELECT FROM pg_attribute
                    WHERE attrelid = 'public.contacts'::regclass AND attname = name_column || '_key' AND attgenerated = 's') THEN
      EXECUTE format('ALTER TABLE public.contacts DROP COLUMN IF EXISTS %I', name_column || '_key');
      EXECUTE format('ALTER TABLE public.contacts ADD COLUMN %I text COLLATE "C" NOT NULL GENERATED ALWAYS AS (lower(%I)) STORED',
                     name_column || '_key', name_column);
      EXECUTE format('CREATE INDEX %I ON public.contacts (org_id, %I)', 'contacts_org_id_' || name_column || '_key_idx', name_column || '_key');
    END IF;
  END LOOP;
END
$$;
