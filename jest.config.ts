import type { Config } from 'jest';

// ESM TypeScript through ts-jest; tsconfig's isolatedModules makes it transpile-only (`npm run typecheck` checks types).
// Jest 29, not 30: jest 30 and @swc/jest need platform binaries this registry lacks, so `npm ci` failed.
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
} satisfies Config;

// Two layers. `unit`: pure logic (tests/unit/**), no database and no global setup, so it runs
// in seconds (`npm run test:unit`). `db`: everything else, against a real PostgreSQL that
// tests/setup starts; jest runs a project's global setup only when one of its tests is selected.
// `npm test` runs the unit layer first, then the database layer.
const config: Config = {
  testTimeout: 30_000,
  maxWorkers: 2,
  // Every test file imports the app afresh in its own VM context (ESM), and a worker keeps
  // 70-100 MB of each: measured with --logHeapUsage, 279 MB after one file, 1,181 MB after twelve.
  // A worker runs about 50 of the database layer's files, which brought it to V8's 4 GB limit
  // (run in band, the layer died out of memory at its 52nd file) and made a worker too slow to
  // exit ("A worker process has failed to exit gracefully"). A worker past 1.5 GB is replaced.
  workerIdleMemoryLimit: '1536MB',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/tests/unit'],
      testMatch: ['**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'db',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/unit/'],
      globalSetup: '<rootDir>/tests/setup/global-setup.mjs',
      globalTeardown: '<rootDir>/tests/setup/global-teardown.mjs',
    },
  ],
};

export default config;
