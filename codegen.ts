import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations for frontend teams and partners: `npm run codegen` reads the committed SDL
// (src/schema/schema.graphql, kept current by `npm run schema:print`) and the operations in
// src/operations, and writes typed documents plus a persisted-documents manifest (sha256).
const config: CodegenConfig = {
  schema: 'src/schema/schema.graphql',
  documents: ['src/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false, // ESM: relative imports with .js extensions
  generates: {
    'src/generated/operations/': {
      preset: 'client',
      presetConfig: { persistedDocuments: { hashAlgorithm: 'sha256' }, fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', Date: 'string', Decimal: 'string', JSONObject: 'Record<string, unknown>' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
