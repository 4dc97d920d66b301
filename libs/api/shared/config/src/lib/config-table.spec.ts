import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_TABLE_END, CONFIG_TABLE_START, configTableMarkdown } from './config-table';

describe('the configuration table in docs/deployment.md', () => {
  const docs = readFileSync(join(__dirname, '../../../../../../docs/deployment.md'), 'utf8');

  it('is the one generated from the variables (run `npm run config:docs` after changing them)', () => {
    const start = docs.indexOf(CONFIG_TABLE_START);
    const end = docs.indexOf(CONFIG_TABLE_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(docs.slice(start, end + CONFIG_TABLE_END.length)).toBe(configTableMarkdown());
  });
});
