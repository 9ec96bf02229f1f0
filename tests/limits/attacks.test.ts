import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { performance } from 'node:perf_hooks';
import { startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { createOrganization } from '../helpers/organizations.js';

// The requests of issue 9, found by an attacker with one valid account, under the default
// limits. Before the limits: the first blocked Node ~40 s at 76 MB, the second exhausted the
// heap, the third grew a PostgreSQL backend to 23.5 GB until the kernel killed it (PostgreSQL
// restarted for every tenant), the fourth took 8.5 s of CPU.

// 153 bytes: three levels of deals(first: 100) through each deal's contact.
const FAN_OUT =
  '{deals(first:100){edges{node{contact{deals(first:100){edges{node{contact{deals(first:100){edges{node{id name value currency contact{fullName}}}}}}}}}}}}}';
// Depth 10: contacts, deals and activities, 100 each: 1 + 100 × (3 + 100 × (3 + 100 × 2)) = 2,030,301 objects.
const DEPTH_TEN = '{contacts(first:100){edges{node{deals(first:100){edges{node{activities(first:100){edges{node{id}}}}}}}}}}';
// ~1,000 relation conditions (contact → company) in an OR over one reused variable.
const REUSED_RELATION_FILTER = `query ($f: DealFilter!) { deals(first: 10, filter: { OR: [${Array(100).fill('$f').join(', ')}] }) { totalCount edges { node { id } } } }`;
const relationConditions = {
  AND: Array.from({ length: 10 }, (_, i) => ({ contact: { company: { name: { contains: `acme ${i}` } } } })),
};
// One variable reused 100 times, itself an OR of 100 × 5 conditions: 50,000 conditions.
const FIFTY_THOUSAND = `query ($f: DealFilter!) { deals(first: 10, filter: { OR: [${Array(100).fill('$f').join(', ')}] }) { totalCount } }`;
const fiveHundredConditions = {
  OR: Array.from({ length: 100 }, (_, i) => ({ AND: Array.from({ length: 5 }, (_, j) => ({ name: { equals: `deal ${i}-${j}` } })) })),
};

describe('the attacks of issue 9 are refused quickly, without a single SQL statement', () => {
  let app: TestApp;
  let member: Actor;

  beforeAll(async () => {
    app = await startTestApp();
    member = (await createOrganization(app, 'Attacked')).member;
  });
  afterAll(async () => {
    await app.close();
  });

  /** The response, the time it took, and every statement it sent to PostgreSQL. */
  async function attack(query: string, variables?: Record<string, unknown>) {
    app.database.statements.recordText = true;
    app.database.statements.reset();
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const response: GraphQLResponse = await member.query(query, variables);
    // The server runs in this process: its CPU time (and the client's, a little) for this request.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const ms = performance.now() - started;
    app.database.statements.recordText = false;
    // Every statement, the transaction's own included: refused before execution, nothing opens one.
    const statements = [...app.database.statements.statements];
    return { response, ms, cpuMs, statements, extensions: response.errors?.[0]?.extensions };
  }

  // "Quickly": the Node CPU each refusal costs (20–150 ms here, the most for the 50,000
  // conditions, which are counted in full), against 8.5 s to 40 s for the attacks before the
  // limits. CPU time, not wall time: on this 2-core machine shared with other suites, wall time
  // reached 1.5 s for the same work.
  const QUICK_CPU_MS = 500;
  const expectQuick = (result: { cpuMs: number; ms: number }) => {
    expect(result.cpuMs).toBeLessThan(QUICK_CPU_MS);
    expect(result.ms).toBeLessThan(10 * QUICK_CPU_MS);
  };

  it('the 153-byte nested deals(first: 100) query → OPERATION_LIMIT_EXCEEDED (cost)', async () => {
    expect(Buffer.byteLength(FAN_OUT)).toBe(153);
    const { response, statements, extensions, ...timing } = await attack(FAN_OUT);
    expect(extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'cost', maximum: 20_000 });
    expect(extensions!.found as number).toBeGreaterThan(1_000_000);
    expect(response.status).toBe(400);
    expect(statements).toEqual([]);
    expectQuick(timing);
  });

  it('the depth-10 query → OPERATION_LIMIT_EXCEEDED (cost: 100 × 100 × 100 activities)', async () => {
    const { statements, extensions, ...timing } = await attack(DEPTH_TEN);
    expect(extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'cost', found: 2_030_301 });
    expect(statements).toEqual([]);
    expectQuick(timing);
  });

  it('the ~1,000 relation conditions over one reused variable → BAD_USER_INPUT (filterRelations: 2,000 joins asked)', async () => {
    expect(Buffer.byteLength(JSON.stringify({ query: REUSED_RELATION_FILTER, variables: { f: relationConditions } }))).toBeLessThan(6_000);
    const { statements, extensions, ...timing } = await attack(REUSED_RELATION_FILTER, { f: relationConditions });
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'filterRelations', maximum: 2, found: 2_000 });
    expect(statements).toEqual([]);
    expectQuick(timing);
  });

  it('one variable reused into 50,000 conditions → BAD_USER_INPUT (filterConditions), counted in full', async () => {
    const { statements, extensions, ...timing } = await attack(FIFTY_THOUSAND, { f: fiveHundredConditions });
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'filterConditions', maximum: 50, found: 50_000 });
    expect(statements).toEqual([]);
    expectQuick(timing);
  });
});
