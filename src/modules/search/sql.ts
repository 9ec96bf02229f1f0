import { Prisma } from '../../generated/prisma/client.js';

/**
 * The ranked, typo-tolerant search over the organization's records, as one SQL statement.
 *
 * Candidates come from the pg_trgm GIN indexes on the searched columns (prisma/schema.prisma):
 * each word of the query is compared with `word <% column` (word similarity: the word matches
 * any part of the column, so "smiht" finds "Smith" and "acme" finds "Acme Corporation").
 * sql/070 marks that operator LEAKPROOF, so the indexes work under row-level security; RLS
 * keeps the statement inside the request's organization.
 *
 * A query that looks like an e-mail or a domain is also looked for as a substring of those
 * columns, with ILIKE. ILIKE is not leakproof (sql/040), so under RLS it cannot use an index and
 * is tested on every row of the organization: it gets a branch of its own, only for such
 * queries. In the same WHERE as the word matches it would take them off their indexes too
 * (measured on the bench's 100k contacts: "Mraia Garcia" 2 ms → 710 ms).
 *
 * Candidates are then ranked by how close the whole query is to the record's name (title) or,
 * a little lower, to one of its other searched fields; ties fall back to the id so pages are
 * stable.
 */

export const SEARCHABLE_TYPES = ['Contact', 'Company', 'Lead', 'Deal', 'Listing'] as const;
export type SearchableTypename = (typeof SEARCHABLE_TYPES)[number];

interface SearchedTable {
  table: string;
  /** What the record is called: the strongest signal for ranking. */
  name: string;
  /**
   * Columns with a trigram index, matched word by word with typo tolerance: those that make up
   * the name, and others (ranked a little lower). An unindexed column here would force a scan.
   */
  nameColumns: string[];
  otherColumns: string[];
  /** Identifier-like columns (e-mail, domain), matched as substrings by an identifier-like query. */
  substringColumns: string[];
}

const TABLES: Record<SearchableTypename, SearchedTable> = {
  Contact: {
    table: 'contacts',
    name: "concat_ws(' ', first_name, last_name)",
    nameColumns: ['first_name', 'last_name'],
    otherColumns: [],
    substringColumns: ['email'],
  },
  Company: { table: 'companies', name: 'name', nameColumns: ['name'], otherColumns: [], substringColumns: ['domain'] },
  Lead: {
    table: 'leads',
    name: "concat_ws(' ', first_name, last_name)",
    nameColumns: ['first_name', 'last_name'],
    otherColumns: ['company_name'],
    substringColumns: ['email'],
  },
  Deal: { table: 'deals', name: 'name', nameColumns: ['name'], otherColumns: [], substringColumns: [] },
  Listing: { table: 'listings', name: 'title', nameColumns: ['title'], otherColumns: ['city', 'address_line1'], substringColumns: [] },
};

/**
 * How close a query word must come to a part of a column (pg_trgm word similarity) to make the
 * record a candidate. 0.4 lets a swapped pair of letters through ("jonh" ~ "john": 2 of 5
 * trigrams); the default 0.6 would not.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.4;
/** Other fields rank below the name: a contact called Smith before one at smith.example. */
const OTHER_FIELD_WEIGHT = 0.9;
/** More words add index scans without finding much more. */
const MAX_WORDS = 5;
/**
 * The typo fallback (ANY) ranks at most this many records per word and type: the first ones the
 * word's trigram index scan returns (storage order, roughly the oldest first), not the closest.
 * Uncapped, "Mraia Garcia" scored every Garcia (about 30 µs each: thousands at 100k contacts,
 * 379 ms under the benchmark's load). With 100 (five pages of 20) the fallback costs about what a
 * normal search does: "Mraia Garcia" at 100k contacts 46–116 ms uncapped, 17–21 ms capped
 * (EXPLAIN ANALYZE, tests/db/search-index.test.ts on a shared machine).
 */
export const FALLBACK_CANDIDATES_PER_WORD = 100;

/**
 * `ALL`: every word must match one of the record's columns (precise, and cheap: the rarest
 * word's index entries bound the work). `ANY`: one matching word is enough (finds "Jhon Smith"
 * through "smith"), used when ALL finds nothing; it ranks a capped candidate set
 * (FALLBACK_CANDIDATES_PER_WORD).
 */
export type MatchMode = 'ALL' | 'ANY';

export interface SearchCursor {
  score: number;
  id: string;
  mode: MatchMode;
}

export interface SearchRequest {
  query: string;
  types: readonly SearchableTypename[];
  mode: MatchMode;
  /** Rows to return (the caller asks for one more than the page to learn whether there is a next page). */
  limit: number;
  after?: SearchCursor;
}

export interface SearchRow {
  type: SearchableTypename;
  id: string;
  score: number;
  total: number;
}

/** The words that can find candidates: trigrams need a letter or digit, and one-letter words (initials) match too much. */
export function searchWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.replace(/[^\p{L}\p{N}]/gu, '').length >= 2);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

const closeness = (query: string, text: string) =>
  Prisma.sql`(similarity(${query}, ${Prisma.raw(text)}) + word_similarity(${query}, ${Prisma.raw(text)})) / 2`;

/** LIKE treats % and _ as wildcards; a query's "50%" means the characters. */
const containing = (query: string) => `%${query.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * Whether the query looks like (part of) an e-mail address or a domain: one word of 3+ characters
 * with an @ or a dot. Only those pay for the substring branch, which reads every row of the
 * organization (see above); names are found through the word matches.
 */
const isIdentifierQuery = (query: string) => query.length >= 3 && !/\s/.test(query) && /[@.]/.test(query);

function candidates(type: SearchableTypename, query: string, words: string[], mode: MatchMode): Prisma.Sql {
  const { table, name, nameColumns, otherColumns, substringColumns } = TABLES[type];
  const wordColumns = [...nameColumns, ...otherColumns];
  const pattern = containing(query);
  const likeColumns = isIdentifierQuery(query) ? substringColumns : [];
  const wordMatches = (word: string) =>
    Prisma.sql`(${Prisma.join(
      wordColumns.map((column) => Prisma.sql`${word} <% ${Prisma.raw(column)}`),
      ' OR ',
    )})`;
  const scores = [
    closeness(query, name),
    ...otherColumns.map((column) => Prisma.sql`${OTHER_FIELD_WEIGHT} * ${closeness(query, `coalesce(${column}, '')`)}`),
    // Only for rows the substring matched: the e-mail of every "John" is not worth scoring.
    ...likeColumns.map(
      (column) =>
        Prisma.sql`CASE WHEN ${Prisma.raw(column)} ILIKE ${pattern} THEN ${OTHER_FIELD_WEIGHT} * ${closeness(query, column)} ELSE 0 END`,
    ),
  ];
  const select = (where: Prisma.Sql) => Prisma.sql`
    SELECT ${type}::text AS type, id, (greatest(${Prisma.join(scores)}))::real AS score
      FROM ${Prisma.raw(table)}
     WHERE deleted_at IS NULL AND ${where}`;
  // ANY (the typo fallback): each word's matches capped at FALLBACK_CANDIDATES_PER_WORD, so a
  // common word (a frequent last name) does not make every record bearing it a candidate.
  const byWords =
    mode === 'ALL'
      ? select(Prisma.sql`(${Prisma.join(words.map(wordMatches), ' AND ')})`)
      : Prisma.sql`(${Prisma.join(
          words.map((word) => Prisma.sql`(${select(wordMatches(word))} LIMIT ${FALLBACK_CANDIDATES_PER_WORD})`),
          ' UNION ',
        )})`;
  if (likeColumns.length === 0) return byWords;
  // UNION, not UNION ALL: a record both branches find is one candidate (same score in both).
  const bySubstring = select(
    Prisma.sql`(${Prisma.join(
      likeColumns.map((column) => Prisma.sql`${Prisma.raw(column)} ILIKE ${pattern}`),
      ' OR ',
    )})`,
  );
  return Prisma.sql`(${byWords} UNION ${bySubstring})`;
}

/**
 * One statement: every candidate of the requested types, scored; the page after the cursor
 * (score descending, then id); and how many candidates there are in all. Returns one row with
 * only `total` set when the page is empty.
 */
export function searchStatement({ query, types, mode, limit, after }: SearchRequest): Prisma.Sql | null {
  const words = searchWords(query);
  if (words.length === 0 || types.length === 0) return null;
  const union = Prisma.join(
    types.map((type) => candidates(type, query, words, mode)),
    ' UNION ALL ',
  );
  const afterCursor = after
    ? Prisma.sql`WHERE score < ${after.score}::real OR (score = ${after.score}::real AND id > ${after.id}::uuid)`
    : Prisma.empty;
  return Prisma.sql`
    WITH matches AS MATERIALIZED (${union}),
         page AS (SELECT type, id, score FROM matches ${afterCursor} ORDER BY score DESC, id LIMIT ${limit})
    SELECT page.type, page.id::text AS id, page.score, (SELECT count(*) FROM matches)::int AS total
      FROM (VALUES (1)) AS one (x) LEFT JOIN page ON true
     ORDER BY page.score DESC, page.id`;
}

/**
 * The `<%` threshold (WORD_SIMILARITY_THRESHOLD) for the ranking statements, local to the
 * request's transaction (set_config(..., true) is SET LOCAL). The planner uses the trigram
 * indexes because sql/070 gives pg_trgm's operators a realistic cost (COST 100).
 */
export const searchSettings = Prisma.sql`
  SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`;
