// Enforces the product's initial-JavaScript budget in gzip bytes (Angular's own budgets only measure raw size).
// Initial JS = the scripts and module preloads index.html loads before any lazy route.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_BYTES = 300 * 1024;
const root = process.argv[2] ?? 'dist/apps/web/browser';
const html = readFileSync(join(root, 'index.html'), 'utf8');
const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
if (files.length === 0) {
  console.error(`No initial scripts found in ${root}/index.html: build the web app first (npx nx build web).`);
  process.exit(1);
}
let raw = 0;
let gzip = 0;
for (const file of new Set(files)) {
  const bytes = readFileSync(join(root, file));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`Initial JavaScript: ${kb(raw)} raw, ${kb(gzip)} gzip (budget ${kb(BUDGET_GZIP_BYTES)} gzip), ${files.length} files.`);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error('Initial JavaScript is over its gzip budget.');
  process.exit(1);
}
