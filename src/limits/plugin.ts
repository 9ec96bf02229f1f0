import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { Context } from '../context/index.js';
import { currentRequest } from '../observability/request-scope.js';
import { ClientFlowError } from '../schema/errors.js';
import { checkListEstimates, costEstimator, countResultObjects } from './cost.js';
import { operationLimitExceeded } from './errors.js';
import { FilterBudget, type FilterLimits } from './filter-budget.js';
import type { RateLimitCharge, RateLimiter, ThrottleStatus } from './rate-limit.js';

/**
 * Selections the cost estimator may visit with fragments expanded (graphql-query-complexity's
 * maxQueryNodes, its default): bounds the estimator's own work on a document whose fragments
 * spread each other repeatedly. The deal board visits 37.
 */
const MAX_EXPANDED_SELECTIONS = 10_000;

/**
 * JSON nesting of a request's variables. graphql-js coerces variables recursively, so a filter
 * of 10,000 nested NOTs (80 KB) overflowed the stack: an INTERNAL_SERVER_ERROR instead of a
 * client error. Our deepest inputs (a filter at its nesting limit, an automation's config) nest
 * about 15 levels.
 */
const MAX_VARIABLES_DEPTH = 32;

/** How deep `value` nests, counted without recursion, stopping once past `max`. */
function nestingDepth(value: unknown, max: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > max) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const fragmentsOf = (document: DocumentNode) =>
  Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );

/**
 * The limits that need the variables, for one operation: the nesting of its variables, its
 * worst-case cost (and the page size of every connection) and the filter budget. Throws
 * OPERATION_LIMIT_EXCEEDED (or the filter budget's error); returns the cost, or undefined when
 * the variables do not fit their types (execution then refuses them with graphql's own message).
 * Used for HTTP requests (the plugin below) and for subscriptions (realtime/server.ts).
 */
export function checkOperationCost(
  limits: { cost: number; filter: FilterLimits },
  operation: { schema: GraphQLSchema; document: DocumentNode; operationName: string | undefined; variables: Record<string, unknown> },
  /** Told the cost once known, before it is compared with the limit (the request log records refused costs too). */
  measured?: (cost: number) => void,
): number | undefined {
  const nesting = nestingDepth(operation.variables, MAX_VARIABLES_DEPTH);
  if (nesting > MAX_VARIABLES_DEPTH) {
    throw operationLimitExceeded(
      'variablesDepth',
      MAX_VARIABLES_DEPTH,
      undefined,
      `The variables nest more than ${MAX_VARIABLES_DEPTH} levels deep`,
    );
  }
  const budget = new FilterBudget(limits.filter);
  let cost: number;
  try {
    cost = getComplexity({
      schema: operation.schema,
      query: operation.document,
      operationName: operation.operationName,
      variables: operation.variables,
      estimators: [costEstimator(budget)],
      maxQueryNodes: MAX_EXPANDED_SELECTIONS,
    });
  } catch (error) {
    if (error instanceof ClientFlowError) throw error;
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw operationLimitExceeded(
        'cost',
        limits.cost,
        undefined,
        `The operation is over the cost limit: its fragments expand to more than ${MAX_EXPANDED_SELECTIONS} selections`,
      );
    }
    if (error instanceof GraphQLError) return undefined;
    throw error;
  }
  measured?.(cost);
  if (cost > limits.cost) {
    throw operationLimitExceeded(
      'cost',
      limits.cost,
      cost,
      `The operation is over the cost limit: it may return up to ${cost} objects, at most ${limits.cost} are allowed (ask for smaller pages or fewer nested lists)`,
    );
  }
  budget.check();
  return cost;
}

/**
 * The limits that need the variables: the worst-case cost (and the page size of every
 * connection) and the filter budget, in one pass of graphql-query-complexity over the operation
 * in didResolveOperation — after validation, before execution. It must come before the request
 * transaction plugin in the plugin list. Accepted operations report their cost in
 * `extensions.cost` ({ requestedQueryCost, actualQueryCost }, as Shopify does).
 *
 * With a rate limiter, the accepted cost is then taken from the caller's buckets (still before
 * the transaction opens: a throttled request never holds a connection), the unused part is
 * given back after execution, and `extensions.cost.throttleStatus` reports the tightest bucket.
 */
export function operationLimitsPlugin(
  limits: { cost: number; filter: FilterLimits },
  rateLimiter: RateLimiter | null = null,
): ApolloServerPlugin<Context> {
  return {
    async serverWillStart({ schema }) {
      checkListEstimates(schema);
    },
    async requestDidStart({ contextValue }) {
      // filters.ts enforces the same limits again on each filter it translates.
      contextValue.filterLimits = limits.filter;
      let requested: number | undefined;
      let charged: RateLimitCharge | undefined;
      let throttleStatus: ThrottleStatus | undefined;
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          // No operation (an unknown operationName): execution refuses it before any resolver.
          if (!operation) return;
          const cost = checkOperationCost(
            limits,
            { schema, document, operationName: operation.name?.value, variables: request.variables ?? {} },
            (measured) => {
              const record = currentRequest();
              if (record) record.cost = { requested: measured };
            },
          );
          // Variables that do not fit their types: execution refuses them, with graphql's own message.
          if (cost === undefined) return;
          if (rateLimiter) {
            const outcome = await rateLimiter.charge(request.http?.headers, cost);
            if (outcome && 'refused' in outcome) {
              throttleStatus = outcome.throttleStatus;
              throw outcome.refused;
            }
            charged = outcome?.charged;
          }
          requested = cost;
        },
        async willSendResponse({ response, document, operation, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (requested === undefined || !document || !operation) {
            // Refused by the rate limit: the state that refused it.
            if (throttleStatus) result.extensions = { ...result.extensions, cost: { throttleStatus } };
            return;
          }
          const actual = countResultObjects(result.data, operation.selectionSet, fragmentsOf(document));
          if (charged && rateLimiter) throttleStatus = rateLimiter.settle(charged, actual, contextValue);
          result.extensions = {
            ...result.extensions,
            cost: { requestedQueryCost: requested, actualQueryCost: actual, ...(throttleStatus ? { throttleStatus } : {}) },
          };
          const record = currentRequest();
          if (record) record.cost = { requested, actual };
        },
      };
    },
  };
}
