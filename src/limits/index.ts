import type { Config } from '../config.js';
import { documentLimitRules, tokenLimitParseOptions, type DocumentLimits } from './document-limits.js';
import type { FilterLimits } from './filter-budget.js';

export { checkOperationCost, operationLimitsPlugin } from './plugin.js';

/** Every limit of README "Limits", from the configuration (LIMIT_* variables). */
export interface OperationLimits extends DocumentLimits {
  cost: number;
  filter: FilterLimits;
}

export function operationLimitsFromConfig(config: Config): OperationLimits {
  return {
    depth: config.LIMIT_MAX_DEPTH,
    aliases: config.LIMIT_MAX_ALIASES,
    directives: config.LIMIT_MAX_DIRECTIVES,
    tokens: config.LIMIT_MAX_TOKENS,
    cost: config.LIMIT_MAX_COST,
    filter: {
      conditions: config.LIMIT_MAX_FILTER_CONDITIONS,
      patterns: config.LIMIT_MAX_FILTER_PATTERNS,
      values: config.LIMIT_MAX_FILTER_VALUES,
      relations: config.LIMIT_MAX_FILTER_RELATIONS,
      relationHops: config.LIMIT_MAX_FILTER_RELATION_HOPS,
      listValues: config.LIMIT_MAX_FILTER_LIST_VALUES,
      stringLength: config.LIMIT_MAX_FILTER_STRING_LENGTH,
      depth: config.LIMIT_MAX_FILTER_DEPTH,
    },
  };
}

/**
 * The ApolloServer options that enforce the document limits before anything executes: the
 * parser's token limit, armor's validation rules and no batched requests (one request is one
 * transaction).
 */
export function apolloLimitOptions(limits: OperationLimits) {
  return {
    parseOptions: tokenLimitParseOptions(limits),
    validationRules: documentLimitRules(limits),
    allowBatchedHttpRequests: false,
  };
}
