import { GraphQLError } from 'graphql';
import { ErrorCode, serviceUnavailable } from './errors';

/** What PostgreSQL, node-postgres or TypeORM report, as far as classifying it needs. */
interface DatabaseErrorFields {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly constraint?: unknown;
  readonly driverError?: unknown;
  readonly cause?: unknown;
}

// Class 08 (connection exception), shutdown / cannot connect now, too many connections, statement timeout.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300|57014)$/;
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client was closed and is not queryable|Client has encountered a connection error|Connection ended/i;

/** The error and what it wraps (TypeORM's driverError, Error.cause), outermost first. */
function chain(error: unknown): DatabaseErrorFields[] {
  const found: DatabaseErrorFields[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && found.length < 5) {
    const fields: DatabaseErrorFields = current;
    found.push(fields);
    current = fields.driverError ?? fields.cause;
  }
  return found;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some((e) => {
    const code = typeof e.code === 'string' ? e.code : '';
    return (
      UNAVAILABLE_SQLSTATE.test(code) ||
      UNAVAILABLE_NODE_CODES.has(code) ||
      (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message))
    );
  });
}

/** The SQLSTATE of a PostgreSQL error anywhere in the chain, e.g. "23505". */
export function sqlState(error: unknown): string | undefined {
  for (const e of chain(error)) if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  return undefined;
}

/** The constraint a PostgreSQL error names, e.g. "person_email_unique". */
function constraintOf(error: unknown): string | undefined {
  for (const e of chain(error)) if (typeof e.constraint === 'string') return e.constraint;
  return undefined;
}

/** Unique indexes whose violation has a more useful message than the generic one. */
const UNIQUE_MESSAGES: ReadonlyMap<string, string> = new Map([
  [
    'strategy_title_per_partnership',
    'A strategy with this title already exists in your partnership (it may have been created at the same moment). Nothing was changed; import into that strategy, or choose another title.',
  ],
]);

/**
 * The answer clients get for a database error: a stable message and code, never PostgreSQL's text (which can
 * name tables, constraints and the values sent). Null when the error is not one we can describe safely.
 */
export function databaseErrorAnswer(error: unknown): GraphQLError | null {
  if (isDatabaseUnavailable(error)) return serviceUnavailable();
  switch (sqlState(error)) {
    case '22P02': // invalid_text_representation (e.g. not a uuid)
    case '22021': // character_not_in_repertoire (e.g. a NUL byte)
    case '22001': // string_data_right_truncation
    case '22003': // numeric_value_out_of_range
    case '22007': // invalid_datetime_format
    case '22008': // datetime_field_overflow
      return new GraphQLError('Invalid input. A value is not in the form expected.', {
        extensions: { code: ErrorCode.BadUserInput },
      });
    case '23505': // unique_violation
      return new GraphQLError(
        UNIQUE_MESSAGES.get(constraintOf(error) ?? '') ??
          'This conflicts with a record that already exists. Nothing was changed.',
        {
          extensions: { code: ErrorCode.Conflict },
        },
      );
    case '40001': // serialization_failure
    case '40P01': // deadlock_detected
      return new GraphQLError('Someone else changed this at the same moment. Nothing was changed; try again.', {
        extensions: { code: ErrorCode.Conflict },
      });
    default:
      return null;
  }
}
