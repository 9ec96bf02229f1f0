// npm run bench:limits-overhead
// What the operation limits cost per request, in-process, on the benchmark's deal board
// operation: each check run many times on the parsed document, median of 7 rounds. No
// database, no HTTP: only the added CPU.
import { performance } from 'node:perf_hooks';
import { parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { loadConfig } from '../src/config.js';
import { costEstimator, countResultObjects } from '../src/limits/cost.js';
import { documentLimitRules } from '../src/limits/document-limits.js';
import { FilterBudget } from '../src/limits/filter-budget.js';
import { operationLimitsFromConfig } from '../src/limits/index.js';
import { buildSchema } from '../src/modules/index.js';
import { OPERATIONS } from './operations.js';

const schema = buildSchema();
const limits = operationLimitsFromConfig(loadConfig({}));
const board = OPERATIONS.find((operation) => operation.name.startsWith('deal board'))!;
const id = Buffer.from('PipelineStage:00000000-0000-4000-8000-000000000000').toString('base64');
const { query, variables } = board.request(
  { orgId: '', ownerUserId: '', stageIds: [id], openStageIds: [id], dealIds: [], contactIds: [], anchor: '', pipelineId: '' },
  0,
);
const document = parse(query);
const operation = document.definitions[0] as OperationDefinitionNode;

// A full deal board result: 50 deals, each with stage, contact, company and 3 activities.
const result = {
  deals: {
    totalCount: 12_000,
    pageInfo: { hasNextPage: true, endCursor: 'x' },
    edges: Array.from({ length: 50 }, (_, i) => ({
      node: {
        id: `d${i}`,
        name: 'Deal',
        value: '1000',
        currency: 'USD',
        probability: 50,
        expectedCloseDate: null,
        stage: { id: 's', name: 'Lead' },
        contact: { id: 'c', fullName: 'Ada L' },
        company: { id: 'co', name: 'Acme' },
        activities: {
          edges: Array.from({ length: 3 }, (_, j) => ({ node: { id: `a${j}`, type: 'CALL', subject: 'Call', occurredAt: '2026-01-01' } })),
        },
      },
    })),
  },
};

function time(name: string, iterations: number, run: () => unknown) {
  for (let i = 0; i < iterations / 10; i += 1) run();
  const rounds: number[] = [];
  for (let round = 0; round < 7; round += 1) {
    const started = performance.now();
    for (let i = 0; i < iterations; i += 1) run();
    rounds.push(((performance.now() - started) * 1000) / iterations);
  }
  rounds.sort((a, b) => a - b);
  return { name, microseconds: +rounds[3]!.toFixed(1) };
}

const armorRules = documentLimitRules(limits);
const rows = [
  time('parse (no token limit)', 5_000, () => parse(query)),
  time('parse with maxTokens', 5_000, () => parse(query, { maxTokens: limits.tokens })),
  time('validate: graphql-js rules', 2_000, () => validate(schema, document, specifiedRules)),
  time('validate: graphql-js rules + armor depth/aliases/directives', 2_000, () =>
    validate(schema, document, [...specifiedRules, ...armorRules]),
  ),
  time('cost and filter budget (didResolveOperation)', 5_000, () =>
    getComplexity({ schema, query: document, variables, estimators: [costEstimator(new FilterBudget(limits.filter))] }),
  ),
  time('actual cost: walk of a full result (willSendResponse)', 5_000, () => countResultObjects(result, operation.selectionSet, {})),
];
console.log('| Check (deal board operation) | µs per request |');
console.log('|---|--:|');
for (const row of rows) console.log(`| ${row.name} | ${row.microseconds} |`);
const parseExtra = rows[1]!.microseconds - rows[0]!.microseconds;
const validateExtra = rows[3]!.microseconds - rows[2]!.microseconds;
console.log(`\nEvery request: cost pass + result walk = ${(rows[4]!.microseconds + rows[5]!.microseconds).toFixed(0)} µs.`);
console.log(
  `First time a document is seen (Apollo caches parsed, validated documents): + ${(parseExtra + validateExtra).toFixed(0)} µs (token limit ${parseExtra.toFixed(1)}, armor rules ${validateExtra.toFixed(1)}).`,
);
