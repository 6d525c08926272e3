import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
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
import { CartProductType } from './cart.types';

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

  @Field({ description: 'The buyer owns it (only the owner changes a list).' })
  mine: boolean;

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
