// Registers the tsconfig.base.json path aliases relative to the repository root (tsconfig-paths would
// otherwise resolve them against the app's own tsconfig directory, since the workspace sets no baseUrl).
const { join } = require('node:path');
const { readFileSync } = require('node:fs');
const root = join(__dirname, '..', '..');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
