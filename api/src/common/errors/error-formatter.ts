import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { DomainError } from './domain-errors';

const logger = new Logger('GraphQL');

const HTTP_CODES: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_USER_INPUT',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
};

/** Codes Apollo itself produces for malformed requests; they pass through unchanged. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
]);

function unwrap(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current instanceof GraphQLError && current.originalError; i++) {
    current = current.originalError;
  }
  return current;
}

/**
 * The one place that turns errors into what clients see. Known errors keep their message and get
 * a stable `extensions.code`; anything unexpected is logged and reported without internals.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()] ?? 'INTERNAL_SERVER_ERROR';
    return { ...base, message: original.message, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  if (!(original instanceof GraphQLError) || original.originalError) {
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  } else if (!original.path) {
    // A GraphQLError raised during parsing/validation without a code: a client mistake.
    return { ...base, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  } else if (original.extensions?.code === 'BAD_USER_INPUT') {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
