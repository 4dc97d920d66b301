/** One `node main.js <name> …` sub-command: returns the process exit code. */
export interface Command {
  readonly usage: string;
  readonly summary: string;
  run(argv: readonly string[]): Promise<number>;
}

export type CommandTable = Readonly<Record<string, Command>>;
