import { builder, DEFAULT_PAGE_SIZE } from '../../schema/builder.js';
import { MAX_QUERY_LENGTH, MIN_QUERY_LENGTH, search } from './service.js';
import { FALLBACK_CANDIDATES_PER_WORD } from './sql.js';
import { SearchableTypeEnum, SearchResultConnection } from './types.js';

builder.queryField('search', (t) =>
  t.field({
    type: SearchResultConnection,
    description:
      "Finds the organization's contacts, companies, leads, deals and listings by name (and e-mail, domain, company, " +
      'city or street), best match first. Tolerates typos in names: "Jonh Smiht" finds John Smith. ' +
      'Records must match every word of the query; when none does, those matching any word are returned, ' +
      `at most ${FALLBACK_CANDIDATES_PER_WORD} per word and kind of record (not necessarily the closest). ` +
      'Soft-deleted records are left out.',
    args: {
      query: t.arg.string({ required: true, description: `${MIN_QUERY_LENGTH} to ${MAX_QUERY_LENGTH} characters.` }),
      types: t.arg({ type: [SearchableTypeEnum], description: 'Only these kinds of record (default: all).' }),
      first: t.arg.int({ defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 100.' }),
      after: t.arg.string({ description: 'The endCursor of the previous page.' }),
    },
    resolve: (_root, args, ctx, info) => search(ctx, info, args),
  }),
);
