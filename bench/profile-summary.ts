// npx tsx bench/profile-summary.ts <file.cpuprofile> [--top N] [--from seconds] [--inclusive name,name…]
// Summarises a V8 CPU profile (`npm run bench -- --profile` writes them to bench/.data/profiles):
// self time by package (node_modules/<package>, our src/<dir>, node internals, GC, idle) and by
// function, and optionally the inclusive time under the named functions (e.g. validate,execute).
// --from skips the process's first seconds (start-up: tsx compiling and loading modules).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, from: { type: 'string', default: '0' }, inclusive: { type: 'string' } },
});
const file = positionals[0];
if (!file) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [--top N] [--inclusive a,b]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;

/** Where a frame's code lives: the npm package, our own source folder, or what V8 calls it. */
function packageOf({ url, functionName }: CallFrame): string {
  if (!url) return `(${functionName || 'native'})`;
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith('node:')) return url.startsWith('node:internal/') ? `node:${url.split('/')[1]}` : url;
  const source = /\/(src|bench)\/(.*)$/.exec(url);
  if (source) return `${source[1]}/${source[2]!.split('/').slice(0, -1).join('/') || '.'}`;
  return url;
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const selfMicros = new Map<number, number>();
const fromMicros = Number(options.from) * 1e6;
let elapsed = 0;
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  elapsed += delta;
  if (elapsed >= fromMicros) selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
});
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
const idle = [...selfMicros].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((sum, [, us]) => sum + us, 0);
const busy = total - idle;

function table(title: string, rows: Map<string, number>, limit: number) {
  console.log(`\n${title} (ms, % of busy ${(busy / 1000).toFixed(0)} ms)`);
  for (const [name, us] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`${(us / 1000).toFixed(0).padStart(8)}  ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${name}`);
  }
}

const packages = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, us] of selfMicros) {
  const frame = byId.get(id)!.callFrame;
  if (frame.functionName === '(idle)') continue;
  const pkg = packageOf(frame);
  packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  const name = `${frame.functionName || '(anonymous)'}  ${pkg}:${frame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + us);
}
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled, ${(idle / 1000).toFixed(0)} ms idle`);
const top = Number(options.top);
table('Self time by package', packages, top);
table('Self time by function', functions, top);

if (options.inclusive) {
  // Inclusive: a sample counts once for each named function on its stack (recursion counted once).
  const wanted = options.inclusive.split(',');
  const inclusive = new Map<string, number>(wanted.map((name) => [name, 0]));
  for (const [id, us] of selfMicros) {
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) {
      const frame = byId.get(node)!.callFrame;
      const key = wanted.find((name) => name === frame.functionName || name === `${frame.functionName}@${packageOf(frame)}`);
      if (key && !seen.has(key)) {
        seen.add(key);
        inclusive.set(key, inclusive.get(key)! + us);
      }
    }
  }
  table('Inclusive time under', inclusive, wanted.length);
}
