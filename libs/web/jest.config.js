/**
 * The screens' logic that needs no browser (the browser tests in apps/e2e
 * drive the screens themselves): plain unit tests in Node, with the little
 * of a browser that the texts' setup reads (jest.setup.js).
 */
module.exports = {
  displayName: 'web',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  setupFiles: ['<rootDir>/jest.setup.js'],
  moduleNameMapper: { '^@dengon/domain$': '<rootDir>/../domain/src/index.ts' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
};
