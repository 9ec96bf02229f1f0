import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/config.js';
import { checkListEstimates } from '../../../src/limits/cost.js';
import { operationLimitsFromConfig } from '../../../src/limits/index.js';
import { measureOperation } from '../../../src/limits/measure.js';
import { buildSchema } from '../../../src/modules/index.js';
import { FULL_INTROSPECTION_QUERY, ourOperations } from '../../helpers/operation-samples.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const limits = operationLimitsFromConfig(loadConfig({}));
const schema = buildSchema();

// Our own operations must stay far from every default limit, so that a client never meets one
// in normal use: cost, aliases, directives, tokens and filter conditions under a fifth of the
// limit; depth (the deal board is 7 of 15) under half.
describe('the benchmark operations, src/operations/*.graphql and the README examples are far below the limits', () => {
  const operations = ourOperations(schema, root);

  it('there are operations from all three sources', () => {
    expect(operations.filter((each) => each.name.startsWith('bench: ')).length).toBe(8);
    expect(operations.filter((each) => each.name.startsWith('src/operations/')).length).toBeGreaterThanOrEqual(16);
    expect(operations.filter((each) => each.name.startsWith('README example')).length).toBeGreaterThan(10);
  });

  it.each(operations.map((each) => [each.name, each] as const))('%s', (_name, operation) => {
    const measured = measureOperation(schema, operation.source, operation);
    const margin = {
      cost: measured.cost <= limits.cost / 5,
      depth: measured.depth <= limits.depth / 2,
      aliases: measured.aliases <= limits.aliases / 5,
      directives: measured.directives <= limits.directives / 5,
      tokens: measured.tokens <= limits.tokens / 5,
      filterConditions: measured.filterConditions <= limits.filter.conditions / 5,
    };
    expect({ measured, margin }).toEqual({ measured, margin: Object.fromEntries(Object.keys(margin).map((key) => [key, true])) });
  });

  it('the deal board: cost 603 (50 deals × 12 objects + connection, pageInfo, totalCount), depth 7', () => {
    const board = operations.find((each) => each.name.startsWith('bench: deal board'))!;
    expect(measureOperation(schema, board.source, board)).toMatchObject({ cost: 603, depth: 7 });
  });

  it('the full introspection query is within the token limit (Sandbox and codegen send it)', () => {
    expect(measureOperation(schema, FULL_INTROSPECTION_QUERY).tokens).toBeLessThanOrEqual(limits.tokens / 5);
  });

  it('every list of objects that is not a connection has a cost estimate', () => {
    expect(() => checkListEstimates(schema)).not.toThrow();
  });
});
