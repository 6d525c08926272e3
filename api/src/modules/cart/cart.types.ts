import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { RowError } from '../../common/batch/batch.types';
import { DecimalInputField } from '../../common/money/decimal-input';
import type { Dec } from '../../common/money/decimal';
import { Dec as DecClass } from '../../common/money/decimal';
import { PackagingType, QuantityRulesType, UnitType, WarehouseRefType } from '../catalog/catalog.types';
import { CartWarningCodeValue } from './cart-lines';

export const MAX_CART_LINES = 10_000;
export const MAX_ADD_LINES = 1000;

export enum QuantityRounding {
  ROUND_UP = 'ROUND_UP',
  REJECT = 'REJECT',
}
registerEnumType(QuantityRounding, {
  name: 'QuantityRounding',
  description: 'A quantity off the multiplicity or below the minimum: round it up, or refuse the line.',
});

export enum CartAddMode {
  ADD = 'ADD',
  REPLACE = 'REPLACE',
}
registerEnumType(CartAddMode, {
  name: 'CartAddMode',
  description: 'ADD: a line already in the cart grows; REPLACE: its quantity becomes the new one.',
});

registerEnumType(CartWarningCodeValue, { name: 'CartWarningCode' });

@ObjectType('CartProduct')
export class CartProductType {
  @Field(() => ID)
  id: string;

  @Field()
  sku: string;

  @Field()
  name: string;

  @Field()
  active: boolean;

  @Field(() => UnitType)
  unit: UnitType;

  @Field(() => [PackagingType])
  packagings: PackagingType[];

  @Field(() => QuantityRulesType)
  quantityRules: QuantityRulesType;
}

@ObjectType('AnalogOffer', { description: 'A product that can replace a line’s product, with stock now.' })
export class AnalogOfferType {
  @Field(() => ID)
  id: string;

  @Field()
  sku: string;

  @Field()
  name: string;

  @Field({ description: 'FULL or PARTIAL.' })
  kind: string;

  @Field(() => DecClass)
  available: Dec;
}

@ObjectType('CartWarning')
export class CartWarningType {
  @Field(() => CartWarningCodeValue)
  code: CartWarningCodeValue;

  @Field()
  message: string;

  @Field(() => DecClass, { description: 'Available now (at the line’s warehouse, or at all warehouses).' })
  available: Dec;

  @Field(() => [AnalogOfferType])
  analogs: AnalogOfferType[];
}

@ObjectType('CartLine')
export class CartLineType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => CartProductType)
  product: CartProductType;

  @Field(() => String, { nullable: true, description: 'The packaging the quantity is in; null = base unit.' })
  packagingCode: string | null;

  @Field(() => DecClass)
  quantity: Dec;

  @Field(() => DecClass)
  baseQuantity: Dec;

  @Field(() => WarehouseRefType, { nullable: true })
  warehouse: WarehouseRefType | null;

  @Field(() => DecClass, {
    nullable: true,
    description:
      'Personal price per line unit (a package when packagingCode is set, else the base unit); null when there is none.',
  })
  price: Dec | null;

  @Field()
  vatIncluded: boolean;

  @Field(() => DecClass, { nullable: true, description: 'VAT rate in percent; null = without VAT.' })
  vatRate: Dec | null;

  @Field(() => DecClass, { nullable: true, description: 'Line total with VAT.' })
  amount: Dec | null;

  @Field(() => DecClass, { nullable: true })
  vatAmount: Dec | null;

  @Field(() => CartWarningType, { nullable: true })
  warning: CartWarningType | null;
}

@ObjectType('VatBreakdown')
export class VatBreakdownType {
  @Field(() => DecClass, { nullable: true, description: 'Percent; null = without VAT.' })
  rate: Dec | null;

  @Field(() => DecClass)
  net: Dec;

  @Field(() => DecClass)
  vat: Dec;

  @Field(() => DecClass)
  amount: Dec;
}

@ObjectType('CartTotals')
export class CartTotalsType {
  @Field(() => Int)
  lineCount: number;

  @Field(() => DecClass, { description: 'With VAT.' })
  amount: Dec;

  @Field(() => DecClass)
  vat: Dec;

  @Field(() => DecClass)
  net: Dec;

  @Field(() => Int, { description: 'Lines without a price (not in the totals).' })
  unpricedLines: number;

  @Field(() => [VatBreakdownType])
  vatBreakdown: VatBreakdownType[];

  @Field()
  currency: string;
}

@ObjectType('Cart', { description: 'The buyer’s cart for the active contract.' })
export class CartType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field(() => [CartLineType])
  lines: CartLineType[];

  @Field(() => CartTotalsType)
  totals: CartTotalsType;

  @Field(() => Int, { description: 'Lines with a warning (shortage, discontinued, no price).' })
  warningCount: number;
}

@ObjectType('QuantityAdjustment', { description: 'A quantity rounded up to the multiplicity or the minimum.' })
export class QuantityAdjustmentType {
  @Field(() => Int)
  row: number;

  @Field()
  message: string;

  @Field(() => DecClass, { description: 'The quantity put in the cart, in base units.' })
  baseQuantity: Dec;
}

@ObjectType('CartChange', { description: 'What a batch did to the cart; rows with errors were not added.' })
export class CartChangeType {
  @Field(() => CartType)
  cart: CartType;

  @Field(() => Int, { description: 'Rows added or changed (0 when allOrNothing refused the batch).' })
  applied: number;

  @Field(() => [RowError])
  rowErrors: RowError[];

  @Field(() => [QuantityAdjustmentType])
  adjustments: QuantityAdjustmentType[];
}

@ObjectType('CartLineUpdate')
export class CartLineUpdateType {
  @Field(() => CartLineType)
  line: CartLineType;

  @Field(() => CartTotalsType)
  totals: CartTotalsType;

  @Field(() => QuantityAdjustmentType, { nullable: true })
  adjustment: QuantityAdjustmentType | null;
}

@InputType()
export class CartLineInput {
  @Field(() => ID)
  @IsUUID()
  productId: string;

  @DecimalInputField({ description: 'In the packaging unit when packagingCode is given, else in base units.' })
  quantity: Dec;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  packagingCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Take the line from this warehouse only.' })
  @IsOptional()
  @IsUUID()
  warehouseId?: string | null;
}

@InputType()
export class AddCartLinesInput {
  @Field(() => [CartLineInput])
  @ArrayMaxSize(MAX_ADD_LINES)
  @ValidateNested({ each: true })
  @Type(() => CartLineInput)
  lines: CartLineInput[];

  @Field(() => QuantityRounding, { defaultValue: QuantityRounding.ROUND_UP })
  @IsOptional()
  @IsEnum(QuantityRounding)
  rounding: QuantityRounding;

  @Field(() => CartAddMode, { defaultValue: CartAddMode.ADD })
  @IsOptional()
  @IsEnum(CartAddMode)
  mode: CartAddMode;

  @Field({ defaultValue: false, description: 'When any row is invalid, add nothing.' })
  @IsOptional()
  @IsBoolean()
  allOrNothing: boolean;
}

@InputType()
export class UpdateCartLineInput {
  @Field(() => ID)
  @IsUUID()
  lineId: string;

  @DecimalInputField()
  quantity: Dec;

  @Field(() => QuantityRounding, { defaultValue: QuantityRounding.ROUND_UP })
  @IsOptional()
  @IsEnum(QuantityRounding)
  rounding: QuantityRounding;
}
