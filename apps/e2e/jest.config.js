const { join } = require('node:path');

/**
 * Browser tests: the built Dengon (`npm start`'s own entry point) on a
 * throwaway embedded database, driven through Debian chromium by playwright-core.
 */
module.exports = {
  displayName: 'e2e',
  testEnvironment: '<rootDir>/src/environment.ts',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  // otplib's Base32 and HMAC are ESM only: compiled for jest, as Node 20 requires them natively.
  transformIgnorePatterns: ['^(?!.*/node_modules/@(scure|noble)/).*/node_modules/'],
  transform: {
    '^.+/node_modules/@(scure|noble)/.+\\.js$': [
      '@swc/jest',
      { jsc: { target: 'es2022' }, module: { type: 'commonjs' } },
    ],
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript' },
          target: 'es2022',
          baseUrl: join(__dirname, '../..'),
          paths: { '@dengon/test-doubles': ['libs/test-doubles/src/index.ts'] },
        },
      },
    ],
  },
  testTimeout: 60_000,
  maxWorkers: 1,
};
