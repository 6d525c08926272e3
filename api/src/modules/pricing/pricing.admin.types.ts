import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BatchResultType } from '../../common/batch/batch.types';
import { Dec as DecClass, type Dec } from '../../common/money/decimal';
import { PageType } from '../../common/pagination/pagination.types';
import {
  ActionKind,
  PaymentTerms,
  ReasonCode,
  RulePolicy,
  ScopeKind,
  StepOutcome,
  TargetKind,
  TierBasis,
} from './engine';
import { QuoteLineStatus } from './price-quote.service';
import { RuleWarningCode } from './rule-validation';

registerEnumType(RulePolicy, {
  name: 'PriceRulePolicy',
  description: 'EXCLUSIVE stops; STACKING applies in order; BEST_PRICE: lowest candidate wins.',
});
registerEnumType(ScopeKind, { name: 'PriceRuleScopeKind' });
registerEnumType(TargetKind, { name: 'PriceRuleTargetKind', description: 'CATEGORY includes its descendants.' });
registerEnumType(ActionKind, { name: 'PriceActionKind' });
registerEnumType(TierBasis, { name: 'PriceTierBasis' });
registerEnumType(PaymentTerms, { name: 'PricePaymentTerms' });
registerEnumType(ReasonCode, { name: 'PriceReasonCode' });
registerEnumType(StepOutcome, { name: 'PriceStepOutcome' });
registerEnumType(RuleWarningCode, { name: 'PriceRuleWarningCode' });
registerEnumType(QuoteLineStatus, { name: 'PriceLineStatus' });

@ObjectType('PriceType', { description: 'A price column (RRP, Wholesale, Dealer, Purchase…).' })
export class PriceTypeType {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  currency: string;

  @Field()
  vatIncluded: boolean;

  @Field({ description: 'Never shown to buyers (Purchase).' })
  staffOnly: boolean;

  @Field({ description: 'The base type of contracts that name none.' })
  isDefault: boolean;

  @Field(() => Int)
  position: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Price entries of this type (in the price type list; null elsewhere).',
  })
  entryCount: number | null;
}

@ObjectType('PriceTier')
export class PriceTierType {
  @Field(() => DecClass, { description: 'From this quantity (of the entry’s unit) on.' })
  from: Dec;

  @Field(() => DecClass)
  price: Dec;
}

@ObjectType('PriceEntryProduct')
export class PriceEntryProductType {
  @Field(() => ID)
  id: string;

  @Field()
  sku: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  externalId: string | null;
}

@ObjectType('PriceEntry', { description: 'A product’s price in one price type (optionally per packaging) with tiers.' })
export class PriceEntryType {
  @Field(() => PriceEntryProductType)
  product: PriceEntryProductType;

  @Field(() => ID)
  priceTypeId: string;

  @Field()
  priceTypeCode: string;

  @Field({ description: "Packaging code; '' = the product's base unit." })
  packagingCode: string;

  @Field(() => DecClass)
  price: Dec;

  @Field(() => [PriceTierType])
  tiers: PriceTierType[];

  @Field(() => Date)
  updatedAt: Date;
}

export const PriceEntryPage = PageType(PriceEntryType, 'PriceEntryPage');

@ObjectType('PriceEntryUpsertItem')
export class PriceEntryUpsertItemType {
  @Field(() => Int)
  row: number;

  @Field(() => ID)
  productId: string;

  @Field()
  sku: string;

  @Field()
  priceTypeCode: string;

  @Field()
  packagingCode: string;

  @Field({ description: 'false when the row was already stored exactly so (idempotent repeats).' })
  changed: boolean;
}

export const PriceEntryBatchResult = BatchResultType(PriceEntryUpsertItemType, 'PriceEntryBatchResult');

@ObjectType('PriceRuleTierStep')
export class PriceRuleTierStepType {
  @Field(() => DecClass)
  from: Dec;

  @Field(() => DecClass)
  value: Dec;
}

@ObjectType('PriceRule')
export class PriceRuleType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  publicLabel: string | null;

  @Field(() => Int)
  priority: number;

  @Field(() => RulePolicy)
  policy: RulePolicy;

  @Field(() => ScopeKind)
  scopeKind: ScopeKind;

  @Field(() => ID, { nullable: true })
  scopeId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The scope’s name (group, company, legal entity, contract number).',
  })
  scopeName: string | null;

  @Field(() => TargetKind)
  targetKind: TargetKind;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true, description: 'The target’s name (category, brand, "SKU name").' })
  targetName: string | null;

  @Field(() => ActionKind)
  actionKind: ActionKind;

  @Field(() => DecClass, { nullable: true })
  value: Dec | null;

  @Field(() => ID, { nullable: true })
  priceTypeId: string | null;

  @Field(() => String, { nullable: true })
  currency: string | null;

  @Field(() => TierBasis, { nullable: true })
  tierBasis: TierBasis | null;

  @Field(() => [PriceRuleTierStepType], { nullable: true })
  tiers: PriceRuleTierStepType[] | null;

  @Field(() => Date, { nullable: true })
  validFrom: Date | null;

  @Field(() => Date, { nullable: true })
  validTo: Date | null;

  @Field(() => [ID], { nullable: true })
  warehouseIds: string[] | null;

  @Field(() => PaymentTerms, { nullable: true })
  paymentTerms: PaymentTerms | null;

  @Field(() => Int, { nullable: true })
  maxDeferralDays: number | null;

  @Field(() => DecClass, { nullable: true })
  minOrderAmount: Dec | null;

  @Field()
  active: boolean;

  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field(() => ID, { nullable: true, description: 'The special-price request that created it.' })
  specialPriceRequestId: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

export const PriceRulePage = PageType(PriceRuleType, 'PriceRulePage');

@ObjectType('PriceRuleWarning', { description: 'Saved anyway: something the editor should point out.' })
export class PriceRuleWarningType {
  @Field(() => RuleWarningCode)
  code: RuleWarningCode;

  @Field(() => ID)
  ruleId: string;

  @Field()
  ruleName: string;

  @Field()
  message: string;
}

@ObjectType('PriceRuleSaved')
export class PriceRuleSavedType {
  @Field(() => PriceRuleType)
  rule: PriceRuleType;

  @Field(() => [PriceRuleWarningType])
  warnings: PriceRuleWarningType[];
}

@ObjectType('PriceRuleUpsertItem')
export class PriceRuleUpsertItemType {
  @Field(() => Int)
  row: number;

  @Field(() => ID)
  id: string;

  @Field()
  externalId: string;

  @Field()
  created: boolean;
}

export const PriceRuleBatchResult = BatchResultType(PriceRuleUpsertItemType, 'PriceRuleBatchResult');

@ObjectType('PriceReason')
export class PriceReasonType {
  @Field(() => ReasonCode)
  code: ReasonCode;

  @Field({ description: 'English; translate `code`.' })
  text: string;
}

@ObjectType('PriceTraceStep', { description: 'One considered rule of a price, staff only.' })
export class PriceTraceStepType {
  @Field(() => ID)
  ruleId: string;

  @Field()
  ruleName: string;

  @Field(() => String, { nullable: true })
  publicLabel: string | null;

  @Field(() => RulePolicy)
  policy: RulePolicy;

  @Field(() => ActionKind)
  actionKind: ActionKind;

  @Field(() => StepOutcome)
  outcome: StepOutcome;

  @Field(() => PriceReasonType, { nullable: true })
  reason: PriceReasonType | null;

  @Field(() => DecClass, { nullable: true })
  value: Dec | null;

  @Field(() => DecClass, { nullable: true })
  tierFrom: Dec | null;

  @Field(() => DecClass, { nullable: true })
  priceBefore: Dec | null;

  @Field(() => DecClass, { nullable: true })
  priceAfter: Dec | null;
}

@ObjectType('PriceTraceHint')
export class PriceTraceHintType {
  @Field(() => DecClass)
  fromQuantity: Dec;

  @Field(() => DecClass)
  price: Dec;
}

@ObjectType('SimulatedPriceLine', {
  description: 'A simulated line: the price as the buyer gets it, with the full trace.',
})
export class SimulatedPriceLineType {
  @Field(() => ID)
  productId: string;

  @Field(() => String, { nullable: true })
  sku: string | null;

  @Field(() => QuoteLineStatus)
  status: QuoteLineStatus;

  @Field(() => DecClass)
  quantity: Dec;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => DecClass)
  baseQuantity: Dec;

  @Field(() => DecClass, { nullable: true })
  unitPrice: Dec | null;

  @Field(() => DecClass, { nullable: true, description: 'Per base unit, 4 places: what the catalog shows.' })
  baseUnitPrice: Dec | null;

  @Field(() => DecClass, { nullable: true })
  lineAmount: Dec | null;

  @Field(() => DecClass, { nullable: true })
  vatAmount: Dec | null;

  @Field(() => String, { nullable: true })
  currency: string | null;

  @Field(() => Boolean, { nullable: true })
  vatIncluded: boolean | null;

  @Field(() => PriceTypeType, { nullable: true, description: 'The base type used (after any switch).' })
  priceType: PriceTypeType | null;

  @Field(() => DecClass, { nullable: true })
  basePrice: Dec | null;

  @Field(() => DecClass, { nullable: true, description: 'Exact, before the one rounding.' })
  unroundedPrice: Dec | null;

  @Field(() => PriceReasonType, { nullable: true })
  noPriceReason: PriceReasonType | null;

  @Field()
  clampedAtZero: boolean;

  @Field(() => [PriceTraceStepType])
  steps: PriceTraceStepType[];

  @Field(() => [PriceTraceHintType])
  hints: PriceTraceHintType[];

  @Field({ description: 'What the buyer sees as the explanation (JSON of the buyer view), for comparison.' })
  buyerView: string;
}

@ObjectType('PriceSimulation')
export class PriceSimulationType {
  @Field(() => ID)
  contractId: string;

  @Field(() => Date)
  at: Date;

  @Field(() => PriceTypeType, { nullable: true, description: 'The contract’s base type before switches.' })
  basePriceType: PriceTypeType | null;

  @Field(() => [SimulatedPriceLineType])
  lines: SimulatedPriceLineType[];
}
