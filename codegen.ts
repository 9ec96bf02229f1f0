import type { CodegenConfig } from '@graphql-codegen/cli';

const typesConfig = {
  scalars: { DateTime: 'string', Date: 'string', Decimal: 'string', JSONObject: 'Record<string, unknown>' },
  enumsAsTypes: true,
  useTypeImports: true,
};

// Typed operations for frontend teams and partners: `npm run codegen` reads the committed SDL
// (src/schema/schema.graphql, kept current by `npm run schema:print`) and the operations in
// src/operations, and writes typed documents plus a persisted-documents manifest (sha256).
// The tests' own operations (tests/operations) become typed documents in tests/generated, which
// is committed so that a fresh clone type-checks; tests/unit/codegen.test.ts keeps it current.
const config: CodegenConfig = {
  schema: 'src/schema/schema.graphql',
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false, // ESM: relative imports with .js extensions
  generates: {
    'src/generated/operations/': {
      documents: ['src/operations/**/*.graphql'],
      preset: 'client',
      presetConfig: { persistedDocuments: { hashAlgorithm: 'sha256' }, fragmentMasking: false },
      config: typesConfig,
    },
    'tests/generated/operations/': {
      documents: ['tests/operations/**/*.graphql'],
      preset: 'client',
      // The tests' manifest: test servers trust it besides the product's, so API-key tests send ids.
      presetConfig: { persistedDocuments: { hashAlgorithm: 'sha256' }, fragmentMasking: false },
      config: typesConfig,
    },
  },
};

export default config;
