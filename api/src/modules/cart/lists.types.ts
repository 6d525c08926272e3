import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { Dec } from '../../common/money/decimal';
import { Dec as DecClass } from '../../common/money/decimal';
import { DecimalInputField } from '../../common/money/decimal-input';
import { RowError } from '../../common/batch/batch.types';
import { CartProductType, QuantityAdjustmentType, QuantityRounding } from './cart.types';
import { UnknownSkuType } from './order-entry.types';

export const MAX_LIST_ITEMS = 2000;

@ObjectType('ListItem')
export class ListItemType {
  @Field(() => ID)
  id: string;

  @Field(() => CartProductType)
  product: CartProductType;

  @Field(() => String, { nullable: true })
  packagingCode: string | null;

  @Field(() => DecClass, { nullable: true, description: 'The usual quantity (templates always have one).' })
  quantity: Dec | null;
}

@ObjectType('ShortList', {
  description: 'A named list of frequently bought items; shared lists are seen by colleagues.',
})
export class ShortListType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  shared: boolean;

  @Field({ description: 'The buyer owns it (only the owner shares or unshares it).' })
  mine: boolean;

  @Field({
    description: 'The buyer may change it: his own list, or (directors) a list shared in the company.',
  })
  editable: boolean;

  @Field()
  ownerName: string;

  @Field(() => Int)
  itemCount: number;

  @Field(() => [ListItemType])
  items: ListItemType[];

  @Field()
  updatedAt: Date;
}

@ObjectType('OrderTemplate', { description: 'A saved cart: lines with quantities.' })
export class OrderTemplateType extends ShortListType {}

@InputType()
export class ListItemInput {
  @Field(() => ID)
  @IsUUID()
  productId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  packagingCode?: string | null;

  @DecimalInputField({ nullable: true })
  @IsOptional()
  quantity?: Dec | null;
}

@InputType()
export class ShortListInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field({ defaultValue: false })
  @IsOptional()
  @IsBoolean()
  shared: boolean;

  @Field(() => [ListItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ListItemInput)
  items?: ListItemInput[] | null;
}

@InputType()
export class SaveTemplateInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field({ defaultValue: false })
  @IsOptional()
  @IsBoolean()
  shared: boolean;
}

@ObjectType('ShortListChange', {
  description: 'What a change did to a short list; rows with errors were not applied, the rest were.',
})
export class ShortListChangeType {
  @Field(() => ShortListType)
  list: ShortListType;

  @Field(() => Int, { description: 'Rows applied.' })
  applied: number;

  @Field(() => [RowError], { description: 'Rows are 1-based positions in the input list.' })
  rowErrors: RowError[];

  @Field(() => [QuantityAdjustmentType])
  adjustments: QuantityAdjustmentType[];

  @Field(() => [UnknownSkuType], { description: 'Adding by SKU: the SKUs not found, with similar ones.' })
  unknownSkus: UnknownSkuType[];
}

@InputType()
export class ShortListItemUpdateInput {
  @Field(() => ID)
  @IsUUID()
  itemId: string;

  @DecimalInputField({
    nullable: true,
    description: 'The usual quantity in the item’s unit; null clears it (the cart then takes the minimum).',
  })
  @IsOptional()
  quantity?: Dec | null;
}

@InputType()
export class ShortListSkuInput {
  @Field({ description: 'An SKU or a barcode, as typed.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  sku: string;

  @DecimalInputField({ nullable: true, description: 'In base units (or the packaging a barcode names).' })
  @IsOptional()
  quantity?: Dec | null;
}

@InputType()
export class UpdateShortListItemsInput {
  @Field(() => [ShortListItemUpdateInput])
  @ArrayMaxSize(MAX_LIST_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ShortListItemUpdateInput)
  items: ShortListItemUpdateInput[];

  @Field(() => QuantityRounding, { defaultValue: QuantityRounding.ROUND_UP })
  @IsOptional()
  @IsEnum(QuantityRounding)
  rounding: QuantityRounding;
}

@InputType()
export class AddShortListSkusInput {
  @Field(() => [ShortListSkuInput])
  @ArrayMaxSize(MAX_LIST_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ShortListSkuInput)
  lines: ShortListSkuInput[];

  @Field(() => QuantityRounding, { defaultValue: QuantityRounding.ROUND_UP })
  @IsOptional()
  @IsEnum(QuantityRounding)
  rounding: QuantityRounding;
}
