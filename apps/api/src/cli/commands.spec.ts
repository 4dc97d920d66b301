import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from './commands';

describe('COMMANDS', () => {
  it('has a command for each CLI npm script, so the workspace and the artefact run the same code', () => {
    const scripts = (
      JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    const viaMain = Object.values(scripts)
      .map((s) => /apps\/api\/src\/main\.ts (\S+)$/.exec(s)?.[1])
      .filter((name): name is string => name !== undefined);
    expect(viaMain.sort()).toEqual([
      'admin:create',
      'backup',
      'demo:load',
      'import',
      'jobs',
      'migrate',
      'report',
      'restore',
    ]);
    for (const name of viaMain) expect(Object.keys(COMMANDS)).toContain(name);
  });
});
