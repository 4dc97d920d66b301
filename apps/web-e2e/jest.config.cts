// Real-browser journeys: builds are done by the Nx `e2e` target; globalSetup starts the built API
// (which serves the built web app) on a fresh embedded PostgreSQL with demo data.
module.exports = {
  displayName: 'web-e2e',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', isolatedModules: true }] },
  globalSetup: '<rootDir>/src/support/global-setup.mjs',
  globalTeardown: '<rootDir>/src/support/global-teardown.mjs',
  testTimeout: 120_000,
  maxWorkers: 1,
  forceExit: true,
};
