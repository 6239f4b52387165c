/** Jest: unit tests need nothing; integration tests share one embedded DynamoDB and Cognito. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/integration/**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  // Integration tests' /api responses are checked against the OpenAPI document (unit tests send none).
  setupFilesAfterEnv: ['<rootDir>/test/helpers/contract-setup.ts'],
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown-contract.ts',
  testTimeout: 30000,
};
