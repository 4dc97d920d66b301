module.exports = {
  // `npm run test:pages`: page layout of the large (600-action) report, too slow for `npm test` on two cores.
  displayName: 'api-reporting-data-access-pages',
  testMatch: ['**/*.pages-spec.ts'],
  preset: '../../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  testTimeout: 900000,
  coverageDirectory: '../../../../coverage/libs/api/reporting/data-access',
};
