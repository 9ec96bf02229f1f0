// loadConfig is pure: the unit layer. Start-up with a bad configuration spawns the server: tests/config.test.ts.
import { describe, expect, it } from '@jest/globals';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from '../../src/config.js';

const SECRET = 'a-production-secret-that-is-long-enough-0123';
const ISSUER_AND_AUDIENCE = { AUTH_ISSUER: 'https://issuer.example.test/', AUTH_AUDIENCE: 'clientflow' };
/** Production also requires an SMTP server (the e-mail outbox). */
const SMTP_URL = 'smtp://mailer:secret@smtp.example.test:587';
const DATABASE_URL = 'postgresql://clientflow_api:secret@db.example.test:5432/clientflow';

/** The ConfigError loadConfig throws for `env` (fails the test when it does not throw). */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

function expectOneLineNaming(error: ConfigError, variable: string) {
  expect(error.message.split('\n')).toHaveLength(1);
  expect(error.message).toMatch(new RegExp(`\\b${variable}\\b`));
  expect(error.message.startsWith('Invalid configuration: ')).toBe(true);
}

describe('loadConfig', () => {
  it('has sane defaults for an empty environment (development)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 4000,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      DATABASE_POOL_SIZE: 10,
      EMBEDDED_POSTGRES_DIR: '.data/postgres',
      AUTH_CLOCK_TOLERANCE_SECONDS: 5,
      REQUEST_TIMEOUT_MS: 15_000,
      INVITATION_TTL_HOURS: 168,
      MAX_ORGANIZATIONS_PER_USER: 10,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.AUTH_JWT_SECRET).toBeUndefined();
    expect(config.AUTH_JWKS_URL).toBeUndefined();
    expect(config.AUTH_ISSUER).toBeUndefined();
    expect(config.AUTH_AUDIENCE).toBeUndefined();
  });

  it('reads and coerces the given values', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      DATABASE_URL,
      DATABASE_POOL_SIZE: '25',
      AUTH_JWT_SECRET: SECRET,
      AUTH_ISSUER: 'https://issuer.example.test/',
      AUTH_AUDIENCE: 'clientflow',
      AUTH_CLOCK_TOLERANCE_SECONDS: '0',
      LOG_LEVEL: 'warn',
      SMTP_URL,
    });
    expect(config).toMatchObject({
      NODE_ENV: 'production',
      PORT: 8080,
      DATABASE_URL,
      DATABASE_POOL_SIZE: 25,
      AUTH_JWT_SECRET: SECRET,
      AUTH_ISSUER: 'https://issuer.example.test/',
      AUTH_AUDIENCE: 'clientflow',
      AUTH_CLOCK_TOLERANCE_SECONDS: 0,
      LOG_LEVEL: 'warn',
    });
  });

  it('treats empty strings as unset (a blank line in .env does not count as a value)', () => {
    const config = loadConfig({ DATABASE_URL: '', AUTH_JWT_SECRET: '', AUTH_JWKS_URL: '' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.AUTH_JWT_SECRET).toBeUndefined();
    expect(config.AUTH_JWKS_URL).toBeUndefined();
  });

  it('limits: the defaults are those of README "Limits"', () => {
    expect(loadConfig({})).toMatchObject({
      LIMIT_MAX_DEPTH: 15,
      LIMIT_MAX_ALIASES: 30,
      LIMIT_MAX_TOKENS: 2_000,
      LIMIT_MAX_DIRECTIVES: 20,
      LIMIT_MAX_COST: 20_000,
      LIMIT_MAX_BODY_BYTES: 1_048_576,
      LIMIT_MAX_FILTER_CONDITIONS: 50,
      LIMIT_MAX_FILTER_PATTERNS: 5,
      LIMIT_MAX_FILTER_VALUES: 500,
      LIMIT_MAX_FILTER_RELATIONS: 2,
      LIMIT_MAX_FILTER_RELATION_HOPS: 2,
      LIMIT_MAX_FILTER_LIST_VALUES: 100,
      LIMIT_MAX_FILTER_STRING_LENGTH: 200,
      LIMIT_MAX_FILTER_DEPTH: 5,
    });
  });

  it('limits: a LIMIT_* variable sets its limit', () => {
    expect(loadConfig({ LIMIT_MAX_COST: '5000' }).LIMIT_MAX_COST).toBe(5000);
  });

  it('limits: a bad LIMIT_* value names itself on one line', () => {
    expectOneLineNaming(configError({ LIMIT_MAX_COST: 'lots' }), 'LIMIT_MAX_COST');
    expectOneLineNaming(configError({ LIMIT_MAX_DEPTH: '0' }), 'LIMIT_MAX_DEPTH');
    // Above the largest value the configuration accepts (FILTER_LIMIT_CEILINGS).
    expectOneLineNaming(configError({ LIMIT_MAX_FILTER_CONDITIONS: '5000' }), 'LIMIT_MAX_FILTER_CONDITIONS');
  });

  it('production without DATABASE_URL: one line naming DATABASE_URL', () => {
    expectOneLineNaming(configError({ NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET }), 'DATABASE_URL');
    expectOneLineNaming(configError({ NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET, DATABASE_URL: '' }), 'DATABASE_URL');
  });

  it('production without DATABASE_URL and without a secret still names one variable on one line', () => {
    const error = configError({ NODE_ENV: 'production' });
    expect(error.message.split('\n')).toHaveLength(1);
    expect(error.message).toMatch(/DATABASE_URL|AUTH_JWT_SECRET/);
  });

  it('production without AUTH_JWT_SECRET or AUTH_JWKS_URL names AUTH_JWT_SECRET', () => {
    expectOneLineNaming(configError({ NODE_ENV: 'production', DATABASE_URL }), 'AUTH_JWT_SECRET');
    // A JWKS URL instead of a secret is enough.
    expect(
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL,
        AUTH_JWKS_URL: 'https://issuer.example.test/.well-known/jwks.json',
        ...ISSUER_AND_AUDIENCE,
        SMTP_URL,
      }).NODE_ENV,
    ).toBe('production');
  });

  it('production without SMTP_URL names SMTP_URL; a bad SMTP_URL or EMAIL_FROM names itself without echoing it', () => {
    const base = { NODE_ENV: 'production', DATABASE_URL, AUTH_JWT_SECRET: SECRET, ...ISSUER_AND_AUDIENCE };
    expectOneLineNaming(configError(base), 'SMTP_URL');
    expect(configError(base).message).toMatch(/required in production/);
    const badUrl = configError({ SMTP_URL: 'http://user:hunter2@mail.example.test' });
    expectOneLineNaming(badUrl, 'SMTP_URL');
    expect(badUrl.message).not.toContain('hunter2');
    expectOneLineNaming(configError({ EMAIL_FROM: 'not an address' }), 'EMAIL_FROM');
    expect(loadConfig({ ...base, SMTP_URL }).EMAIL_FROM).toBe('ClientFlow <no-reply@clientflow.localhost>');
    expect(loadConfig({ EMAIL_FROM: 'Acme CRM <crm@acme.example>' }).EMAIL_FROM).toBe('Acme CRM <crm@acme.example>');
    // Development needs none: e-mails go to the log.
    expect(loadConfig({}).SMTP_URL).toBeUndefined();
  });

  it('production without AUTH_ISSUER or AUTH_AUDIENCE names the missing one (RFC 8725)', () => {
    const base = { NODE_ENV: 'production', DATABASE_URL, AUTH_JWT_SECRET: SECRET };
    expectOneLineNaming(configError({ ...base, AUTH_AUDIENCE: 'clientflow' }), 'AUTH_ISSUER');
    expectOneLineNaming(configError({ ...base, AUTH_ISSUER: 'https://issuer.example.test/' }), 'AUTH_AUDIENCE');
    expect(loadConfig({ ...base, ...ISSUER_AND_AUDIENCE, SMTP_URL }).AUTH_MAX_TOKEN_AGE_SECONDS).toBe(86_400);
    // Development keeps them optional: the demo token carries neither.
    expect(loadConfig({ NODE_ENV: 'development' }).AUTH_ISSUER).toBeUndefined();
  });

  it('a statement timeout longer than the request deadline names DATABASE_STATEMENT_TIMEOUT_MS', () => {
    expectOneLineNaming(
      configError({ REQUEST_TIMEOUT_MS: '1000', DATABASE_STATEMENT_TIMEOUT_MS: '2000' }),
      'DATABASE_STATEMENT_TIMEOUT_MS',
    );
  });

  it('development and test do not require DATABASE_URL (embedded PostgreSQL)', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).DATABASE_URL).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'test' }).DATABASE_URL).toBeUndefined();
  });

  it.each(['abc', '-1', '65536', '80.5', '99999999'])('PORT=%s names PORT', (port) => {
    expectOneLineNaming(configError({ PORT: port }), 'PORT');
  });

  it('accepts the PORT bounds 0 and 65535', () => {
    expect(loadConfig({ PORT: '0' }).PORT).toBe(0);
    expect(loadConfig({ PORT: '65535' }).PORT).toBe(65_535);
  });

  it('an AUTH_JWT_SECRET shorter than 32 characters names AUTH_JWT_SECRET (in every environment)', () => {
    const short = 'x'.repeat(31);
    const error = configError({ AUTH_JWT_SECRET: short });
    expectOneLineNaming(error, 'AUTH_JWT_SECRET');
    expect(error.message).toMatch(/32/);
    expect(error.message).not.toContain(short);
    expectOneLineNaming(configError({ NODE_ENV: 'production', DATABASE_URL, AUTH_JWT_SECRET: short }), 'AUTH_JWT_SECRET');
    expect(loadConfig({ AUTH_JWT_SECRET: 'x'.repeat(32) }).AUTH_JWT_SECRET).toHaveLength(32);
  });

  it.each([
    ['DATABASE_URL', { DATABASE_URL: 'mysql://root@localhost/clientflow' }],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }],
    ['MIGRATION_DATABASE_URL', { MIGRATION_DATABASE_URL: 'http://example.test/db' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }],
    ['DATABASE_POOL_SIZE', { DATABASE_POOL_SIZE: '0' }],
    ['AUTH_JWKS_URL', { AUTH_JWKS_URL: 'not a url' }],
    ['AUTH_CLOCK_TOLERANCE_SECONDS', { AUTH_CLOCK_TOLERANCE_SECONDS: '3600' }],
    ['REQUEST_TIMEOUT_MS', { REQUEST_TIMEOUT_MS: '10' }],
    ['SEED_DEMO_DATA', { SEED_DEMO_DATA: 'yes' }],
    ['INVITATION_TTL_HOURS', { INVITATION_TTL_HOURS: '0' }],
    ['MAX_ORGANIZATIONS_PER_USER', { MAX_ORGANIZATIONS_PER_USER: 'many' }],
    ['DATABASE_POOL_TENANT_SHARE', { DATABASE_POOL_TENANT_SHARE: '0' }],
    ['DATABASE_POOL_TENANT_SHARE', { DATABASE_POOL_TENANT_SHARE: '1.5' }],
    ['DATABASE_POOL_ACQUIRE_TIMEOUT_MS', { DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '0' }],
    ['DATABASE_LOCK_TIMEOUT_MS', { DATABASE_LOCK_TIMEOUT_MS: 'soon' }],
    ['DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', { DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '-1' }],
    ['AUTH_MAX_TOKEN_AGE_SECONDS', { AUTH_MAX_TOKEN_AGE_SECONDS: '10' }],
    ['SHUTDOWN_TIMEOUT_MS', { SHUTDOWN_TIMEOUT_MS: 'forever' }],
    ['SHUTDOWN_SETTLE_MS', { SHUTDOWN_SETTLE_MS: '-5' }],
    ['DATABASE_SLOW_TENANT_SLOTS', { DATABASE_SLOW_TENANT_SLOTS: '0' }],
    ['DATABASE_SLOW_TRANSACTION_MS', { DATABASE_SLOW_TRANSACTION_MS: 'slow' }],
  ])('a bad %s is named on one line', (variable, env) => {
    expectOneLineNaming(configError(env as NodeJS.ProcessEnv), variable);
  });

  it('a slow organization may hold half the CPU cores (at least one) unless DATABASE_SLOW_TENANT_SLOTS says otherwise', () => {
    expect(loadConfig({}).DATABASE_SLOW_TENANT_SLOTS).toBe(Math.max(1, Math.floor(availableParallelism() / 2)));
    expect(loadConfig({ DATABASE_SLOW_TENANT_SLOTS: '6' }).DATABASE_SLOW_TENANT_SLOTS).toBe(6);
  });

  it('does not echo a database password in the error', () => {
    const error = configError({ DATABASE_URL: 'mysql://root:hunter2-secret@localhost/clientflow' });
    expect(error.message).not.toContain('hunter2-secret');
  });

  it('accepts both postgres:// and postgresql:// URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@localhost:5432/db' }).DATABASE_URL).toBe('postgres://u:p@localhost:5432/db');
    expect(loadConfig({ DATABASE_URL }).DATABASE_URL).toBe(DATABASE_URL);
  });
});
