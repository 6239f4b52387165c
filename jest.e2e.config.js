/** Jest for `npm run test:e2e`: a real Chromium against `npm start`'s stack, one file at a time. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  maxWorkers: 1,
  testTimeout: 60000,
};
