import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GraphQLError } from 'graphql';
import { databaseErrorAnswer, sqlState } from './database-error-answer';
import { internalError } from './errors';
import { GraphQLErrorFilter } from './graphql-error.filter';

const log = new Logger('Errors');
const deliberate = new GraphQLErrorFilter();

/**
 * Everything that is not a deliberate answer (GraphQLError, HttpException) reaches clients as a stable message and
 * code: database errors as SERVICE_UNAVAILABLE, BAD_USER_INPUT or CONFLICT, anything else as INTERNAL_SERVER_ERROR.
 * The details (never the query's parameters) go to the log only. Registered with APP_FILTER.
 */
@Catch()
export class UnexpectedErrorFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (exception instanceof GraphQLError) return deliberate.catch(exception, host);
    if (exception instanceof HttpException) {
      if (host.getType<string>() === 'graphql') throw exception;
      return super.catch(exception, host);
    }
    const refused = clientErrorFromMiddleware(exception);
    if (refused) return super.catch(refused, host);
    const answer = databaseErrorAnswer(exception) ?? internalError();
    logDetails(exception, String(answer.extensions['code']));
    if (host.getType<string>() === 'graphql') return answer;
    return deliberate.catch(answer, host);
  }
}

/**
 * Express middleware (body-parser) refuses requests with http-errors such as 413 "request entity too large": their
 * status and message are meant for the client (`expose`), so they keep them rather than becoming a 500.
 */
function clientErrorFromMiddleware(exception: unknown): HttpException | null {
  if (!(exception instanceof Error)) return null;
  const { status, expose } = exception as Error & { status?: unknown; expose?: unknown };
  if (expose !== true || typeof status !== 'number' || status < 400 || status > 499) return null;
  return new HttpException(exception.message, status);
}

function logDetails(exception: unknown, answeredWith: string): void {
  const error = exception instanceof Error ? exception : new Error(String(exception));
  const details = { answeredWith, name: error.name, sqlState: sqlState(exception), message: error.message };
  if (answeredWith === 'INTERNAL_SERVER_ERROR') log.error(details, error.stack);
  else log.warn(details);
}
