/**
 * Thrown errors (as opposed to ErrorResult union members) for everything that is not an expected
 * business outcome. The global formatter maps `code` to `extensions.code`.
 */
export type ErrorCategory =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'QUERY_TOO_COMPLEX'
  | 'PAYLOAD_TOO_LARGE';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCategory,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input from the client; `field` is the dotted path of the offending argument, e.g. `input.email`. */
export class UserInputError extends DomainError {
  constructor(
    readonly field: string,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super('BAD_USER_INPUT', message, { field, ...details });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

export class EntityNotFoundError extends DomainError {
  constructor(entity: string, id?: string) {
    super('NOT_FOUND', id ? `${entity} ${id} was not found` : `${entity} was not found`, { entity });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}
