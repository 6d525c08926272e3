import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import { DomainError } from './domain-errors';

/**
 * GraphQL errors go straight to Apollo, where formatGraphQLError decides what the client sees and
 * logs what is unexpected (Nest would otherwise log every UNAUTHENTICATED as an error). HTTP routes
 * keep Nest's handling, with domain errors mapped to their status codes.
 */
@Catch()
export class ErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') {
      GqlArgumentsHost.create(host);
      return exception;
    }
    if (exception instanceof DomainError) {
      const status = {
        BAD_USER_INPUT: 400,
        UNAUTHENTICATED: 401,
        FORBIDDEN: 403,
        NOT_FOUND: 404,
        CONFLICT: 409,
        QUERY_TOO_COMPLEX: 400,
        PAYLOAD_TOO_LARGE: 413,
      }[exception.code];
      return super.catch(
        new HttpException({ code: exception.code, message: exception.message, ...exception.details }, status),
        host,
      );
    }
    return super.catch(exception, host);
  }
}
