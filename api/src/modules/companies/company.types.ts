import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BuyerRole } from '../../common/auth/permissions';
import type { Dec } from '../../common/money/decimal';
import { DecimalScalar } from '../../common/money/decimal.scalar';

@ObjectType('Company')
export class CompanyType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('LegalEntity')
export class LegalEntityType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  inn: string;

  @Field(() => String, { nullable: true, description: 'Empty for sole proprietors.' })
  kpp: string | null;
}

/** One company a buyer works for, his role there and the legal entities he can act through. */
@ObjectType('ShopCompanyAccess')
export class CompanyAccessType {
  @Field(() => CompanyType)
  company: CompanyType;

  @Field(() => BuyerRole)
  role: BuyerRole;

  @Field(() => [LegalEntityType])
  legalEntities: LegalEntityType[];
}

export enum PaymentTermsType {
  PREPAYMENT = 'PREPAYMENT',
  DEFERRAL = 'DEFERRAL',
}
registerEnumType(PaymentTermsType, {
  name: 'PaymentTerms',
  description: 'Prepayment, or payment N days after shipment.',
});

export enum ContractStatusType {
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  CLOSED = 'closed',
}
registerEnumType(ContractStatusType, { name: 'ContractStatus' });

/** A contract as its buyer sees it (no accounting-system keys). */
@ObjectType('ShopContract')
export class ShopContractType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  legalEntityId: string;

  @Field()
  number: string;

  @Field({ description: 'Contract date, YYYY-MM-DD.' })
  date: string;

  @Field({ description: 'ISO 4217 code, e.g. RUB.' })
  currency: string;

  @Field(() => PaymentTermsType)
  paymentTerms: PaymentTermsType;

  @Field(() => Int, { nullable: true, description: 'Days of deferral when paymentTerms is DEFERRAL.' })
  deferralDays: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Credit limit; only for users who may see finance (VIEW_FINANCE), null for others.',
  })
  creditLimit: Dec | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  validFrom: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  validTo: string | null;

  @Field(() => ContractStatusType)
  status: ContractStatusType;

  @Field()
  isDefault: boolean;
}

/** A legal entity with its details and contracts, as its own buyers see it (company page). */
@ObjectType('ShopLegalEntity')
export class ShopLegalEntityType {
  @Field(() => ID)
  id: string;

  @Field()
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

  @Field(() => [ShopContractType])
  contracts: ShopContractType[];
}

/** The personal manager as the client sees him. */
@ObjectType('ManagerCard')
export class ManagerCardType {
  @Field()
  fullName: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  photoUrl: string | null;
}
