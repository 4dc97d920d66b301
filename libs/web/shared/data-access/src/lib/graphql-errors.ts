import { CombinedGraphQLErrors } from '@apollo/client';

/** One field problem from the API's BAD_USER_INPUT error, e.g. `{ field: 'input.narrative', message: 'is required.' }`. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** What a screen needs to know about a failed operation, whatever shape the error came in. */
export interface ApiProblem {
  readonly code: string;
  readonly message: string;
  readonly fields: readonly FieldProblem[];
  /** For CONFLICT: the record as it is now on the server (the other person's change). */
  readonly current: Record<string, unknown> | null;
}

export function describeError(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const extensions = (first.extensions ?? {}) as Record<string, unknown>;
    const fields = Array.isArray(extensions['fields']) ? (extensions['fields'] as FieldProblem[]) : [];
    const current = (extensions['current'] as Record<string, unknown> | undefined) ?? null;
    const code = typeof extensions['code'] === 'string' ? extensions['code'] : 'INTERNAL_SERVER_ERROR';
    return { code, message: first.message, fields, current };
  }
  const message = error instanceof Error ? error.message : 'Something went wrong. Try again.';
  return { code: 'NETWORK_ERROR', message, fields: [], current: null };
}

export function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
}

/** Strips the `input.` prefix the API uses, so `input.narrative` matches the form control `narrative`. */
export function fieldName(problem: FieldProblem): string {
  return problem.field.replace(/^input\./, '');
}
