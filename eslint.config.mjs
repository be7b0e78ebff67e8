import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import featureBoundaries from './tools/eslint/feature-boundaries.cjs';

/** apps/api/src: the kernel every capability builds on, and the capabilities. */
const API_KERNEL = ['common', 'config', 'database', 'events', 'jobs', 'storage', 'audit', 'pdf'];
const API_FEATURES = [
  'acd',
  'auth',
  'billing',
  'callers',
  'calls',
  'clients',
  'contracts',
  'delivery',
  'dispatch',
  'faq',
  'health',
  'inbound',
  'numbers',
  'plans',
  'reports',
  'scripts',
  'telephony',
  'users',
  'voice',
];

const NO_TEST_DOUBLES = {
  name: '@dengon/test-doubles',
  message: 'Test doubles are for tests only.',
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'var/**', '.nx/**', 'libs/*/src/gql/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            // Front ends never import API code; the API never imports React code.
            {
              sourceTag: 'scope:frontend',
              onlyDependOnLibsWithTags: ['scope:frontend', 'scope:shared'],
            },
            {
              sourceTag: 'scope:backend',
              onlyDependOnLibsWithTags: ['scope:backend', 'scope:shared', 'scope:test'],
            },
            // Test doubles stand alone (the API's shipped code may not import them: below);
            // the browser tests drive the built apps from outside and use only them.
            { sourceTag: 'scope:test', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:test'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // Screens by audience: the portal's code never imports the console's, nor the
            // reverse; what both show lives in the shared web library.
            {
              sourceTag: 'audience:shared',
              onlyDependOnLibsWithTags: ['audience:shared', 'scope:shared'],
            },
            {
              sourceTag: 'audience:console',
              onlyDependOnLibsWithTags: ['audience:shared', 'audience:console', 'scope:shared'],
            },
            {
              sourceTag: 'audience:portal',
              onlyDependOnLibsWithTags: ['audience:shared', 'audience:portal', 'scope:shared'],
            },
            // The business rules stay pure: no framework, no I/O.
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: [
                '@nestjs/*',
                'typeorm',
                'pg',
                'express',
                'react',
                'react-dom',
                '@apollo/*',
                '@mantine/*',
                'graphql',
                'node:*',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    // Shipped API code never imports test doubles (the kernel's rule below repeats it).
    files: ['apps/api/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_TEST_DOUBLES],
        },
      ],
    },
  },
  {
    // The API's kernel (database and tenant context, events, jobs, config, audit,
    // storage, PDF) sits below the business capabilities and imports none of them;
    // the composition root (app.module, entities, web/) wires them together.
    files: [`apps/api/src/{${API_KERNEL.join(',')}}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_TEST_DOUBLES],
          patterns: [
            {
              group: API_FEATURES.map((feature) => `../${feature}/*`),
              message: 'The kernel imports no feature: pass what it needs in, or emit an event.',
            },
            {
              group: ['../app*', '../entities', '../data-source', '../web/*', '../demo/*'],
              message: 'The kernel does not import the composition root.',
            },
          ],
        },
      ],
    },
  },
  {
    // A capability uses another only through what that one's index.ts lists (docs/architecture.md).
    files: [`apps/api/src/{${API_FEATURES.join(',')}}/**/*.ts`],
    plugins: { dengon: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: {
      'dengon/feature-boundaries': [
        'error',
        { root: `${import.meta.dirname}/apps/api/src`, features: API_FEATURES },
      ],
    },
  },
  {
    // Tests poke at untyped JSON answers on purpose.
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: [
      'apps/operator-console/**/*.{ts,tsx}',
      'apps/client-portal/**/*.{ts,tsx}',
      'libs/web/**/*.{ts,tsx}',
    ],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
