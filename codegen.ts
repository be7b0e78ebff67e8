import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the React apps, generated from the committed API schema.
// The output is committed; CI regenerates it and fails on a diff, so no
// formatter hook runs here (the folder is in .prettierignore).
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: [
    'libs/web/src/**/*.{ts,tsx}',
    'apps/{operator-console,client-portal}/src/**/*.{ts,tsx}',
    '!libs/web/src/gql/**',
  ],
  generates: {
    'libs/web/src/gql/': {
      preset: 'client',
      // Masking would force a getFragmentData() call to read the shared user fragment.
      presetConfig: { fragmentMasking: false },
      // Enums as string-literal unions (`enumsAsTypes` is not forwarded by this preset version).
      config: {
        enumType: 'string-literal',
        useTypeImports: true,
        // DateTime arrives as an ISO string; JSON objects as plain objects.
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
