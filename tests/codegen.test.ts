/**
 * The typed documents and manifests (src/generated/operations: the trusted documents the server
 * loads; tests/generated/operations: the tests' own) are committed, so that a fresh clone
 * type-checks and serves without running codegen first; this keeps them equal to what
 * `npm run codegen` writes from the operations and the committed SDL. Codegen runs in a child process (its
 * presets load ES modules that jest's module loader cannot), without writing anything.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = `
  const { generate } = await import('@graphql-codegen/cli');
  const { default: config } = await import('./codegen.ts');
  const outputs = await generate({ ...config, silent: true }, false);
  process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content }))));
`;

describe('typed documents and the trusted-documents manifest', () => {
  it('src/generated/operations and tests/generated/operations are what npm run codegen writes (run it after changing the operations or the schema)', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      timeout: 60_000,
    });
    expect({ status: child.status, stderr: child.stderr }).toEqual({ status: 0, stderr: '' });
    const outputs = JSON.parse(child.stdout) as { filename: string; content: string }[];
    expect(outputs.map((output) => output.filename).length).toBeGreaterThan(0);
    for (const output of outputs) {
      const file = isAbsolute(output.filename) ? relative(ROOT, output.filename) : output.filename;
      expect({ file, current: readFileSync(join(ROOT, file), 'utf8') === output.content }).toEqual({ file, current: true });
    }
  }, 90_000);
});
