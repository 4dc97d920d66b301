// Rewrites the configuration table in docs/deployment.md from the declared variables (npm run config:docs).
import { readFileSync, writeFileSync } from 'node:fs';
import { CONFIG_TABLE_END, CONFIG_TABLE_START, configTableMarkdown } from '@waymark/api/shared/config';

const file = 'docs/deployment.md';
const docs = readFileSync(file, 'utf8');
const start = docs.indexOf(CONFIG_TABLE_START);
const end = docs.indexOf(CONFIG_TABLE_END);
if (start < 0 || end < 0) throw new Error(`${file} has no ${CONFIG_TABLE_START} … ${CONFIG_TABLE_END} section`);
writeFileSync(file, docs.slice(0, start) + configTableMarkdown() + docs.slice(end + CONFIG_TABLE_END.length));
console.log(`Updated the configuration table in ${file}.`);
