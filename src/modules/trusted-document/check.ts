import {
  getNullableType,
  GraphQLError,
  GraphQLInt,
  isEnumType,
  isInputObjectType,
  isInputType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { OperationLimits } from '../../limits/index.js';
import { costEstimator } from '../../limits/cost.js';
import { documentLimitRules, tokenLimitParseOptions } from '../../limits/document-limits.js';
import { FilterBudget } from '../../limits/filter-budget.js';
import { MAX_PAGE_SIZE } from '../../schema/builder.js';
import { ClientFlowError } from '../../schema/errors.js';

/** A document that passed every check, ready to store. */
export interface CheckedDocument {
  body: string;
  operationNames: string[];
}

/** Why a document was refused: one sentence for the client. */
export type DocumentCheck = { ok: true; document: CheckedDocument } | { ok: false; reason: string };

// Scalar values that satisfy a custom scalar's parseValue, tried in order, to price an operation
// whose variables are not known yet (DateTime takes the first).
const CUSTOM_SCALAR_SAMPLES: unknown[] = ['1970-01-01T00:00:00.000Z', '1970-01-01', 0, 'x', {}];

/**
 * A value for a variable of `type`, chosen for the worst case of the cost: every Int is
 * MAX_PAGE_SIZE (so `first: $first` prices the largest page), lists are empty, input objects
 * carry only their required fields. Undefined when no value of the type can be built.
 */
function worstCaseValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]?.name;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (!isNonNullType(field.type) || field.defaultValue !== undefined) continue;
      const fieldValue = worstCaseValue(field.type);
      if (fieldValue === undefined) return undefined;
      value[field.name] = fieldValue;
    }
    return value;
  }
  switch (inner.name) {
    case 'Int':
      return MAX_PAGE_SIZE;
    case 'Float':
      return 0;
    case 'Boolean':
      return true;
    case 'String':
    case 'ID':
      return 'x';
    default:
      return CUSTOM_SCALAR_SAMPLES.find((sample) => {
        try {
          inner.parseValue(sample);
          return true;
        } catch {
          return false;
        }
      });
  }
}

function worstCaseVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> | string {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type)) return `variable $${name} has no input type`;
    const required = isNonNullType(type) && !definition.defaultValue;
    const pageSizeLike = getNullableType(type) === GraphQLInt;
    if (!required && !pageSizeLike) continue;
    const value = worstCaseValue(type);
    if (value === undefined) return `no value of variable $${name}'s type could be built to estimate the cost`;
    variables[name] = value;
  }
  return variables;
}

const firstMessage = (errors: readonly GraphQLError[]) => errors[0]!.message;

/**
 * Whether a document may be trusted (README "Trusted documents"): it parses within the token
 * limit, validates against the schema and the depth, alias and directive limits, names every
 * operation, and each operation's worst-case cost (every page at MAX_PAGE_SIZE) is within the
 * cost limit and the filter budget. The same limits apply again to each request with its real
 * variables; checking here means a partner learns at registration, not in production, that a
 * document can never run.
 */
export function checkDocument(schema: GraphQLSchema, limits: OperationLimits, body: string): DocumentCheck {
  let document: DocumentNode;
  try {
    document = parse(body, tokenLimitParseOptions(limits));
  } catch (error) {
    return { ok: false, reason: error instanceof GraphQLError ? error.message : 'it does not parse' };
  }
  const errors = validate(schema, document, [...specifiedRules, ...documentLimitRules(limits)]);
  if (errors.length > 0) return { ok: false, reason: firstMessage(errors) };
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length === 0) return { ok: false, reason: 'it holds no operation' };
  const operationNames: string[] = [];
  for (const operation of operations) {
    if (!operation.name) return { ok: false, reason: 'every operation must be named (logs and metrics show the name)' };
    const name = operation.name.value;
    const variables = worstCaseVariables(schema, operation);
    if (typeof variables === 'string') return { ok: false, reason: `${name}: ${variables}` };
    const budget = new FilterBudget(limits.filter);
    let cost: number;
    try {
      cost = getComplexity({ schema, query: document, operationName: name, variables, estimators: [costEstimator(budget)] });
      budget.check();
    } catch (error) {
      if (error instanceof ClientFlowError || error instanceof GraphQLError) return { ok: false, reason: `${name}: ${error.message}` };
      throw error;
    }
    if (cost > limits.cost) {
      return {
        ok: false,
        reason: `${name}: may return up to ${cost} objects with every page at ${MAX_PAGE_SIZE}, at most ${limits.cost} are allowed`,
      };
    }
    operationNames.push(name);
  }
  return { ok: true, document: { body, operationNames } };
}
