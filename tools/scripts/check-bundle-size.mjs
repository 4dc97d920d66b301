// Enforces the product's initial-JavaScript budget in gzip bytes (Angular's own budgets only measure raw size).
import { fileSizes, initialScriptFiles, kilobytes } from './initial-scripts.mjs';

const BUDGET_GZIP_BYTES = 300 * 1024;
const root = process.argv[2] ?? 'dist/apps/web/browser';
const files = initialScriptFiles(root);
if (files.length === 0) {
  console.error(`No initial scripts found in ${root}/index.html: build the web app first (npx nx build web).`);
  process.exit(1);
}
let raw = 0;
let gzip = 0;
for (const file of files) {
  const sizes = fileSizes(root, file);
  raw += sizes.raw;
  gzip += sizes.gzip;
}
console.log(
  `Initial JavaScript: ${kilobytes(raw)} raw, ${kilobytes(gzip)} gzip (budget ${kilobytes(BUDGET_GZIP_BYTES)} gzip), ${files.length} files.`,
);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error('Initial JavaScript is over its gzip budget.');
  process.exit(1);
}
