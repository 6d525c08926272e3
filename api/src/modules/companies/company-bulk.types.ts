import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BatchResultType } from '../../common/batch/batch.types';
import { ChangesPageType } from '../../common/pagination/changes-cursor';
import type { Dec } from '../../common/money/decimal';
import { DecimalScalar } from '../../common/money/decimal.scalar';
import { ClientCompanyType, ClientContractType, ClientLegalEntityType, CompanyStatusType } from './companies.types';
import { ContractStatusType, PaymentTermsType } from './company.types';

export enum UpsertOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(UpsertOutcome, { name: 'UpsertOutcome' });

@ObjectType('UpsertedRecord')
export class UpsertedRecordType {
  @Field(() => Int, { description: '1-based position in the input list.' })
  row: number;

  @Field()
  externalId: string;

  @Field(() => ID)
  id: string;

  @Field(() => UpsertOutcome, { description: 'UNCHANGED rows were not written (their updatedAt did not move).' })
  outcome: UpsertOutcome;
}

export const UpsertBatchResult = BatchResultType(UpsertedRecordType, 'UpsertBatchResult');

// Row-level rules (required fields, lengths, tax ids…) are checked per row so one bad row does not
// sink the batch; GraphQL types only keep the shape right.

@InputType()
export class CompanyUpsertInput {
  @Field({ description: 'Your key for the company (1–100 characters).' })
  externalId: string;

  @Field()
  name: string;

  @Field(() => CompanyStatusType, {
    nullable: true,
    description: 'Omitted: ACTIVE for a new company, unchanged otherwise.',
  })
  status?: CompanyStatusType | null;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail of the personal manager (a staff user). Omitted: unchanged.',
  })
  managerEmail?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Contractor group codes: the company’s full set. Omitted: unchanged.',
  })
  groupCodes?: string[] | null;
}

@InputType()
export class LegalEntityUpsertInput {
  @Field({
    description:
      'Your key for the legal entity. An existing one without a key but with the same INN and KPP is adopted.',
  })
  externalId: string;

  @Field({ description: 'externalId of its company (send companies first).' })
  companyExternalId: string;

  @Field({ description: 'Short name.' })
  name: string;

  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field()
  inn: string;

  @Field(() => String, { nullable: true })
  kpp?: string | null;

  @Field(() => String, { nullable: true })
  ogrn?: string | null;

  @Field(() => String, { nullable: true })
  legalAddress?: string | null;

  @Field(() => String, { nullable: true })
  postalAddress?: string | null;

  @Field(() => String, { nullable: true })
  bankName?: string | null;

  @Field(() => String, { nullable: true })
  bik?: string | null;

  @Field(() => String, { nullable: true })
  correspondentAccount?: string | null;

  @Field(() => String, { nullable: true })
  settlementAccount?: string | null;
}

@InputType()
export class ContractUpsertInput {
  @Field({
    description:
      'Your key for the contract. An existing one without a key with the same legal entity and number is adopted.',
  })
  externalId: string;

  @Field()
  legalEntityExternalId: string;

  @Field()
  number: string;

  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field({ defaultValue: 'RUB' })
  currency: string;

  @Field(() => PaymentTermsType, { defaultValue: PaymentTermsType.PREPAYMENT })
  paymentTerms: PaymentTermsType;

  @Field(() => Int, { nullable: true })
  deferralDays?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Default 0.' })
  creditLimit?: Dec | null;

  @Field(() => String, { nullable: true })
  validFrom?: string | null;

  @Field(() => String, { nullable: true })
  validTo?: string | null;

  @Field(() => ContractStatusType, { defaultValue: ContractStatusType.ACTIVE })
  status: ContractStatusType;

  @Field({
    defaultValue: false,
    description: 'The legal entity’s default contract (the previous default stops being one).',
  })
  isDefault: boolean;
}

export const ClientCompanyChanges = ChangesPageType(ClientCompanyType, 'ClientCompanyChanges');
export const ClientLegalEntityChanges = ChangesPageType(ClientLegalEntityType, 'ClientLegalEntityChanges');
export const ClientContractChanges = ChangesPageType(ClientContractType, 'ClientContractChanges');
