import { GraphQLError } from 'graphql';
import { PersonRateLimited, RendererUnavailableError, WorkerQueueFull } from '@waymark/api/reporting/data-access';
import { ReportOptionError } from '@waymark/shared/report-model';

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

export interface ReportErrorResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: { readonly error: string; readonly message: string; readonly field?: string };
}

/** The HTTP answer of a download that failed in a way the person can act on; null for anything else (a 500). */
export function reportErrorResponse(error: unknown): ReportErrorResponse | null {
  if (error instanceof ReportOptionError)
    return { status: 400, headers: {}, body: { error: 'BAD_USER_INPUT', field: error.field, message: error.message } };
  if (error instanceof PersonRateLimited) {
    return {
      status: 429,
      headers: { 'Retry-After': String(error.retryAfterSeconds) },
      body: { error: 'TOO_MANY_REQUESTS', message: error.message },
    };
  }
  if (error instanceof WorkerQueueFull) {
    return {
      status: 503,
      headers: { 'Retry-After': String(error.retryAfterSeconds) },
      body: { error: 'SERVICE_UNAVAILABLE', message: error.message },
    };
  }
  if (error instanceof RendererUnavailableError)
    return { status: 503, headers: {}, body: { error: 'RENDERER_UNAVAILABLE', message: error.message } };
  const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
  if (typeof code === 'string' && error instanceof GraphQLError && STATUS_BY_CODE[code]) {
    return { status: STATUS_BY_CODE[code], headers: {}, body: { error: code, message: error.message } };
  }
  return null;
}
