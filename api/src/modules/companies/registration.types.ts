import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Equals,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { BuyerRole } from '../../common/auth/permissions';
import { NotFoundError, resultUnion, TooManyAttemptsError } from '../../common/errors/error-result';
import type { Dec } from '../../common/money/decimal';
import { DecimalScalar } from '../../common/money/decimal.scalar';
import { PageType } from '../../common/pagination/pagination.types';
import { InvalidTokenError } from '../identity/identity.errors';
import { StaffUserType } from '../identity/identity.types';
import {
  AlreadyDecidedError,
  AlreadyExistsError,
  DuplicateRegistrationError,
  NoMatchingContractError,
} from './companies.errors';
import { LOCALES } from './companies.inputs';
import { PaymentTermsType } from './company.types';

export enum RegistrationKindType {
  FULL = 'FULL',
  SHORT = 'SHORT',
}
registerEnumType(RegistrationKindType, {
  name: 'RegistrationKind',
  description: 'FULL: a new client. SHORT: an existing offline client (INN + contract number) asking for access.',
});

export enum RegistrationStatusType {
  UNVERIFIED = 'UNVERIFIED',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(RegistrationStatusType, {
  name: 'RegistrationStatus',
  description: 'UNVERIFIED: e-mail not confirmed yet. PENDING: waiting for staff. APPROVED / REJECTED: decided.',
});

const NOT_EMPTY = { message: 'must not be empty' };
const CONSENT = { message: 'consent to the processing of personal data is required' };

@InputType()
export class FullRegistrationInput {
  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(300)
  companyName: string;

  @Field({ description: '10 digits (organisation) or 12 (sole proprietor); the checksum is verified.' })
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(12)
  inn: string;

  @Field(() => String, { nullable: true, description: 'Required with a 10-digit INN.' })
  @IsOptional()
  @MaxLength(9)
  kpp?: string | null;

  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  contactName: string;

  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @Matches(/^[+\d][\d\s()-]{5,39}$/, { message: 'must be a phone number' })
  phone: string;

  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  region: string;

  @Field({ description: 'Kind of business, e.g. retail shop, construction company, dealer.' })
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  businessKind: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;

  @Field({ description: 'Consent to the processing of personal data; must be true.' })
  @Equals(true, CONSENT)
  consent: boolean;

  @Field(() => String, { defaultValue: 'ru', description: 'Language of the e-mails: ru or en.' })
  @IsIn(LOCALES, { message: 'must be ru or en' })
  locale: string;
}

@InputType()
export class ShortRegistrationInput {
  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(12)
  inn: string;

  @Field({ description: 'The number of the paper contract with the seller.' })
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  contractNumber: string;

  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  contactName: string;

  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @Matches(/^[+\d][\d\s()-]{5,39}$/, { message: 'must be a phone number' })
  phone: string;

  @Field({ description: 'Consent to the processing of personal data; must be true.' })
  @Equals(true, CONSENT)
  consent: boolean;

  @Field(() => String, { defaultValue: 'ru' })
  @IsIn(LOCALES, { message: 'must be ru or en' })
  locale: string;
}

@ObjectType('RegistrationSubmitted')
export class RegistrationSubmittedType {
  @Field({ description: 'Keep it: `registrationStatus(token)` shows the request’s status. Also in the e-mail.' })
  statusToken: string;

  @Field(() => RegistrationStatusType)
  status: RegistrationStatusType;

  @Field({ description: 'Where the confirmation link was sent.' })
  email: string;
}

/** What the applicant sees about his request. */
@ObjectType('RegistrationStatusView')
export class RegistrationStatusViewType {
  @Field(() => RegistrationKindType)
  kind: RegistrationKindType;

  @Field(() => RegistrationStatusType)
  status: RegistrationStatusType;

  @Field(() => String, { nullable: true })
  companyName: string | null;

  @Field()
  inn: string;

  @Field()
  email: string;

  @Field()
  emailVerified: boolean;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;
}

/** A company that a request concerns: its match, an INN duplicate, or what approval created. */
@ObjectType('RegistrationCompanyRef')
export class RegistrationCompanyRefType {
  @Field(() => ID)
  companyId: string;

  @Field(() => String, { nullable: true, description: 'Null when the client belongs to another manager.' })
  companyName: string | null;

  @Field(() => String, { nullable: true })
  legalEntityName: string | null;

  @Field()
  inn: string;

  @Field(() => String, { nullable: true })
  kpp: string | null;

  @Field({ description: 'Same INN and KPP as the request (not just the same INN).' })
  sameKpp: boolean;

  @Field(() => String, { nullable: true })
  managerName: string | null;

  @Field({ description: 'Whether you may open and link to this company.' })
  accessible: boolean;
}

@ObjectType('RegistrationRequest')
export class RegistrationRequestType {
  @Field(() => ID)
  id: string;

  @Field(() => RegistrationKindType)
  kind: RegistrationKindType;

  @Field(() => RegistrationStatusType)
  status: RegistrationStatusType;

  @Field(() => String, { nullable: true })
  companyName: string | null;

  @Field()
  inn: string;

  @Field(() => String, { nullable: true })
  kpp: string | null;

  @Field(() => String, { nullable: true })
  contractNumber: string | null;

  @Field()
  contactName: string;

  @Field()
  email: string;

  @Field()
  phone: string;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true })
  businessKind: string | null;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field()
  locale: string;

  @Field(() => Date, { nullable: true })
  emailVerifiedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => StaffUserType, { nullable: true })
  decidedBy: StaffUserType | null;

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;

  @Field(() => RegistrationCompanyRefType, {
    nullable: true,
    description: 'Short form: the company whose legal entity and contract the INN + contract number matched.',
  })
  matchedCompany: RegistrationCompanyRefType | null;

  @Field(() => [RegistrationCompanyRefType], {
    description: 'Companies that already have a legal entity with this INN: consider linking instead of creating.',
  })
  duplicates: RegistrationCompanyRefType[];

  @Field(() => ID, { nullable: true, description: 'After approval: the company the applicant joined.' })
  resultCompanyId: string | null;
}

@InputType()
export class RegistrationsFilterInput {
  @Field(() => RegistrationStatusType, { nullable: true })
  @IsOptional()
  @IsEnum(RegistrationStatusType)
  status?: RegistrationStatusType | null;

  @Field(() => RegistrationKindType, { nullable: true })
  @IsOptional()
  @IsEnum(RegistrationKindType)
  kind?: RegistrationKindType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the company name, contact, e-mail, or the start of the INN.',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date | null;
}

@ArgsType()
export class RegistrationsArgs {
  @Field(() => RegistrationsFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegistrationsFilterInput)
  filter?: RegistrationsFilterInput | null;
}

@InputType({
  description:
    'Without companyId a FULL request creates a company, legal entity, default contract and director; with it (or for a SHORT request, its matched company) the applicant joins that company.',
})
export class ApproveRegistrationInput {
  @Field(() => ID, { nullable: true, description: 'Link the applicant to this existing company.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID returned by this API' })
  companyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the new company (default: as in the request).' })
  @IsOptional()
  @MaxLength(300)
  companyName?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Manager of the new company (staff who see all clients); default: you.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID returned by this API' })
  managerId?: string | null;

  @Field(() => BuyerRole, {
    nullable: true,
    description:
      'Default: DIRECTOR for a new company, or when the company has no active director; PURCHASER otherwise.',
  })
  @IsOptional()
  @IsEnum(BuyerRole)
  role?: BuyerRole | null;

  @Field(() => String, { nullable: true, description: 'New company: contract number (default: generated).' })
  @IsOptional()
  @MaxLength(100)
  contractNumber?: string | null;

  @Field(() => PaymentTermsType, { nullable: true })
  @IsOptional()
  @IsEnum(PaymentTermsType)
  paymentTerms?: PaymentTermsType | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  deferralDays?: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  creditLimit?: Dec | null;
}

export const RegistrationRequestPage = PageType(RegistrationRequestType, 'RegistrationRequestPage');

export const RegisterCompanyResult = resultUnion('RegisterCompanyResult', RegistrationSubmittedType, [
  DuplicateRegistrationError,
  TooManyAttemptsError,
]);
export const RequestCompanyAccessResult = resultUnion('RequestCompanyAccessResult', RegistrationSubmittedType, [
  DuplicateRegistrationError,
  NoMatchingContractError,
  TooManyAttemptsError,
]);
export const VerifyRegistrationEmailResult = resultUnion('VerifyRegistrationEmailResult', RegistrationStatusViewType, [
  InvalidTokenError,
]);
export const RegistrationStatusResult = resultUnion('RegistrationStatusResult', RegistrationStatusViewType, [
  InvalidTokenError,
]);
export const ApproveRegistrationResult = resultUnion('ApproveRegistrationResult', RegistrationRequestType, [
  AlreadyDecidedError,
  AlreadyExistsError,
]);
export const RejectRegistrationResult = resultUnion('RejectRegistrationResult', RegistrationRequestType, [
  AlreadyDecidedError,
]);
export { NotFoundError };
