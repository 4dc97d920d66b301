const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // Report rendering and plan-import reading run in worker threads; their entries are emitted beside main.js
      // (see ReportWorkerPool, ImportWorkerPool). Absolute paths: Nx joins only './' entries to the project root and
      // resolves a '../../' entry against the workspace root, i.e. two folders above the clone.
      additionalEntryPoints: [
        {
          entryName: 'report-worker',
          entryPath: join(__dirname, '../../libs/api/reporting/data-access/src/lib/worker/report-worker.ts'),
        },
        {
          entryName: 'import-worker',
          entryPath: join(__dirname, '../../libs/api/import-export/data-access/src/lib/worker/import-worker.ts'),
        },
      ],
      tsConfig: './tsconfig.app.json',
      // The password policy reads its list of common passwords beside main.js.
      assets: [
        './src/assets',
        { input: 'libs/api/identity/data-access/src/lib/password', glob: 'common-passwords.txt', output: '.' },
      ],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      // The bundle requires tslib (importHelpers), which Nx's dependency graph does not list for this app.
      runtimeDependencies: ['tslib'],
      sourceMap: true,
    }),
  ],
};
