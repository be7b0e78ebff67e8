const { readFileSync } = require('node:fs');
const { join } = require('node:path');

// The same compiler settings as the build, so tests run what ships. swc also
// rewrites @dengon/* imports, which the global setup needs (it has no moduleNameMapper).
const swc = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8'));
delete swc.$schema;
swc.jsc.baseUrl = join(__dirname, '../..');

/**
 * API tests: unit specs beside the code and integration specs that go
 * through GraphQL against a real PostgreSQL (one server per run, one
 * database per test file cloned from a migrated template).
 */
module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }],
    // ESM-only packages (otplib's Base32 and HMAC) that Node 20 requires natively and jest does not.
    '^.+/node_modules/@(scure|noble)/.+\\.js$': ['@swc/jest', { ...swc, swcrc: false }],
  },
  transformIgnorePatterns: ['^(?!.*/node_modules/@(scure|noble)/).*/node_modules/'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
};
