import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ErrorCode, ErrorResult } from '../../common/errors/error-result';

export { AlreadyExistsError, SelfChangeError, InvalidTokenError } from '../identity/identity.errors';

@ObjectType({ implements: () => ErrorResult })
export class LastDirectorError extends ErrorResult {
  constructor() {
    super(ErrorCode.LAST_DIRECTOR, 'The company must keep at least one active director');
  }
}

@ObjectType({ implements: () => ErrorResult })
export class AlreadyMemberError extends ErrorResult {
  @Field(() => ID)
  userId: string;

  constructor(userId: string, inactive: boolean) {
    super(
      ErrorCode.ALREADY_MEMBER,
      inactive
        ? 'This person is already a user of the company but deactivated: reactivate him instead'
        : 'This person is already a user of the company',
    );
    this.userId = userId;
  }
}

@ObjectType({ implements: () => ErrorResult })
export class DuplicateRegistrationError extends ErrorResult {
  constructor() {
    super(
      ErrorCode.DUPLICATE_REGISTRATION,
      'A request for this INN and e-mail is already being processed; check the status link in your e-mail',
    );
  }
}

@ObjectType({ implements: () => ErrorResult })
export class NoMatchingContractError extends ErrorResult {
  constructor() {
    super(
      ErrorCode.NO_MATCHING_CONTRACT,
      'We found no contract with this number for this INN; check both or use the full registration form',
    );
  }
}

@ObjectType({ implements: () => ErrorResult })
export class AlreadyDecidedError extends ErrorResult {
  constructor(status: string) {
    super(ErrorCode.ALREADY_DECIDED, `This request cannot be decided now: it is ${status}`);
  }
}

@ObjectType({ implements: () => ErrorResult })
export class InUseError extends ErrorResult {
  constructor(message: string) {
    super(ErrorCode.IN_USE, message);
  }
}

@ObjectType({ implements: () => ErrorResult })
export class NotActiveError extends ErrorResult {
  constructor(message: string) {
    super(ErrorCode.NOT_ACTIVE, message);
  }
}
