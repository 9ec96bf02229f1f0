-- Extensions, before any table: pg_trgm backs the indexes of the case-insensitive
-- contains/startsWith filters. It is a trusted extension (PostgreSQL 13+): the database
-- owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
