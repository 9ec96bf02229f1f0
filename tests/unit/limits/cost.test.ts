/**
 * The cost estimator (src/limits/cost.ts) and the other measures of an operation
 * (src/limits/measure.ts), by the same code the server runs, on the schema alone. The server's
 * answers to over-limit operations are in tests/limits/operation-limits.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { parse, type OperationDefinitionNode } from 'graphql';
import { countResultObjects } from '../../../src/limits/cost.js';
import { countTokens, measureOperation } from '../../../src/limits/measure.js';
import { buildSchema } from '../../../src/modules/index.js';

const schema = buildSchema();
const cost = (source: string, variables?: Record<string, unknown>) => measureOperation(schema, source, { variables }).cost;

describe('worst-case cost', () => {
  it('a root field returning a scalar costs 1; scalars of an object cost nothing', () => {
    expect(cost('{ unreadNotificationCount }')).toBe(1);
    expect(cost('{ me { id email name } }')).toBe(1);
  });

  it('a connection multiplies one edge by its page size', () => {
    // 1 (connection) + 10 × (edge + node).
    expect(cost('{ contacts(first: 10) { edges { node { id } } } }')).toBe(21);
  });

  it('totalCount and pageInfo cost 1 each', () => {
    expect(cost('{ contacts(first: 10) { totalCount pageInfo { hasNextPage } edges { node { id } } } }')).toBe(23);
  });

  it('a related record costs 1 per node', () => {
    // The same as the server reports as requestedQueryCost: 1 + 1 + 1 + 10 × (edge + node + company) = 33.
    expect(cost('{ contacts(first: 10) { totalCount pageInfo { hasNextPage } edges { node { id company { id } } } } }')).toBe(33);
  });

  it('without first/last a connection counts the default page size (20)', () => {
    expect(cost('{ contacts { edges { node { id } } } }')).toBe(41);
  });

  it('page sizes given through variables count', () => {
    const query = 'query ($n: Int) { deals(first: $n) { edges { node { activities { edges { node { id } } } } } } }';
    // 1 + 30 × (2 + 1 + 20 × 2) = 1,291 with the default page size (20) for activities.
    expect(cost(query, { n: 30 })).toBe(1291);
    expect(cost(query, { n: 20 })).toBe(861);
  });

  it('nested connections multiply along the path', () => {
    // deals(first: 100) × each contact's deals(first: 100): 1 + 1 (totalCount) + 100 × (edge, node, contact, 1 + 100 × 2) = 20,402 objects.
    expect(cost('{ deals(first: 100) { totalCount edges { node { contact { deals(first: 100) { edges { node { id } } } } } } } }')).toBe(
      20_402,
    );
  });

  it('introspection costs nothing', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });
});

describe('the other measures', () => {
  it('depth counts nested selections', () => {
    // deals > edges > node > contact > company > contacts > edges > node > id.
    expect(
      measureOperation(
        schema,
        '{ deals(first: 1) { edges { node { contact { company { contacts(first: 1) { edges { node { id } } } } } } } } }',
      ).depth,
    ).toBe(9);
  });

  it('aliases and directives are counted', () => {
    expect(measureOperation(schema, '{ a: me { id } b: me { id } c: me { id } d: me { id } }').aliases).toBe(4);
    expect(
      measureOperation(schema, 'query ($y: Boolean = true) { me { id @include(if: $y) name @include(if: $y) email @skip(if: false) } }')
        .directives,
    ).toBe(3);
  });

  it('tokens are the lexer tokens of the whole document', () => {
    expect(countTokens('{ me { id } }')).toBe(6);
    expect(countTokens(`{ me { ${'id '.repeat(400)}} }`)).toBe(405);
  });

  it('filter conditions are counted after variables are substituted', () => {
    const query = 'query ($f: DealFilter!) { deals(first: 1, filter: { OR: [$f, $f, $f] }) { totalCount } }';
    expect(measureOperation(schema, query, { variables: { f: { name: { equals: 'x' } } } }).filterConditions).toBe(3);
  });
});

describe('actual cost: objects in the response', () => {
  const selectionOf = (source: string) => {
    const document = parse(source);
    return (document.definitions[0] as OperationDefinitionNode).selectionSet;
  };

  it('counts the objects the response holds, not the root', () => {
    const selection = selectionOf('{ contacts(first: 10) { totalCount pageInfo { hasNextPage } edges { node { id company { id } } } } }');
    const data = { contacts: { totalCount: 1, pageInfo: { hasNextPage: false }, edges: [{ node: { id: 'c', company: null } }] } };
    // The connection, its pageInfo, one edge and its node (no company) = 4.
    expect(countResultObjects(data, selection, {})).toBe(4);
  });

  it('does not walk into JSON scalar values', () => {
    const selection = selectionOf('{ automations(first: 1) { edges { node { id actions } } } }');
    const data = { automations: { edges: [{ node: { id: 'a', actions: [{ type: 'X', nested: { deep: {} } }] } }] } };
    expect(countResultObjects(data, selection, {})).toBe(3);
  });

  it('no data is no cost', () => {
    expect(countResultObjects(null, selectionOf('{ me { id } }'), {})).toBe(0);
  });
});
