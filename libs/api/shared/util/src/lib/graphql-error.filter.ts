import { ArgumentsHost, Catch, HttpException, HttpStatus } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
  SERVICE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
};

/**
 * Our deliberate GraphQLErrors (badInput, forbidden, …) are answers, not crashes: hand them to Apollo
 * unchanged instead of letting Nest log them as unhandled exceptions; over plain HTTP map them to a status.
 */
@Catch(GraphQLError)
export class GraphQLErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return error;
    const code = typeof error.extensions['code'] === 'string' ? error.extensions['code'] : '';
    const status = HTTP_STATUS[code] ?? HttpStatus.INTERNAL_SERVER_ERROR;
    const res = host.switchToHttp().getResponse<Response>();
    res.status(status).json(new HttpException({ message: error.message, code }, status).getResponse());
    return undefined;
  }
}
