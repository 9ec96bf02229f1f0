/**
 * Counting the SQL statements a request sends (app.database.statements counts every statement
 * of the API's pool: BEGIN, app.begin_request, the queries, COMMIT), for the N+1 guards.
 */
import { expect } from '@jest/globals';
import type { Actor, TestApp } from './app.js';

export interface Measured {
  count: number;
  statements: string[];
  data: any;
}

/** One request that runs the same mutation once per input, under aliases (one transaction). */
export async function batch(actor: Actor, field: string, inputType: string, inputs: Record<string, unknown>[], selection: string) {
  const params = inputs.map((_, i) => `$i${i}: ${inputType}!`).join(', ');
  const fields = inputs.map((_, i) => `r${i}: ${field}(input: $i${i}) ${selection}`).join('\n');
  const response = await actor.query(
    `mutation (${params}) {\n${fields}\n}`,
    Object.fromEntries(inputs.map((input, i) => [`i${i}`, input])),
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return inputs.map((_, i) => response.data[`r${i}`]);
}

/** Runs one request alone and returns how many statements it sent, and which. */
export async function measureStatements(app: TestApp, actor: Actor, query: string, variables: Record<string, unknown>): Promise<Measured> {
  const counter = app.database.statements;
  counter.recordText = true;
  counter.reset();
  const response = await actor.query(query, variables);
  const result = { count: counter.count, statements: [...counter.statements], data: response.data };
  counter.recordText = false;
  expect(response.errors).toBeUndefined();
  return result;
}

/** The same count for a small and a large page; lists both runs' statements when not. */
export function expectSameStatementCount(small: Measured, large: Measured, [smallSize, largeSize]: [number, number]) {
  if (small.count !== large.count) {
    const list = (m: Measured) => m.statements.map((s, i) => `  ${i + 1}. ${s.replace(/\s+/g, ' ').slice(0, 300)}`).join('\n');
    throw new Error(
      `statement count grows with the page: ${small.count} for ${smallSize} parents, ${large.count} for ${largeSize}\n` +
        `--- ${smallSize} parents:\n${list(small)}\n--- ${largeSize} parents:\n${list(large)}`,
    );
  }
  expect(large.count).toBe(small.count);
}
