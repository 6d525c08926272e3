import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NotFoundError, resultUnion } from '../../common/errors/error-result';
import {
  AlreadyExistsError,
  AlreadyMemberError,
  InUseError,
  LastDirectorError,
  NotActiveError,
  SelfChangeError,
} from './companies.errors';
import {
  ClientCompanyType,
  ClientContractType,
  ClientLegalEntityType,
  CompanyUserType,
  ContractorGroupType,
} from './companies.types';

@ObjectType('Deleted')
export class DeletedType {
  @Field(() => ID)
  id: string;
}

export const InviteCompanyUserResult = resultUnion('InviteCompanyUserResult', CompanyUserType, [AlreadyMemberError]);
export const ChangeCompanyUserResult = resultUnion('ChangeCompanyUserResult', CompanyUserType, [
  NotFoundError,
  SelfChangeError,
  LastDirectorError,
]);
export const SetCompanyUserLimitsResult = resultUnion('SetCompanyUserLimitsResult', CompanyUserType, [NotFoundError]);
export const CompanyResult = resultUnion('CompanyResult', ClientCompanyType, [AlreadyExistsError]);
export const LegalEntityResult = resultUnion('LegalEntityResult', ClientLegalEntityType, [AlreadyExistsError]);
export const ContractResult = resultUnion('ContractResult', ClientContractType, [AlreadyExistsError]);
export const DeleteLegalEntityResult = resultUnion('DeleteLegalEntityResult', DeletedType, [InUseError]);
export const ContractorGroupResult = resultUnion('ContractorGroupResult', ContractorGroupType, [AlreadyExistsError]);
export { NotActiveError };
