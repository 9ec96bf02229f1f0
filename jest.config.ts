import type { Config } from 'jest';

// ESM TypeScript through ts-jest; tsconfig's isolatedModules makes it transpile-only (`npm run typecheck` checks types).
// Jest 29, not 30: jest 30 and @swc/jest need platform binaries this registry lacks, so `npm ci` failed.
// Tests run against a real PostgreSQL that tests/setup starts.
const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  globalSetup: '<rootDir>/tests/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.mjs',
  testTimeout: 30_000,
  maxWorkers: 2,
};

export default config;
