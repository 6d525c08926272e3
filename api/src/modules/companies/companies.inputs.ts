import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
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
import type { Dec } from '../../common/money/decimal';
import { DecimalScalar } from '../../common/money/decimal.scalar';
import { CompanyStatusType } from './companies.types';
import { ContractStatusType, PaymentTermsType } from './company.types';

const UUID_MESSAGE = { message: 'must be an ID returned by this API' };
const NOT_EMPTY = { message: 'must not be empty' };
export const LOCALES = ['ru', 'en'];

@InputType()
export class CompaniesFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the company or legal entity name, or the start of an INN.',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => CompanyStatusType, { nullable: true })
  @IsOptional()
  @IsEnum(CompanyStatusType)
  status?: CompanyStatusType | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', UUID_MESSAGE)
  managerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only companies without a manager.' })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', UUID_MESSAGE)
  groupId?: string | null;
}

@ArgsType()
export class CompaniesArgs {
  @Field(() => CompaniesFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompaniesFilterInput)
  filter?: CompaniesFilterInput | null;
}

@InputType()
export class CreateCompanyInput {
  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(300)
  name: string;

  @Field(() => CompanyStatusType, { defaultValue: CompanyStatusType.ACTIVE })
  @IsEnum(CompanyStatusType)
  status: CompanyStatusType;

  @Field(() => ID, {
    nullable: true,
    description:
      'Personal manager; only staff who see all clients may choose. A sales manager creating a company becomes its manager.',
  })
  @IsOptional()
  @IsUUID('all', UUID_MESSAGE)
  managerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  notes?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  externalId?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears notes or externalId.' })
export class UpdateCompanyInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(300)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  notes?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  externalId?: string | null;
}

@InputType({ description: 'A legal entity; on update every field is replaced.' })
export class LegalEntityInput {
  @Field({ description: 'Short name.' })
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(300)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  fullName?: string | null;

  @Field({ description: '10 digits (organisation) or 12 (sole proprietor), checksum validated.' })
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(12)
  inn: string;

  @Field(() => String, { nullable: true, description: 'Required for organisations, empty for sole proprietors.' })
  @IsOptional()
  @MaxLength(9)
  kpp?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(15)
  ogrn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  legalAddress?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  postalAddress?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  bankName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(9)
  bik?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  correspondentAccount?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  settlementAccount?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  externalId?: string | null;
}

@InputType({ description: 'A contract; on update every field is replaced.' })
export class ContractInput {
  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  number: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsNotEmpty(NOT_EMPTY)
  date: string;

  @Field({ defaultValue: 'RUB' })
  currency: string;

  @Field(() => PaymentTermsType, { defaultValue: PaymentTermsType.PREPAYMENT })
  @IsEnum(PaymentTermsType)
  paymentTerms: PaymentTermsType;

  @Field(() => Int, { nullable: true, description: 'Required (1–365) for DEFERRAL, empty for PREPAYMENT.' })
  @IsOptional()
  @IsInt()
  deferralDays?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Default 0 (no credit).' })
  @IsOptional()
  creditLimit?: Dec | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  validTo?: string | null;

  @Field(() => ContractStatusType, { defaultValue: ContractStatusType.ACTIVE })
  @IsEnum(ContractStatusType)
  status: ContractStatusType;

  @Field({
    defaultValue: false,
    description: 'Make it the legal entity’s default (the previous default stops being one).',
  })
  @IsBoolean()
  isDefault: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  externalId?: string | null;
}

@InputType()
export class DeliveryAddressInput {
  @Field({ description: 'A short name, e.g. «Склад на Складской».' })
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  label: string;

  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(500)
  address: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  comment?: string | null;
}

@InputType()
export class ContractorGroupInput {
  @Field({ description: 'Stable code for integrations, e.g. DEALERS.' })
  @Matches(/^[A-Za-z0-9_.-]{1,50}$/, { message: 'must be 1–50 letters, digits, _ . -' })
  code: string;

  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  name: string;
}

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  fullName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => BuyerRole)
  @IsEnum(BuyerRole)
  role: BuyerRole;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  orderLimit?: Dec | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  monthlyLimit?: Dec | null;

  @Field(() => String, { defaultValue: 'ru', description: 'Language of his e-mails: ru or en.' })
  @IsIn(LOCALES, { message: 'must be ru or en' })
  locale: string;
}

@InputType({ description: 'Both limits are replaced; null means no limit.' })
export class UserLimitsInput {
  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  orderLimit?: Dec | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  monthlyLimit?: Dec | null;
}

@ArgsType()
export class GroupIdsArgs {
  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be IDs returned by this API' })
  groupIds: string[];
}
