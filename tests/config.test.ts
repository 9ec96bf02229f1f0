import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Spawns the server; loadConfig's own rules are in the unit layer (tests/unit/config.test.ts).
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECRET = 'a-production-secret-that-is-long-enough-0123';

describe('start-up with a bad configuration', () => {
  it('NODE_ENV=production without DATABASE_URL exits 1 with one stderr line naming DATABASE_URL', () => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET };
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
    expect(child.error).toBeUndefined();
    expect(child.signal).toBeNull();
    expect(child.status).toBe(1);
    const lines = child.stderr
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !/^npm warn/i.test(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\bDATABASE_URL\b/);
    expect(lines[0]).not.toMatch(/\bat .*\(|\.ts:\d+/); // no stack trace
    expect(child.stdout.trim()).toBe('');
  });
});
