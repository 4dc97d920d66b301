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
};
