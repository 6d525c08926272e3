import { Field, Int, InterfaceType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { createUnionType } from '@nestjs/graphql';

/** Codes of expected business failures returned as union members (never thrown). */
export enum ErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  NOT_FOUND = 'NOT_FOUND',
  COMPANY_BLOCKED = 'COMPANY_BLOCKED',
  COMPANY_PENDING = 'COMPANY_PENDING',
  INVALID_TOKEN = 'INVALID_TOKEN',
  DUPLICATE_REGISTRATION = 'DUPLICATE_REGISTRATION',
  NO_MATCHING_CONTRACT = 'NO_MATCHING_CONTRACT',
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  LAST_DIRECTOR = 'LAST_DIRECTOR',
  SELF_CHANGE = 'SELF_CHANGE',
  IN_USE = 'IN_USE',
  NOT_ACTIVE = 'NOT_ACTIVE',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  QUANTITY_NOT_ALLOWED = 'QUANTITY_NOT_ALLOWED',
  RESERVATION_NOT_ACTIVE = 'RESERVATION_NOT_ACTIVE',
  CART_EMPTY = 'CART_EMPTY',
  CART_INVALID = 'CART_INVALID',
  CHECKOUT_REFUSED = 'CHECKOUT_REFUSED',
  STATUS_CHANGE_REFUSED = 'STATUS_CHANGE_REFUSED',
}
registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'Codes of expected business failures.' });

@InterfaceType('ErrorResult', {
  description: 'An expected business failure. Every union result has members that implement this.',
})
export abstract class ErrorResult {
  @Field(() => ErrorCode)
  errorCode: ErrorCode;

  @Field()
  message: string;

  constructor(errorCode: ErrorCode, message: string) {
    this.errorCode = errorCode;
    this.message = message;
  }
}

@ObjectType({ implements: () => ErrorResult })
export class InvalidCredentialsError extends ErrorResult {
  constructor() {
    super(ErrorCode.INVALID_CREDENTIALS, 'E-mail or password is incorrect');
  }
}

@ObjectType({ implements: () => ErrorResult })
export class TooManyAttemptsError extends ErrorResult {
  @Field(() => Int)
  retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super(ErrorCode.TOO_MANY_ATTEMPTS, `Too many failed attempts; try again in ${retryAfterSeconds} s`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

@ObjectType({ implements: () => ErrorResult })
export class InvalidRefreshTokenError extends ErrorResult {
  constructor() {
    super(ErrorCode.INVALID_REFRESH_TOKEN, 'The session has ended; please log in again');
  }
}

@ObjectType({ implements: () => ErrorResult })
export class NotFoundError extends ErrorResult {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} was not found`);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctor = new (...args: any[]) => object;

/**
 * A result union: one success type plus ErrorResult members. Error members are recognised by
 * their class; anything else is the success type, so services can return plain objects.
 */
export function resultUnion<S extends Ctor, E extends Ctor[]>(name: string, success: S, errors: [...E]) {
  return createUnionType({
    name,
    types: () => [success, ...errors] as const,
    resolveType(value: object) {
      if (value instanceof ErrorResult) return value.constructor as Ctor;
      return success;
    },
  });
}
