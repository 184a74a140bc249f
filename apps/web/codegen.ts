import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the web app, generated from the committed API schema.
 * Paths are relative to the repository root, where `npm run codegen` runs.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Apollo Client returns null, never undefined, for absent fields.
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
