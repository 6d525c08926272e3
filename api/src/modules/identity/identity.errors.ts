import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ErrorCode, ErrorResult } from '../../common/errors/error-result';

export enum TokenProblem {
  UNKNOWN = 'UNKNOWN',
  EXPIRED = 'EXPIRED',
  USED = 'USED',
}
registerEnumType(TokenProblem, { name: 'TokenProblem', description: 'Why a link or ticket did not work.' });

@ObjectType({ implements: () => ErrorResult })
export class InvalidTokenError extends ErrorResult {
  @Field(() => TokenProblem)
  reason: TokenProblem;

  constructor(reason: TokenProblem) {
    super(
      ErrorCode.INVALID_TOKEN,
      {
        [TokenProblem.UNKNOWN]: 'This link is not valid',
        [TokenProblem.EXPIRED]: 'This link has expired; ask for a new one',
        [TokenProblem.USED]: 'This link has already been used',
      }[reason],
    );
    this.reason = reason;
  }
}

@ObjectType({ implements: () => ErrorResult })
export class CompanyBlockedError extends ErrorResult {
  constructor() {
    super(ErrorCode.COMPANY_BLOCKED, 'Your company’s account is blocked; please contact your manager');
  }
}

@ObjectType({ implements: () => ErrorResult })
export class CompanyPendingError extends ErrorResult {
  constructor() {
    super(ErrorCode.COMPANY_PENDING, 'Your company’s account is not active yet; please contact your manager');
  }
}

@ObjectType({ implements: () => ErrorResult })
export class AlreadyExistsError extends ErrorResult {
  @Field({ description: 'The input field that collides, e.g. `input.email`.' })
  field: string;

  constructor(field: string, message: string) {
    super(ErrorCode.ALREADY_EXISTS, message);
    this.field = field;
  }
}

@ObjectType({ implements: () => ErrorResult })
export class SelfChangeError extends ErrorResult {
  constructor(message = 'You cannot change your own access') {
    super(ErrorCode.SELF_CHANGE, message);
  }
}
