import type { CommandTable } from './command';
import { runCommand } from './run-command';

function recorder() {
  const lines = { log: [] as string[], error: [] as string[] };
  return { lines, output: { log: (l: string) => lines.log.push(l), error: (l: string) => lines.error.push(l) } };
}

const calls: Array<readonly string[]> = [];
const commands: CommandTable = {
  echo: {
    usage: 'echo [words]',
    summary: 'records its arguments',
    run: (argv) => (calls.push(argv), Promise.resolve(0)),
  },
  broken: { usage: 'broken', summary: 'throws', run: async () => Promise.reject(new Error('database unreachable')) },
  partial: { usage: 'partial', summary: 'returns 1', run: () => Promise.resolve(1) },
};

describe('runCommand', () => {
  beforeEach(() => (calls.length = 0));

  it('runs the named command with the remaining arguments and gives its exit code', async () => {
    const { output } = recorder();
    expect(await runCommand(commands, 'echo', ['--out', 'x.json'], output)).toBe(0);
    expect(calls).toEqual([['--out', 'x.json']]);
    expect(await runCommand(commands, 'partial', [], output)).toBe(1);
  });

  it('prints the usage of every command and exits 2 for an unknown command', async () => {
    const { lines, output } = recorder();
    expect(await runCommand(commands, 'mgirate', [], output)).toBe(2);
    expect(calls).toEqual([]);
    expect(lines.error.join('\n')).toMatch(
      /Unknown command "mgirate"[\s\S]*Usage: node main\.js[\s\S]*echo \[words\][\s\S]*broken/,
    );
  });

  it('does not treat inherited object keys as commands', async () => {
    const { output } = recorder();
    expect(await runCommand(commands, 'toString', [], output)).toBe(2);
  });

  it('exits 1 and names the command when it throws', async () => {
    const { lines, output } = recorder();
    expect(await runCommand(commands, 'broken', [], output)).toBe(1);
    expect(lines.error.join('\n')).toMatch(/^broken failed: Error: database unreachable/);
  });

  it('prints the usage on stdout and exits 0 for help', async () => {
    const { lines, output } = recorder();
    expect(await runCommand(commands, '--help', [], output)).toBe(0);
    expect(lines.log.join('\n')).toContain('partial');
  });
});
