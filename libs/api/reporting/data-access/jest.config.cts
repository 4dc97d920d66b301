module.exports = {
  displayName: 'api-reporting-data-access',
  preset: '../../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  testTimeout: 60000,
  coverageDirectory: '../../../../coverage/libs/api/reporting/data-access',
};
