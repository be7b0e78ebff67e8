import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the React libraries, generated from the committed API schema.
// Each library gets its own `graphql()` and document map, so an app's bundle
// carries only the operations of the libraries it imports: the portal none of
// the console's (tools/bundle-budgets.mjs checks it). The console and portal
// libraries also read the shared library's documents, for the fragments they
// spread. The output is committed; CI regenerates it and fails on a diff, so
// no formatter hook runs here (the folders are in .prettierignore).
const documentsOf = (library: string) => [
  `libs/${library}/src/**/*.{ts,tsx}`,
  `!libs/${library}/src/gql/**`,
];

const client = (documents: string[]) => ({
  preset: 'client' as const,
  documents,
  // Masking would force a getFragmentData() call to read the shared user fragment.
  presetConfig: { fragmentMasking: false },
  // Enums as string-literal unions (`enumsAsTypes` is not forwarded by this preset version).
  config: {
    enumType: 'string-literal',
    useTypeImports: true,
    // DateTime arrives as an ISO string; JSON objects as plain objects.
    scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
  },
});

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  generates: {
    'libs/web/src/gql/': client(documentsOf('web')),
    'libs/web-console/src/gql/': client([
      ...documentsOf('web-console'),
      'libs/web/src/**/documents.ts',
    ]),
    'libs/web-portal/src/gql/': client([
      ...documentsOf('web-portal'),
      'libs/web/src/**/documents.ts',
    ]),
  },
};

export default config;
