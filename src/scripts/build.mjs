// `npm run build` (and `npm start`, before it starts node): compiles src/ to dist/src/ with
// `tsc --build`, which compiles only what changed and returns in about a second when nothing did,
// then copies beside it the files the server reads at run time through paths relative to its own
// modules, so dist/ keeps the source tree's layout and needs nothing else from the checkout:
// sql/ (the local database's current state), prisma/ (migrations and the schema), the demo
// operations of the Sandbox and the trusted-documents manifest. JavaScript, not TypeScript: it
// runs before anything is compiled, with no loader.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');

/** Read at run time by src/db/sql-files.ts, src/db/migrate.ts, src/db/schema-engine.ts, src/landing-page.ts and src/trusted-documents/manifest.ts. */
const RUNTIME_FILES = [
  'sql',
  'prisma/migrations',
  'prisma/schema.prisma',
  'src/operations',
  'src/generated/operations/persisted-documents.json',
];

const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--build', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

for (const path of RUNTIME_FILES) {
  const target = join(dist, path);
  // Replaced whole, so a file removed from the source (a squashed migration) is gone from dist too.
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(root, path), target, { recursive: true });
}
