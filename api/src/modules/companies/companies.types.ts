import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BuyerRole } from '../../common/auth/permissions';
import type { Dec } from '../../common/money/decimal';
import { DecimalScalar } from '../../common/money/decimal.scalar';
import { PageType } from '../../common/pagination/pagination.types';
import { StaffUserType } from '../identity/identity.types';
import { ContractStatusType, PaymentTermsType } from './company.types';

export enum CompanyStatusType {
  PENDING = 'pending',
  ACTIVE = 'active',
  BLOCKED = 'blocked',
}
registerEnumType(CompanyStatusType, {
  name: 'CompanyStatus',
  description: 'Only ACTIVE companies’ users may log in; BLOCKED ends their sessions at once.',
});

/** A colleague in a company (the director's users page and the staff company card). */
@ObjectType('CompanyUser')
export class CompanyUserType {
  @Field(() => ID, { description: 'The buyer user’s id.' })
  id: string;

  @Field()
  email: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => BuyerRole)
  role: BuyerRole;

  @Field({ description: 'False when deactivated in this company (or the account as a whole).' })
  active: boolean;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Largest single order without approval; null = no limit.',
  })
  orderLimit: Dec | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Largest monthly total; null = no limit.' })
  monthlyLimit: Dec | null;

  @Field({ description: 'True while the user has not yet set a password from his invitation.' })
  invitationPending: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;
}

@ObjectType('DeliveryAddress')
export class DeliveryAddressType {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field()
  address: string;

  @Field(() => String, { nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  comment: string | null;
}

@ObjectType('ContractorGroup', { description: 'A group of client companies; price rules target groups by id.' })
export class ContractorGroupType {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Companies in the group (all of them, whoever manages them).' })
  companyCount: number;
}

@ObjectType('ClientContract')
export class ClientContractType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  legalEntityId: string;

  @Field()
  number: string;

  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field()
  currency: string;

  @Field(() => PaymentTermsType)
  paymentTerms: PaymentTermsType;

  @Field(() => Int, { nullable: true })
  deferralDays: number | null;

  @Field(() => DecimalScalar)
  creditLimit: Dec;

  @Field(() => String, { nullable: true })
  validFrom: string | null;

  @Field(() => String, { nullable: true })
  validTo: string | null;

  @Field(() => ContractStatusType)
  status: ContractStatusType;

  @Field(() => ID, { nullable: true, description: 'Its own base price type (null: inherited); setBasePriceType.' })
  basePriceTypeId: string | null;

  @Field()
  isDefault: boolean;

  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('ClientLegalEntity')
export class ClientLegalEntityType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  companyId: string;

  @Field({ description: 'Short name.' })
  name: string;

  @Field(() => String, { nullable: true })
  fullName: string | null;

  @Field()
  inn: string;

  @Field(() => String, { nullable: true })
  kpp: string | null;

  @Field(() => String, { nullable: true })
  ogrn: string | null;

  @Field(() => String, { nullable: true })
  legalAddress: string | null;

  @Field(() => String, { nullable: true })
  postalAddress: string | null;

  @Field(() => String, { nullable: true })
  bankName: string | null;

  @Field(() => String, { nullable: true })
  bik: string | null;

  @Field(() => String, { nullable: true })
  correspondentAccount: string | null;

  @Field(() => String, { nullable: true })
  settlementAccount: string | null;

  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field(() => ID, { nullable: true, description: 'Its own base price type (null: inherited); setBasePriceType.' })
  basePriceTypeId: string | null;

  @Field(() => [ClientContractType])
  contracts: ClientContractType[];

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

/** A client company as staff see it (the company card and list rows). */
@ObjectType('ClientCompany')
export class ClientCompanyType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => CompanyStatusType)
  status: CompanyStatusType;

  @Field(() => String, { nullable: true })
  blockedReason: string | null;

  @Field(() => StaffUserType, { nullable: true, description: 'The personal manager.' })
  manager: StaffUserType | null;

  @Field(() => String, { nullable: true, description: 'Staff-only notes; never shown to buyers.' })
  notes: string | null;

  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field(() => ID, { nullable: true, description: 'Its own base price type (null: inherited); setBasePriceType.' })
  basePriceTypeId: string | null;

  @Field(() => [ContractorGroupType])
  groups: ContractorGroupType[];

  @Field(() => [ClientLegalEntityType])
  legalEntities: ClientLegalEntityType[];

  @Field(() => [DeliveryAddressType])
  deliveryAddresses: DeliveryAddressType[];

  @Field(() => [CompanyUserType])
  users: CompanyUserType[];

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

export const ClientCompanyPage = PageType(ClientCompanyType, 'ClientCompanyPage');
