/** Jest for `npm run test:load`: 2,000 posts under load, and outages of DynamoDB and the JWKS. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/load'],
  testMatch: ['<rootDir>/test/load/**/*.load.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 120000,
};
