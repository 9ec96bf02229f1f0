// WEB_CONCURRENCY (README "More than one process"): parsed by loadConfig; a real two-worker start
// is tests/server/cluster.test.ts.
import { describe, expect, it } from '@jest/globals';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from '../../src/config.js';

function configError(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('WEB_CONCURRENCY', () => {
  it('is one process unless set; 0 and auto mean one per CPU core', () => {
    expect(loadConfig({}).WEB_CONCURRENCY).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: '' }).WEB_CONCURRENCY).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: '3' }).WEB_CONCURRENCY).toBe(3);
    expect(loadConfig({ WEB_CONCURRENCY: '0' }).WEB_CONCURRENCY).toBe(availableParallelism());
    expect(loadConfig({ WEB_CONCURRENCY: 'auto' }).WEB_CONCURRENCY).toBe(availableParallelism());
  });

  it('refuses anything else on one line naming it', () => {
    for (const value of ['two', '1.5', '-1', '257']) {
      const message = configError({ WEB_CONCURRENCY: value });
      expect(message.split('\n')).toHaveLength(1);
      expect(message).toMatch(/^Invalid configuration: WEB_CONCURRENCY /);
    }
  });

  it('with several processes and JWKS-only auth, the local store needs one signing secret for all of them', () => {
    const jwksOnly = { AUTH_JWKS_URL: 'https://issuer.example.test/jwks.json', WEB_CONCURRENCY: '2' };
    expect(configError(jwksOnly)).toMatch(/^Invalid configuration: ATTACHMENTS_SIGNING_SECRET is required with WEB_CONCURRENCY > 1/);
    expect(loadConfig({ ...jwksOnly, ATTACHMENTS_SIGNING_SECRET: 'x'.repeat(32) }).WEB_CONCURRENCY).toBe(2);
    expect(loadConfig({ ...jwksOnly, WEB_CONCURRENCY: '1' }).WEB_CONCURRENCY).toBe(1);
  });
});
