import { Kind, Lexer, parse, Source, TokenKind, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { costEstimator } from './cost.js';
import { documentLimitRules } from './document-limits.js';
import { FILTER_LIMIT_CEILINGS, FilterBudget } from './filter-budget.js';

export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  /** Worst-case objects (the cost limit's measure). */
  cost: number;
  /** Filter conditions after variables are substituted. */
  filterConditions: number;
}

/** Lexical tokens of a document, as the parser's maxTokens counts them. */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  return tokens;
}

/**
 * What each limit measures on one operation, by the same code the server runs (armor's rules,
 * the cost estimator, the filter budget): for tests/unit/limits/our-operations.test.ts, which keeps
 * our own operations far below the limits.
 */
export function measureOperation(
  schema: GraphQLSchema,
  source: string,
  options: { document?: DocumentNode; operationName?: string; variables?: Record<string, unknown> } = {},
): OperationMeasure {
  const full = options.document ?? parse(source);
  // The chosen operation and the fragments: armor's rules measure every operation of a document.
  const operations = full.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const document: DocumentNode = {
    ...full,
    definitions: full.definitions.filter(
      (definition) =>
        definition.kind !== Kind.OPERATION_DEFINITION || operations.length === 1 || definition.name?.value === options.operationName,
    ),
  };
  const found: Record<string, number> = {};
  const unlimited = {
    depth: Number.MAX_SAFE_INTEGER,
    aliases: Number.MAX_SAFE_INTEGER,
    directives: Number.MAX_SAFE_INTEGER,
    tokens: Number.MAX_SAFE_INTEGER,
  };
  const errors = validate(
    schema,
    document,
    documentLimitRules(unlimited, (limit, n) => {
      found[limit] = Math.max(found[limit] ?? 0, n);
    }),
  );
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('; '));
  const budget = new FilterBudget(FILTER_LIMIT_CEILINGS);
  const cost = getComplexity({ schema, query: document, variables: options.variables ?? {}, estimators: [costEstimator(budget)] });
  return {
    depth: found.depth ?? 0,
    aliases: found.aliases ?? 0,
    directives: found.directives ?? 0,
    // Tokens are the whole document's: that is what the parser counts.
    tokens: countTokens(source),
    cost,
    filterConditions: budget.conditions,
  };
}
