/**
 * Jest for `npm run test:ddb-local`: the comments, boards and storage integration tests and the load
 * test's correctness part against AWS's DynamoDB Local (Java) instead of dynalite, to catch where
 * dynalite is lenient.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: [
    '<rootDir>/test/integration/comments/**/*.test.ts',
    '<rootDir>/test/integration/boards/**/*.test.ts',
    '<rootDir>/test/integration/storage/**/*.test.ts',
    '<rootDir>/test/ddb-local/**/*.test.ts',
  ],
  transform: { '^.+\\.ts$': 'ts-jest' },
  globalSetup: '<rootDir>/test/helpers/global-setup-ddb-local.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60000,
};
