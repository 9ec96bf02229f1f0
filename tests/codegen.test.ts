/**
 * The tests' typed documents (tests/generated/operations) are committed, so that a fresh clone
 * type-checks without running codegen first; this keeps them equal to what `npm run codegen`
 * writes from tests/operations and the committed SDL. Codegen runs in a child process (its
 * presets load ES modules that jest's module loader cannot), without writing anything.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET = 'tests/generated/operations/';
const SCRIPT = `
  const { generate } = await import('@graphql-codegen/cli');
  const { default: config } = await import('./codegen.ts');
  const outputs = await generate({ ...config, silent: true, generates: { '${TARGET}': config.generates['${TARGET}'] } }, false);
  process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content }))));
`;

describe('typed test documents', () => {
  it('tests/generated/operations is what npm run codegen writes (run it after changing tests/operations)', () => {
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
