// npm run bench:scale [-- --scales 0.1,1,3] [any `npm run bench` option, e.g. --seconds 20]
// Issue 12, item 7: "cost grows with the answer, not with the data". Runs the read operations at
// concurrency 1 on each dataset scale in turn (one `bench/run.ts` per scale, each scale in its own
// database, loaded once), then prints each operation's p99 per scale and the ratio of the largest
// scale to 1× (or to the smallest, when 1× is not among them). Writes
// bench/results/<date>-scale-c1.json with those rows.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, benchLog, root } from './harness.js';

interface RunReport {
  label: string;
  runtime: string;
  settings: { scale: number; seconds: number };
  results: { name: string; api: { p99: number; rps: number; requests: number }; floor: { p99: number } }[];
}

// --scales is this script's; every other argument goes to each run as given.
const argv = process.argv.slice(2);
const at = argv.findIndex((arg) => arg === '--scales' || arg.startsWith('--scales='));
const scalesText = at < 0 ? '0.1,1,3' : argv[at]!.includes('=') ? argv[at]!.split('=')[1]! : argv[at + 1];
const passThrough = at < 0 ? argv : argv.filter((_arg, index) => index !== at && (argv[at]!.includes('=') || index !== at + 1));
const scales = String(scalesText)
  .split(',')
  .map((text) => Number(text));
if (scales.some((scale) => !(scale > 0))) throw new Error(`--scales must list positive numbers, got ${scalesText}`);

const reports: RunReport[] = [];
for (const scale of scales) {
  const label = `scale-x${scale}-c1`;
  benchLog(`scale ${scale}: read operations at concurrency 1`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/run.ts', '--scale', String(scale), '--concurrency', '1', '--reads', '--label', label, ...passThrough],
    { cwd: root, stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error(`the run at scale ${scale} failed (exit ${run.status})`);
  // The newest result with this label: run.ts names it <date>-<label>.json.
  const file = readdirSync(join(benchDir, 'results'))
    .filter((name) => name.endsWith(`-${label}.json`))
    .sort()
    .at(-1)!;
  reports.push(JSON.parse(readFileSync(join(benchDir, 'results', file), 'utf8')) as RunReport);
}

const base = reports.find((report) => report.settings.scale === 1) ?? reports[0]!;
const largest = reports.reduce((best, report) => (report.settings.scale > best.settings.scale ? report : best));
const rows = base.results.map((result) => {
  const p99 = Object.fromEntries(
    reports.map((report) => [String(report.settings.scale), report.results.find((each) => each.name === result.name)?.api.p99 ?? NaN]),
  );
  const ratio = p99[String(largest.settings.scale)]! / p99[String(base.settings.scale)]!;
  return { name: result.name, p99, ratio };
});

const header = `| Operation | ${reports.map((report) => `p99 ms ${report.settings.scale}×`).join(' | ')} | ${largest.settings.scale}× / ${base.settings.scale}× |`;
const lines = [
  header,
  `|---|${reports.map(() => '--:|').join('')}--:|`,
  ...rows.map(
    (row) =>
      `| ${row.name} | ${reports.map((report) => row.p99[String(report.settings.scale)]!.toFixed(1)).join(' | ')} | ${row.ratio.toFixed(2)} |`,
  ),
];
console.log(`\n${lines.join('\n')}\n`);
const out = join(benchDir, 'results', `${new Date().toISOString().slice(0, 10)}-scale-c1.json`);
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), runtime: base.runtime, scales, runs: reports.map((report) => report.label), rows }, null, 2)}\n`,
);
benchLog(`wrote ${out}`);
