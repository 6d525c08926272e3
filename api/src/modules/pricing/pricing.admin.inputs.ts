import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { BatchOptionsInput, MAX_BATCH_ROWS } from '../../common/batch/batch.types';
import type { Dec } from '../../common/money/decimal';
import { DecimalInputField } from '../../common/money/decimal-input';
import { ActionKind, PaymentTerms, RulePolicy, ScopeKind, TargetKind, TierBasis } from './engine';

const ID_MESSAGE = { message: 'must be an ID returned by this API' };

@InputType()
export class PriceTypeInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(50)
  @Matches(/^[A-Za-z0-9_.-]+$/, { message: 'code: letters, digits, "_", "-" and "." only' })
  code: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ defaultValue: 'RUB' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency: a 3-letter ISO code' })
  currency: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  vatIncluded: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  staffOnly: boolean;

  @Field({ defaultValue: false, description: 'Make it the default base type (the previous default stops being one).' })
  @IsBoolean()
  isDefault: boolean;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  position: number;
}

@InputType()
export class SetBasePriceTypeInput {
  @Field(() => ID, { nullable: true, description: 'Exactly one of contractId, legalEntityId, companyId.' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  contractId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  legalEntityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  companyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'null: inherit (legal entity → company → the default type).' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  priceTypeId?: string | null;
}

@InputType()
export class PriceTierInput {
  @DecimalInputField()
  from: Dec;

  @DecimalInputField()
  price: Dec;
}

@InputType()
export class PriceEntryFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  priceTypeId?: string | null;

  @Field(() => String, { nullable: true, description: 'SKU prefix or a word of the name.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, ...ID_MESSAGE })
  @ArrayMaxSize(1000)
  productIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The category with its descendants.' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  categoryId?: string | null;
}

@InputType({ description: 'One price entry, keyed by the product (SKU or external id) and the price type code.' })
export class PriceEntryRowInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  sku?: string | null;

  @Field(() => String, { nullable: true, description: 'The product’s external id (instead of the SKU).' })
  @IsOptional()
  @MaxLength(100)
  productExternalId?: string | null;

  @Field()
  @IsNotEmpty()
  @MaxLength(50)
  priceTypeCode: string;

  @Field({ defaultValue: '', description: "A packaging code of the product; '' = the base unit." })
  @MaxLength(30)
  packagingCode: string;

  @DecimalInputField({ nullable: true, description: 'The basic unit price (required unless delete).' })
  price?: Dec | null;

  @Field(() => [PriceTierInput], { nullable: true, description: 'Replaces the tiers; null or [] = none.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PriceTierInput)
  @ArrayMaxSize(20)
  tiers?: PriceTierInput[] | null;

  @Field({ defaultValue: false, description: 'Remove this entry instead (price is ignored).' })
  @IsBoolean()
  delete: boolean;
}

@InputType()
export class UpsertPriceEntriesInput {
  @Field(() => [PriceEntryRowInput])
  @ValidateNested({ each: true })
  @Type(() => PriceEntryRowInput)
  @ArrayMaxSize(MAX_BATCH_ROWS)
  rows: PriceEntryRowInput[];

  @Field(() => BatchOptionsInput, { nullable: true, description: 'Price entries default to all-or-nothing.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BatchOptionsInput)
  options?: BatchOptionsInput | null;
}

@InputType()
export class PriceRuleTierInput {
  @DecimalInputField({ description: 'A quantity (QUANTITY) or a line amount (LINE_AMOUNT).' })
  from: Dec;

  @DecimalInputField()
  value: Dec;
}

@InputType()
export class PriceRuleInput {
  @Field()
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'What buyers see ("−5% by contract"); null = a generic label.' })
  @IsOptional()
  @MaxLength(200)
  publicLabel?: string | null;

  @Field(() => Int, { defaultValue: 0, description: 'Higher first.' })
  @IsInt()
  priority: number;

  @Field(() => RulePolicy, { defaultValue: RulePolicy.STACKING })
  @IsEnum(RulePolicy)
  policy: RulePolicy;

  @Field(() => ScopeKind)
  @IsEnum(ScopeKind)
  scopeKind: ScopeKind;

  @Field(() => ID, { nullable: true, description: 'Group, company, legal entity or contract id.' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  scopeId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Integrators: the scope by its external id instead of scopeId (company, legal entity, contract; group code).',
  })
  @IsOptional()
  @MaxLength(100)
  scopeExternalId?: string | null;

  @Field(() => TargetKind)
  @IsEnum(TargetKind)
  targetKind: TargetKind;

  @Field(() => ID, { nullable: true, description: 'Category, brand or product id.' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: 'Integrators: the product by SKU instead of targetId.' })
  @IsOptional()
  @MaxLength(64)
  targetSku?: string | null;

  @Field(() => ActionKind)
  @IsEnum(ActionKind)
  actionKind: ActionKind;

  @DecimalInputField({ nullable: true, description: 'Percent, or the fixed price; empty for a switch or with tiers.' })
  value?: Dec | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  priceTypeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Integrators: the price type by code instead of priceTypeId.' })
  @IsOptional()
  @MaxLength(50)
  priceTypeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Currency of a fixed price; null = the base price’s.' })
  @IsOptional()
  currency?: string | null;

  @Field(() => TierBasis, { nullable: true })
  @IsOptional()
  @IsEnum(TierBasis)
  tierBasis?: TierBasis | null;

  @Field(() => [PriceRuleTierInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PriceRuleTierInput)
  @ArrayMaxSize(50)
  tiers?: PriceRuleTierInput[] | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Inclusive instant; give the offset of the zone meant, e.g. 2026-12-01T00:00:00+03:00.',
  })
  @IsOptional()
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive instant.' })
  @IsOptional()
  validTo?: Date | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, ...ID_MESSAGE })
  warehouseIds?: string[] | null;

  @Field(() => PaymentTerms, { nullable: true })
  @IsOptional()
  @IsEnum(PaymentTerms)
  paymentTerms?: PaymentTerms | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maxDeferralDays?: number | null;

  @DecimalInputField({ nullable: true })
  minOrderAmount?: Dec | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean;

  @Field(() => String, { nullable: true, description: 'The integrator’s key (upsertPriceRules).' })
  @IsOptional()
  @MaxLength(100)
  externalId?: string | null;
}

@InputType()
export class PriceRuleFilterInput {
  @Field(() => String, { nullable: true, description: 'A word of the name or public label.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => ScopeKind, { nullable: true })
  @IsOptional()
  @IsEnum(ScopeKind)
  scopeKind?: ScopeKind | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  scopeId?: string | null;

  @Field(() => TargetKind, { nullable: true })
  @IsOptional()
  @IsEnum(TargetKind)
  targetKind?: TargetKind | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  targetId?: string | null;

  @Field(() => ActionKind, { nullable: true })
  @IsOptional()
  @IsEnum(ActionKind)
  actionKind?: ActionKind | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: valid now; false: ended or not started.' })
  @IsOptional()
  @IsBoolean()
  currentlyValid?: boolean | null;
}

@InputType()
export class UpsertPriceRulesInput {
  @Field(() => [PriceRuleInput], { description: 'Each row needs externalId (the key).' })
  @ValidateNested({ each: true })
  @Type(() => PriceRuleInput)
  @ArrayMaxSize(MAX_BATCH_ROWS)
  rows: PriceRuleInput[];
}

@InputType()
export class SimulatePriceLineInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  productId: string;

  @DecimalInputField()
  quantity: Dec;

  @Field(() => String, { nullable: true, description: 'A packaging code; null = the base unit.' })
  @IsOptional()
  @MaxLength(30)
  unit?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  warehouseId?: string | null;
}

@InputType()
export class SimulatePricesInput {
  @Field(() => ID, { nullable: true, description: 'The contract; or a legal entity / company (its default contract).' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  contractId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  legalEntityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  companyId?: string | null;

  @Field(() => [SimulatePriceLineInput])
  @ValidateNested({ each: true })
  @Type(() => SimulatePriceLineInput)
  @ArrayMaxSize(500)
  lines: SimulatePriceLineInput[];

  @Field(() => Date, { nullable: true, description: 'Default now.' })
  @IsOptional()
  at?: Date | null;

  @DecimalInputField({ nullable: true })
  orderAmount?: Dec | null;
}
