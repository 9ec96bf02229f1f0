/**
 * startsWith through a prefix key (sql/65_name_prefix_keys.sql). On UTF-8 `column ILIKE 'Gar%'`
 * is `lower(column) LIKE lower('Gar') || '%'`; with lower(column) stored in a "C"-collated
 * column, that is the byte range ['gar', 'gas'). text_ge and text_lt are leakproof, so the range
 * is an index condition under RLS, where ILIKE is a test of every row of the organization
 * (100k contacts: a ~220 ms sequential scan).
 *
 * The range needs the prefix lower-cased exactly as the database's lower() would. JavaScript's
 * case mapping is Unicode's, the database's is its collation's (libc or ICU, and a Turkic locale
 * lower-cases 'I' to 'ı'), so at start-up the database lower-cases every character of the Basic
 * Multilingual Plane once (~60k, one statement) and only characters it maps as JavaScript does,
 * one at a time, are used here. Left out as well: combining marks and the capital sigma, whose
 * lower case depends on their neighbours (SpecialCasing.txt's contexts). A prefix with any
 * other character stays ILIKE: same answer, no index.
 */

/** The characters the database lower-cases as JavaScript does; empty until learnDatabaseLowerCase. */
let agreeing = new Set<string>();

const CONTEXT_DEPENDENT = /[\p{M}\u03a3]/u;

function probeCharacters(): string[] {
  const characters: string[] = [];
  for (let code = 0x20; code <= 0xffff; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates are not characters
    characters.push(String.fromCharCode(code));
  }
  return characters;
}

type LowerQuery = (sql: string, values: [string[]]) => Promise<{ rows: { lowered: string[] }[] }>;

/** Learns the database's lower(); returns how many characters agree (0: startsWith stays ILIKE). */
export async function learnDatabaseLowerCase(query: LowerQuery): Promise<number> {
  const characters = probeCharacters();
  const learned = new Set<string>();
  try {
    const { rows } = await query('SELECT array(SELECT lower(c) FROM unnest($1::text[]) WITH ORDINALITY AS t(c, n) ORDER BY n) AS lowered', [
      characters,
    ]);
    const lowered = rows[0]?.lowered ?? [];
    characters.forEach((character, i) => {
      if (!CONTEXT_DEPENDENT.test(character) && lowered[i] === character.toLowerCase()) learned.add(character);
    });
  } catch {
    // A database that cannot hold these characters (not UTF-8): no prefix keys.
  }
  agreeing = learned;
  return learned.size;
}

/** The key range `startsWith: prefix` is, or null when the prefix must stay ILIKE. */
export function prefixKeyRange(prefix: string): { gte: string; lt?: string } | null {
  let lower = '';
  for (const character of prefix) {
    if (!agreeing.has(character)) return null;
    lower += character.toLowerCase();
  }
  if (lower === '') return agreeing.size > 0 ? { gte: '' } : null;
  // The first string after every string that starts with `lower`, in byte (= code point) order:
  // its last code point + 1. UTF-8 is prefix-free and keeps code point order, so the range holds
  // exactly the strings that start with `lower`.
  const last = lower.codePointAt(lower.length - 1)!;
  if (last >= 0xd7ff && last <= 0xdfff) return null; // + 1 would be a surrogate (or `last` is half a pair)
  return { gte: lower, lt: lower.slice(0, -1) + String.fromCodePoint(last + 1) };
}

/** The prefix-key columns of every filter (defineFilter registers them), to spot their ranges in a where. */
export const prefixKeyColumns = new Set<string>();

/** Whether a Prisma where (as the filters build it) holds a prefix-key range. */
export function usesPrefixKey(where: unknown): boolean {
  if (Array.isArray(where)) return where.some(usesPrefixKey);
  if (where === null || typeof where !== 'object') return false;
  return Object.entries(where).some(([key, value]) => prefixKeyColumns.has(key) || usesPrefixKey(value));
}
