/** One suite: on the embedded Postgres by default, on a real server when DATABASE_URL is set. */
module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  // The swagger plugin documents DTOs in tests as `nest build` does (see test/support/swagger-plugin.js).
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', astTransformers: { before: ['<rootDir>/test/support/swagger-plugin.js'] } }],
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
};
