import { inspect } from 'node:util';

/** A thrown value as text for a log line or message: an Error's message, a string as is, anything else inspected. */
export function causeText(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  return typeof cause === 'string' ? cause : inspect(cause);
}

/** A callback's error argument as an Error to reject with (Node callbacks may pass anything). */
export function asError(cause: unknown): Error {
  return cause instanceof Error ? cause : new Error(causeText(cause), { cause });
}
