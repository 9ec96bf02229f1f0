// What ILIKE's missing LEAKPROOF mark costs (sql/040), statement by statement: each case runs as
// the API role in the large organization of the bench dataset (built on first use, like
// `npm run bench`), with ILIKE as it is and marked leakproof inside a transaction that is rolled
// back. Prints the median EXPLAIN ANALYZE execution time and the scans.
//   npx tsx bench/ilike-plans.ts [--quick] [--runs 5]
import { parseArgs } from 'node:util';
import pg from 'pg';
import { searchSettings, searchStatement, SEARCHABLE_TYPES, type MatchMode } from '../src/modules/search/sql.js';
import { benchLog, openBenchDatabase } from './harness.js';

const args = parseArgs({ options: { quick: { type: 'boolean' }, runs: { type: 'string' } } }).values;
const runs = Number(args.runs ?? 5);

interface Case {
  name: string;
  text: string;
  values: unknown[];
}
const plain = (name: string, text: string): Case => ({ name, text, values: [] });
const search = (query: string, mode: MatchMode): Case => {
  const statement = searchStatement({ query, types: SEARCHABLE_TYPES, mode, limit: 21 })!;
  return { name: `search "${query}" (${mode})`, text: statement.text, values: statement.values as unknown[] };
};
const CASES: Case[] = [
  plain('contains count: lastName contains "arci"', "SELECT count(*) FROM contacts WHERE last_name ILIKE '%arci%' AND deleted_at IS NULL"),
  plain(
    'contains page: 20 by name',
    "SELECT id FROM contacts WHERE last_name ILIKE '%arci%' AND deleted_at IS NULL ORDER BY last_name, first_name, id LIMIT 21",
  ),
  plain(
    'bench "contacts filtered" count',
    "SELECT count(*) FROM contacts WHERE (last_name ILIKE 'gar%' OR first_name ILIKE 'gar%') AND company_id IS NOT NULL AND deleted_at IS NULL",
  ),
  plain(
    'bench "contacts filtered" page',
    "SELECT id FROM contacts WHERE (last_name ILIKE 'gar%' OR first_name ILIKE 'gar%') AND company_id IS NOT NULL AND deleted_at IS NULL ORDER BY last_name, first_name, id LIMIT 21",
  ),
  plain('rare e-mail substring count', "SELECT count(*) FROM contacts WHERE email ILIKE '%e83f0%' AND deleted_at IS NULL"),
  search('Mraia Garcia', 'ALL'),
  search('Mraia Garcia', 'ANY'),
  search('garcia', 'ALL'),
  search('monarch-foods.example', 'ALL'),
];

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const scans = (node: PlanNode, into = new Set<string>()): Set<string> => {
  if (node['Node Type'].includes('Scan') && node['Node Type'] !== 'CTE Scan') into.add(node['Index Name'] ?? node['Node Type']);
  for (const child of node.Plans ?? []) scans(child, into);
  return into;
};

const { cluster, manifest, database } = await openBenchDatabase({ scale: args.quick ? 0.1 : 1, log: benchLog });
const orgId = manifest.orgs[0]!.id;
const url = new URL(cluster.adminUrl);
url.pathname = `/${database}`;
const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
try {
  for (const markLeakproof of [true, false]) {
    console.log(`\nILIKE ${markLeakproof ? 'marked LEAKPROOF (as before issue 9)' : 'as it is (not leakproof)'}`);
    for (const sql of CASES) {
      const times: number[] = [];
      let used = new Set<string>();
      for (let run = 0; run < runs; run += 1) {
        await client.query('BEGIN');
        try {
          await client.query(`ALTER FUNCTION pg_catalog.texticlike(text, text) ${markLeakproof ? '' : 'NOT '}LEAKPROOF`);
          await client.query('SET LOCAL ROLE clientflow_api');
          await client.query(`SELECT set_config('app.current_org_id', $1, true)`, [orgId]);
          await client.query(searchSettings.text, searchSettings.values as unknown[]);
          const { rows } = await client.query<{ 'QUERY PLAN': [{ 'Execution Time': number; Plan: PlanNode }] }>(
            `EXPLAIN (ANALYZE, FORMAT JSON) ${sql.text}`,
            sql.values,
          );
          times.push(rows[0]!['QUERY PLAN'][0]['Execution Time']);
          used = scans(rows[0]!['QUERY PLAN'][0].Plan);
        } finally {
          await client.query('ROLLBACK');
        }
      }
      times.sort((a, b) => a - b);
      console.log(`  ${sql.name}: median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms — ${[...used].join(', ')}`);
    }
  }
} finally {
  await client.end();
  await cluster.stop();
}
