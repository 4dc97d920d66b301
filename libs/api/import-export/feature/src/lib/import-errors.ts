import { GraphQLError } from 'graphql';
import { ImportNeedsTooMuchMemory } from '@waymark/api/import-export/data-access';
import { PersonRateLimited, WorkerQueueFull } from '@waymark/api/reporting/data-access';
import { badInput, ErrorCode } from '@waymark/api/shared/util';

/**
 * The GraphQL answer for the refusals of the import path that are not the file's content: too many requests
 * (TOO_MANY_REQUESTS), the import workers busy (SERVICE_UNAVAILABLE), both with `retryAfterSeconds`; a file that
 * needs more memory than the worker may use (BAD_USER_INPUT on the upload). Anything else is passed on unchanged.
 */
export function importErrorAnswer(error: unknown): unknown {
  if (error instanceof PersonRateLimited) {
    return new GraphQLError(error.message, {
      extensions: { code: ErrorCode.TooManyRequests, retryAfterSeconds: error.retryAfterSeconds },
    });
  }
  if (error instanceof WorkerQueueFull) {
    return new GraphQLError(error.message, {
      extensions: { code: ErrorCode.ServiceUnavailable, retryAfterSeconds: error.retryAfterSeconds },
    });
  }
  if (error instanceof ImportNeedsTooMuchMemory) return badInput([{ field: 'input.uploadId', message: error.message }]);
  return error;
}
