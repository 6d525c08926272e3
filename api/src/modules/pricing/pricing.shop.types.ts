import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Dec as DecClass, type Dec, type DecimalText } from '../../common/money/decimal';
import { BuyerStepKind } from './engine';

registerEnumType(BuyerStepKind, {
  name: 'PriceStepKind',
  description: 'What a step of the buyer’s price did: a discount, a markup, or a special (fixed) price.',
});

@ObjectType('PriceHint', { description: '"From 100 pcs: 91.20": the unit price from a higher quantity.' })
export class PriceHintType {
  @Field(() => DecClass, { description: 'In the product’s base unit.' })
  fromQuantity: Dec | DecimalText;

  @Field(() => DecClass)
  price: Dec | DecimalText;
}

@ObjectType('ProductPrice', {
  description:
    'The buyer’s personal unit price (per base unit) under the active contract, at the minimum order quantity.',
})
export class ProductPriceType {
  @Field(() => DecClass, { description: 'In the VAT mode the shop is configured for (see vatIncluded).' })
  price: Dec | DecimalText;

  @Field(() => DecClass)
  priceWithVat: Dec | DecimalText;

  @Field(() => DecClass)
  priceWithoutVat: Dec | DecimalText;

  @Field()
  currency: string;

  @Field({ description: 'Whether `price` and the hints include VAT.' })
  vatIncluded: boolean;

  @Field(() => DecClass, { nullable: true })
  vatRate: Dec | DecimalText | null;

  @Field(() => DecClass, { description: 'The quantity priced (the minimum order quantity).' })
  quantity: Dec | DecimalText;

  @Field({ description: 'The name of the price column the price starts from ("Dealer").' })
  priceTypeName: string;

  @Field({ description: 'Some discount, markup or special price applies.' })
  personal: boolean;

  @Field(() => [PriceHintType], { description: 'Cheaper prices from higher quantities, ascending (at most 3).' })
  hints: PriceHintType[];
}

@ObjectType('PackagingPrice', {
  description: 'The buyer’s price of one whole package (a box of 200), under the active contract.',
})
export class PackagingPriceType {
  @Field({ description: 'The packaging code (see ProductCard.packagings).' })
  code: string;

  @Field(() => DecClass, { description: 'Per package, in the VAT mode the shop is configured for.' })
  price: Dec;

  @Field(() => DecClass, { description: 'Per base unit: price ÷ factor, 4 places.' })
  unitPrice: Dec;

  @Field()
  currency: string;

  @Field()
  vatIncluded: boolean;
}

@ObjectType('PriceExplanationStep')
export class PriceExplanationStepType {
  @Field({ description: 'The rule’s public label, or a generic one ("−5%", "Special price").' })
  label: string;

  @Field({ description: 'The label is generic: show your own translation of kind and percent.' })
  generic: boolean;

  @Field(() => BuyerStepKind)
  kind: BuyerStepKind;

  @Field(() => DecClass, { nullable: true, description: 'The percentage of a discount or markup (positive).' })
  percent: Dec | null;
}

@ObjectType('PriceExplanation', { description: '"Why this price": the base price and the steps that changed it.' })
export class PriceExplanationType {
  @Field()
  priceTypeName: string;

  @Field()
  currency: string;

  @Field({ description: 'Whether basePrice and finalPrice include VAT (the price column’s mode).' })
  vatIncluded: boolean;

  @Field(() => DecClass, { nullable: true })
  vatRate: Dec | null;

  @Field(() => DecClass, { nullable: true, description: 'null when the base column is not shown to buyers.' })
  basePrice: Dec | null;

  @Field(() => DecClass, { nullable: true })
  finalPrice: Dec | null;

  @Field(() => DecClass)
  quantity: Dec;

  @Field(() => [PriceExplanationStepType])
  steps: PriceExplanationStepType[];

  @Field(() => [PriceHintType])
  hints: PriceHintType[];
}
