module.exports = {
  displayName: 'api-import-export-feature',
  preset: '../../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  passWithNoTests: true, // API behaviour is tested end to end in apps/api/src/import-export
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../../coverage/libs/api/import-export/feature',
};
