import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadDotEnv } from '../../src/env-file.js';

const envFile = () => {
  const file = join(mkdtempSync(join(tmpdir(), 'clientflow-env-')), '.env');
  writeFileSync(file, 'FROM_FILE=from-file\n# a comment\nIN_BOTH="from file"\nQUOTED=\'a b\'\n');
  return file;
};

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
