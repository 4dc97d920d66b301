module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  globalSetup: '<rootDir>/../../tools/testing/postgres-global-setup.mjs',
  globalTeardown: '<rootDir>/../../tools/testing/postgres-global-teardown.mjs',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  // openid-client, pg-boss and their dependencies are ESM-only: compiled to CommonJS for jest (Node 24 loads them natively).
  transformIgnorePatterns: [
    '/node_modules/(?!(openid-client|oauth4webapi|jose|pg-boss|rrule-temporal|serialize-error|non-error)/)',
  ],
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/api',
  testTimeout: 30000,
  // Each test file has its own database, so files can run side by side; jest's default on 2 cores is one worker,
  // which leaves a core idle while a file waits on PostgreSQL (progress + structure: 52–60 s on one, 33 s on two).
  maxWorkers: 2,
};
