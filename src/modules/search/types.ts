import { builder } from '../../schema/builder.js';
import { FALLBACK_CANDIDATES_PER_WORD } from './sql.js';
import { CompanyType } from '../company/types.js';
import { ContactType } from '../contact/types.js';
import { DealType } from '../deal/types.js';
import { LeadType } from '../lead/types.js';
import { ListingType } from '../listing/types.js';

export const SearchableTypeEnum = builder.enumType('SearchableType', {
  description: 'A kind of record `search` can find.',
  values: {
    CONTACT: { value: 'Contact' },
    COMPANY: { value: 'Company' },
    LEAD: { value: 'Lead' },
    DEAL: { value: 'Deal' },
    LISTING: { value: 'Listing' },
  } as const,
});

// Records come back branded with their type (service.ts), which resolves the union.
export const SearchResultType = builder.unionType('SearchResult', {
  description: 'A record found by `search`.',
  types: [ContactType, CompanyType, LeadType, DealType, ListingType],
});

export const SearchResultConnection = builder.connectionObject(
  {
    type: SearchResultType,
    name: 'SearchResultConnection',
    fields: (t) => ({
      totalCount: t.int({
        description:
          'How many records match in all; in the any-word fallback, how many were ranked (at most ' +
          `${FALLBACK_CANDIDATES_PER_WORD} per word and kind of record).`,
        // search() returns a SearchConnection; the connection type does not know its extra fields.
        resolve: (connection) => ('totalCount' in connection && typeof connection.totalCount === 'number' ? connection.totalCount : 0),
      }),
    }),
  },
  {
    name: 'SearchResultEdge',
    fields: (t) => ({
      score: t.float({
        description: 'How well the record matches, from 0 to 1 (1: its name is the query). Edges come best first.',
        resolve: (edge) => ('score' in edge && typeof edge.score === 'number' ? edge.score : 0),
      }),
    }),
  },
);
