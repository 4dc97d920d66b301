import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the workspace root: `npx nx run web-shared-data-access:codegen`.
// CODEGEN_OUT lets `npm run codegen:check` generate into a temporary folder and compare.
const out = process.env['CODEGEN_OUT'] ?? 'libs/web/shared/data-access/src/lib/generated/';

const config: CodegenConfig = {
  schema: process.env['CODEGEN_SCHEMA'] ?? 'libs/shared/graphql-schema/schema.graphql',
  documents: ['libs/web/shared/data-access/src/lib/operations/**/*.ts'],
  ignoreNoDocuments: true,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
