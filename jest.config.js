/**
 * Two projects: `unit`, the pure specs beside the code (src/**\/*.spec.ts: no database set-up, runs in
 * seconds, `npm run test:unit`), and `e2e`, the suite under test/, on the embedded Postgres by default
 * or on a real server when DATABASE_URL is set. `npm test` runs both.
 */
// The swagger plugin documents DTOs in tests as `nest build` does (see test/support/swagger-plugin.js).
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', astTransformers: { before: ['<rootDir>/test/support/swagger-plugin.js'] } }],
};

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: '.',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.spec.ts'],
      transform,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: '.',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.spec.ts'],
      transform,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
