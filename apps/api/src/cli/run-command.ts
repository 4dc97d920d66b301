import type { CommandTable } from './command';

export interface CommandOutput {
  log(line: string): void;
  error(line: string): void;
}

export function usage(commands: CommandTable): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return [
    'Usage: node main.js [command]',
    'With no command, starts the Waymark server. Commands use DATABASE_URL (or the embedded PostgreSQL in WAYMARK_DATA_DIR):',
    ...lines,
  ].join('\n');
}

/** Runs one sub-command and gives the exit code: 2 for an unknown command, 1 when it throws. */
export async function runCommand(
  commands: CommandTable,
  name: string,
  argv: readonly string[],
  output: CommandOutput = console,
): Promise<number> {
  if (name === 'help' || name === '--help' || name === '-h') {
    output.log(usage(commands));
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    output.error(`Unknown command "${name}".\n${usage(commands)}`);
    return 2;
  }
  try {
    return await command.run(argv);
  } catch (error) {
    output.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
