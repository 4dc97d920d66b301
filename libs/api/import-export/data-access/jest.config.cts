module.exports = {
  displayName: 'api-import-export-data-access',
  preset: '../../../../jest.preset.js',
  testEnvironment: 'node',
  globalSetup: '<rootDir>/../../../../tools/testing/postgres-global-setup.mjs',
  globalTeardown: '<rootDir>/../../../../tools/testing/postgres-global-teardown.mjs',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../../coverage/libs/api/import-export/data-access',
  testTimeout: 60000,
};
