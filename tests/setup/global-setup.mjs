// Jest loads global setup outside its transform; tsx loads the TypeScript (and its .js imports).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

/**
 * `npm run build` (dist/): the tests that start the server as production does (npm start,
 * start:production) run the compiled files. Built once here, while the database starts, rather
 * than by each of them at once into the same folder; about a second when nothing changed.
 */
function build() {
  const script = fileURLToPath(new URL('../../src/scripts/build.mjs', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { stdio: 'inherit' });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (exit ${code})`))));
  });
}

export default async function globalSetup() {
  const { startTestDatabase } = await tsImport('./start-database.ts', import.meta.url);
  await Promise.all([build(), startTestDatabase()]);
}
