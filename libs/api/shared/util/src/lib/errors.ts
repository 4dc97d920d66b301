import { GraphQLError } from 'graphql';

export interface FieldProblem {
  /** Input path, e.g. "input.dueOn". */
  readonly field: string;
  readonly message: string;
}

/** Stable error codes clients can branch on. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Forbidden: 'FORBIDDEN',
  Unauthenticated: 'UNAUTHENTICATED',
  TooManyRequests: 'TOO_MANY_REQUESTS',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
} as const;

export function badInput(problems: readonly FieldProblem[]): GraphQLError {
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new GraphQLError(`Invalid input. ${summary}`, {
    extensions: { code: ErrorCode.BadUserInput, fields: problems },
  });
}

export function notFound(entity: string, id: string): GraphQLError {
  return new GraphQLError(`${entity} ${id} was not found.`, { extensions: { code: ErrorCode.NotFound, entity, id } });
}

/** A stale write: the client saw `expectedVersion`, the record is now at `currentVersion`. */
export function conflict(
  entity: string,
  id: string,
  expectedVersion: number,
  current: Record<string, unknown> | null,
): GraphQLError {
  return new GraphQLError(
    `${entity} ${id} was changed by someone else since you loaded it (you had version ${expectedVersion}). Reload to see their change; nothing was overwritten.`,
    { extensions: { code: ErrorCode.Conflict, entity, id, expectedVersion, current } },
  );
}

export function forbidden(reason: string): GraphQLError {
  return new GraphQLError(`Not allowed: ${reason}`, { extensions: { code: ErrorCode.Forbidden } });
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in to continue.', { extensions: { code: ErrorCode.Unauthenticated } });
}

/** The database did not answer in time (or at all): nothing was changed, the same request may succeed later. */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('The service is temporarily unavailable. Nothing was changed; try again in a moment.', {
    extensions: { code: ErrorCode.ServiceUnavailable },
  });
}

/** A fault on our side: the stable message clients see while the details go to the log only. */
export function internalError(): GraphQLError {
  return new GraphQLError(
    'Something went wrong on our side. Nothing was changed; try again, and tell your administrator if it keeps happening.',
    {
      extensions: { code: ErrorCode.InternalServerError },
    },
  );
}

/**
 * The one answer for an e-mail address that cannot be given to a person. Addresses are unique across the
 * installation (they sign people in), and saying that another partnership has it would tell that the address exists.
 */
export function emailCannotBeUsed(field = 'input.email'): GraphQLError {
  return badInput([
    {
      field,
      message:
        'This email address cannot be used. If the person is already in your partnership, find them under People; otherwise use another address.',
    },
  ]);
}
