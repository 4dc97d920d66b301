export type CliArgs = Record<string, string | true>;

/** `--key value` pairs and bare `--flag`s, as the import, backup and restore commands take them. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (!key.startsWith('--')) throw new Error(`Unexpected argument "${key}"`);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) args[key.slice(2)] = true;
    else {
      args[key.slice(2)] = next;
      i++;
    }
  }
  return args;
}

export function textArg(args: CliArgs, key: string): string | null {
  const value = args[key];
  return typeof value === 'string' ? value : null;
}
