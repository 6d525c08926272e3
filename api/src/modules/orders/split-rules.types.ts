import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export enum SplitRuleKindEnum {
  WAREHOUSE = 'WAREHOUSE',
  CATEGORY = 'CATEGORY',
  SELLER_LEGAL_ENTITY = 'SELLER_LEGAL_ENTITY',
}
registerEnumType(SplitRuleKindEnum, {
  name: 'SplitRuleKind',
  description:
    'WAREHOUSE: one sub-order per warehouse; CATEGORY: categories → a seller division; SELLER_LEGAL_ENTITY: who invoices.',
});

@ObjectType('SplitRule')
export class SplitRuleType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => SplitRuleKindEnum)
  kind: SplitRuleKindEnum;

  @Field(() => [ID], { description: 'Warehouses the rule applies to (empty = all).' })
  warehouseIds: string[];

  @Field(() => [ID], { description: 'Category subtrees.' })
  categoryIds: string[];

  @Field(() => [ID], { description: 'SELLER_LEGAL_ENTITY filter on divisions.' })
  divisionIds: string[];

  @Field(() => ID, { nullable: true })
  divisionId: string | null;

  @Field(() => ID, { nullable: true })
  sellerLegalEntityId: string | null;
}

@ObjectType('SplitRuleSet', { description: 'The ordered rules and what the editor should fix.' })
export class SplitRuleSetType {
  @Field(() => [SplitRuleType])
  rules: SplitRuleType[];

  @Field(() => [String])
  problems: string[];
}

@ObjectType('SellerDivision')
export class SellerDivisionType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  sellerLegalEntityId: string | null;
}

@ObjectType('SellerLegalEntity')
export class SellerLegalEntityType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  inn: string | null;
}

@InputType()
export class SplitRuleInput {
  @Field({ defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name: string;

  @Field(() => SplitRuleKindEnum)
  @IsEnum(SplitRuleKindEnum)
  kind: SplitRuleKindEnum;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  warehouseIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  categoryIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  divisionIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  divisionId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  sellerLegalEntityId?: string | null;
}

@InputType()
export class SellerDivisionInput {
  @Field()
  @IsString()
  @MaxLength(200)
  name: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  sellerLegalEntityId?: string | null;
}

@InputType()
export class SellerLegalEntityInput {
  @Field()
  @IsString()
  @MaxLength(300)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  inn?: string | null;
}
