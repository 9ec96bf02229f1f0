import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadDotEnv } from '../../src/env-file.js';

const directories: string[] = [];
const envFile = () => {
  const directory = mkdtempSync(join(tmpdir(), 'clientflow-env-'));
  directories.push(directory);
  const file = join(directory, '.env');
  writeFileSync(file, 'FROM_FILE=from-file\n# a comment\nIN_BOTH="from file"\nQUOTED=\'a b\'\n');
  return file;
};

afterAll(() => directories.forEach((directory) => rmSync(directory, { recursive: true, force: true })));

describe('loadDotEnv', () => {
  it('reads the file in development; the environment wins over it', () => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'development', IN_BOTH: 'from the environment' };
    expect(loadDotEnv(envFile(), env)).toEqual(['FROM_FILE', 'QUOTED']);
    expect(env).toEqual({ NODE_ENV: 'development', IN_BOTH: 'from the environment', FROM_FILE: 'from-file', QUOTED: 'a b' });
  });

  it('ignores the file in production, and a missing file anywhere', () => {
    const production: NodeJS.ProcessEnv = { NODE_ENV: 'production' };
    expect(loadDotEnv(envFile(), production)).toEqual([]);
    expect(production).toEqual({ NODE_ENV: 'production' });
    expect(loadDotEnv(join(tmpdir(), 'no-such-dir-clientflow', '.env'), {})).toEqual([]);
  });
});
