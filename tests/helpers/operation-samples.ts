import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getIntrospectionQuery,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  typeFromAST,
  Kind,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { OPERATIONS, type OperationInputs } from '../../bench/operations.js';

export interface SampleOperation {
  name: string;
  source: string;
  operationName?: string;
  variables: Record<string, unknown>;
}

const uuid = '00000000-0000-4000-8000-000000000000';
const globalId = (type: string) => Buffer.from(`${type}:${uuid}`).toString('base64');

/** A value of a type, just enough to coerce (required fields only): for operations kept as text. */
function sampleValue(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleValue(nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2026-11-01T00:00:00Z';
      case 'Date':
        return '2026-11-01';
      case 'Decimal':
        return '1';
      case 'JSONObject':
        return {};
      case 'ID':
        return globalId('Contact');
      default:
        return 'x';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** Values for an operation's required variables that have no default; the others as the client sends them (defaults). */
export function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.type.kind !== Kind.NON_NULL_TYPE || definition.defaultValue) continue;
    variables[definition.variable.name.value] = sampleValue(typeFromAST(schema, definition.type) as GraphQLInputType);
  }
  return variables;
}

const benchInputs: OperationInputs = {
  orgId: uuid,
  ownerUserId: uuid,
  stageIds: [uuid],
  openStageIds: [uuid],
  dealIds: [uuid],
  contactIds: [uuid],
  anchor: '2026-11-23T00:00:00Z',
  pipelineId: uuid,
};

/**
 * Every operation we ship or document: the benchmark's, src/operations/*.graphql and the README
 * examples; the limits must leave all of them a wide margin.
 */
export function ourOperations(schema: GraphQLSchema, root: string): SampleOperation[] {
  const bench = OPERATIONS.map((operation) => {
    const request = operation.request(benchInputs, 0);
    return { name: `bench: ${operation.name}`, source: request.query, variables: request.variables };
  });
  // One entry per operation of a document (a file may hold several).
  const each = (name: string, source: string): SampleOperation[] =>
    parse(source)
      .definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => ({
        name: `${name}${operation.name ? ` ${operation.name.value}` : ''}`,
        source,
        operationName: operation.name?.value,
        variables: sampleVariables(schema, operation),
      }));
  const dir = join(root, 'src/operations');
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => each(`src/operations/${file}`, readFileSync(join(dir, file), 'utf8')));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  // Placeholders such as "<Contact id>" stand for a real id.
  const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((match, index) =>
    each(`README example ${index + 1}`, match[1]!.replace(/"<[^">]+>"/g, JSON.stringify(globalId('Contact')))),
  );
  return [...bench, ...files, ...examples];
}

/** graphql-js's introspection query with every option on (what a recent client asks for). */
export const FULL_INTROSPECTION_QUERY = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
