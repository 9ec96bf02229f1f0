import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { operationLimitExceeded, type OperationLimitName } from './errors.js';

/** The limits on the shape of a document, which need no variables: checked in validation. */
export interface DocumentLimits {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
}

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/**
 * graphql-armor's max-depth, max-aliases and max-directives as validation rules. Their error is
 * reported as ours (OPERATION_LIMIT_EXCEEDED, extensions.limit/maximum/found) instead of armor's
 * generic BAD_USER_INPUT; `found` is read from armor's message ("…, found 16."), which a test
 * pins. `observe` (tests, the micro-benchmark) receives what each rule counted.
 */
export function documentLimitRules(limits: DocumentLimits, observe?: (limit: OperationLimitName, found: number) => void): ValidationRule[] {
  const callbacks = (limit: OperationLimitName, maximum: number) => ({
    n: maximum,
    // false: report through onReject, do not throw armor's own error.
    propagateOnRejection: false,
    onAccept: [(_ctx: ValidationContext | null, details: { n: number }) => observe?.(limit, details.n)],
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        const found = Number(/found (\d+)/.exec(error.message)?.[1]);
        observe?.(limit, found);
        ctx?.reportError(
          operationLimitExceeded(limit, maximum, found, `The operation is over the ${limit} limit: at most ${maximum}, found ${found}`),
        );
      },
    ],
  });
  const config: ArmorConfig = {
    // Introspection queries (Apollo Sandbox's, graphql-js getIntrospectionQuery) nest ~13 levels
    // through ofType; they are bounded by the schema and disabled in production.
    maxDepth: { ...callbacks('depth', limits.depth), ignoreIntrospection: true },
    maxAliases: callbacks('aliases', limits.aliases),
    maxDirectives: callbacks('directives', limits.directives),
    // Armor's Apollo max-tokens plugin parses a second time in parsingDidStart and turns every
    // syntax error into an HTTP 500 (graphql-armor issues #571, #751), outside the response
    // hooks that end the request's transaction: the parser's own maxTokens is used instead.
    maxTokens: { enabled: false },
    // The cost (worst-case objects, first/last-aware) is ours: plugin.ts.
    costLimit: { enabled: false },
    // Suggestions are hidden in production by formatError (schema/error-mapping.ts): armor's
    // pattern misses "Did you mean the enum value …?" and leaves the "?".
    blockFieldSuggestion: { enabled: false },
  };
  return new ApolloArmor(config).protect().validationRules;
}

/** Apollo's parseOptions: graphql-js stops parsing at the first token over the limit. */
export const tokenLimitParseOptions = (limits: DocumentLimits) => ({ maxTokens: limits.tokens });

/**
 * graphql-js reports the token limit as a syntax error ("Document contains more that N tokens.
 * Parsing aborted."; a test pins it); this turns it into OPERATION_LIMIT_EXCEEDED.
 */
export function tokenLimitError(error: unknown) {
  const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const match = cause instanceof GraphQLError ? /Document contains more that (\d+) tokens/.exec(cause.message) : null;
  if (!match) return null;
  const maximum = Number(match[1]);
  return operationLimitExceeded(
    'tokens',
    maximum,
    undefined,
    `The operation is over the tokens limit: at most ${maximum}; parsing stopped there`,
  );
}

/** Apollo refuses batched HTTP requests (allowBatchedHttpRequests: false) with this error. */
export function batchRefusedError(error: unknown) {
  if (!(error instanceof GraphQLError) || error.extensions?.code !== 'BAD_REQUEST' || !/^Operation batching disabled/.test(error.message))
    return null;
  return operationLimitExceeded(
    'batch',
    1,
    undefined,
    'Batched requests are not accepted: send one operation per request (each request is one database transaction)',
  );
}
