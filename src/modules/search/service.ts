import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context/index.js';
import { DEFAULT_PAGE_SIZE, branded, type Branded } from '../../schema/builder.js';
import { badInput } from '../../schema/errors.js';
import { UUID } from '../../schema/global-ids.js';
import { delegateOf, type CrmDelegate } from '../../schema/resource.js';
import { CompanyType } from '../company/types.js';
import { ContactType } from '../contact/types.js';
import { DealType } from '../deal/types.js';
import { LeadType } from '../lead/types.js';
import { ListingType } from '../listing/types.js';
import {
  SEARCHABLE_TYPES,
  searchStatement,
  searchWords,
  searchSettings,
  type MatchMode,
  type SearchCursor,
  type SearchRow,
  type SearchableTypename,
} from './sql.js';

export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 100;

const SOURCES = {
  Contact: { delegate: 'contact', ref: ContactType },
  Company: { delegate: 'company', ref: CompanyType },
  Lead: { delegate: 'lead', ref: LeadType },
  Deal: { delegate: 'deal', ref: DealType },
  Listing: { delegate: 'listing', ref: ListingType },
} satisfies Record<SearchableTypename, { delegate: CrmDelegate; ref: unknown }>;

export interface SearchArgs {
  query: string;
  types?: readonly SearchableTypename[] | null;
  first?: number | null;
  after?: string | null;
}

export interface SearchEdge {
  cursor: string;
  score: number;
  node: Branded<{ id: string }>;
}

export interface SearchConnection {
  edges: SearchEdge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** The cursor carries the match mode, so every page of one search ranks the same candidates. */
export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.score, i: cursor.id, m: cursor.mode })).toString('base64url');
}

function decodeCursor(value: string): SearchCursor {
  try {
    const { s, i, m } = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as { s: unknown; i: unknown; m: unknown };
    if (typeof s === 'number' && Number.isFinite(s) && typeof i === 'string' && UUID.test(i) && (m === 'ALL' || m === 'ANY')) {
      return { score: s, id: i, mode: m };
    }
  } catch {
    // reported below
  }
  throw badInput('after is not a cursor of this search', 'after');
}

function validQuery(query: string): string {
  const trimmed = query.trim().replace(/\s+/g, ' ');
  if (trimmed.length < MIN_QUERY_LENGTH || trimmed.length > MAX_QUERY_LENGTH) {
    throw badInput(`query must be ${MIN_QUERY_LENGTH} to ${MAX_QUERY_LENGTH} characters long`, 'query');
  }
  return trimmed;
}

async function rankedPage(
  ctx: Context,
  query: string,
  types: readonly SearchableTypename[],
  mode: MatchMode,
  limit: number,
  after?: SearchCursor,
) {
  const statement = searchStatement({ query, types, mode, limit, after });
  if (!statement) return { rows: [] as SearchRow[], total: 0 };
  const result = await ctx.prisma.$queryRaw<(Omit<SearchRow, 'type' | 'id' | 'score'> & Partial<SearchRow>)[]>(statement);
  const total = result[0]?.total ?? 0;
  // An empty page comes back as one row holding only the total.
  return { rows: result.filter((row): row is SearchRow => row.id != null), total };
}

/** Loads the page's records per type, each with what the operation selects of that type, in rank order. */
async function loadRecords(ctx: Context, info: GraphQLResolveInfo, rows: SearchRow[]) {
  const byType = new Map<SearchableTypename, string[]>();
  for (const row of rows) byType.set(row.type, [...(byType.get(row.type) ?? []), row.id]);
  const records = new Map<string, Branded<{ id: string }>>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const query = await queryFromInfo({
        context: ctx,
        info,
        typeName: type,
        path: ['edges', 'node'],
        select: { id: true },
        awaitSelections: true,
      });
      const { delegate, ref } = SOURCES[type];
      const found = (await delegateOf(ctx, delegate).findMany({ ...query, where: { id: { in: ids } } })) as { id: string }[];
      for (const record of found) records.set(record.id, branded(record, ref));
    }),
  );
  return records;
}

export async function search(ctx: Context, info: GraphQLResolveInfo, args: SearchArgs): Promise<SearchConnection> {
  const query = validQuery(args.query);
  const types = args.types ? [...new Set(args.types)] : [...SEARCHABLE_TYPES];
  if (types.length === 0) throw badInput('types must name at least one type (or be left out for all)', 'types');
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const after = args.after ? decodeCursor(args.after) : undefined;
  const words = searchWords(query);
  if (words.length === 0) {
    // Punctuation or initials only: nothing to look up.
    return {
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: Boolean(after), startCursor: null, endCursor: null },
      totalCount: 0,
    };
  }

  await ctx.prisma.$queryRaw(searchSettings);
  let mode: MatchMode = after?.mode ?? 'ALL';
  let page = await rankedPage(ctx, query, types, mode, first + 1, after);
  if (!after && page.total === 0 && words.length > 1) {
    // No record matches every word: fall back to records that match any of them ("Jhon Smith" -> the Smiths).
    mode = 'ANY';
    page = await rankedPage(ctx, query, types, mode, first + 1);
  }

  const rows = page.rows.slice(0, first);
  const records = await loadRecords(ctx, info, rows);
  const edges = rows.flatMap((row) => {
    const node = records.get(row.id);
    // A record another transaction removed between the two statements is left out.
    return node ? [{ node, score: row.score, cursor: encodeCursor({ score: row.score, id: row.id, mode }) }] : [];
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: page.rows.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.total,
  };
}
