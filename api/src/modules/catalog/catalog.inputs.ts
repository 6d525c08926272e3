import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { Dec } from '../../common/money/decimal';
import { DecimalInputField } from '../../common/money/decimal-input';
import { AnalogKindEnum, AttributeType, CatalogSortField, SortDirection } from './catalog.types';

const NOT_EMPTY = { message: 'must not be empty' };

// ---------- shop: catalog table ----------

@InputType()
export class AttributeFilterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID returned by this API' })
  attributeId: string;

  @Field(() => [ID], { nullable: true, description: 'Any of these values (from the facets).' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must be IDs returned by this API' })
  valueIds?: string[] | null;

  @DecimalInputField({ nullable: true, description: 'NUMBER attributes: at least this value.' })
  @IsOptional()
  min?: Dec | null;

  @DecimalInputField({ nullable: true, description: 'NUMBER attributes: at most this value.' })
  @IsOptional()
  max?: Dec | null;
}

@InputType({ description: 'What the buyer filters the catalog by. Every part is optional and they combine with AND.' })
export class CatalogFilterInput {
  @Field(() => ID, { nullable: true, description: 'This category and all its descendants.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID returned by this API' })
  categoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of the name, a part of the SKU or a barcode.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must be IDs returned by this API' })
  brandIds?: string[] | null;

  @Field(() => [AttributeFilterInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AttributeFilterInput)
  attributes?: AttributeFilterInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only products available now (at the selected warehouses).' })
  @IsOptional()
  @IsBoolean()
  inStock?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Only products in stock at any of these warehouses.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be IDs returned by this API' })
  warehouseIds?: string[] | null;
}

@InputType()
export class CatalogSortInput {
  @Field(() => CatalogSortField)
  @IsEnum(CatalogSortField)
  field: CatalogSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsOptional()
  @IsEnum(SortDirection)
  direction: SortDirection;
}

export const MAX_CATALOG_PAGE = 500;

@ArgsType()
export class CatalogPageArgs {
  @Field(() => CatalogFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CatalogFilterInput)
  filter?: CatalogFilterInput | null;

  @Field(() => CatalogSortInput, { nullable: true, description: 'Default: by name.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CatalogSortInput)
  sort?: CatalogSortInput | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  skip: number;

  @Field(() => Int, { defaultValue: 100 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CATALOG_PAGE)
  take: number;
}

// ---------- admin: reference data ----------

@InputType()
export class CategoryInput {
  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  name: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID returned by this API' })
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Position among siblings; default: last.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  externalId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@InputType()
export class UpdateCategoryInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  externalId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@InputType()
export class BrandInput {
  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  externalId?: string | null;
}

@InputType()
export class AttributeOptionInput {
  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  code: string;

  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  label: string;
}

@InputType()
export class AttributeDefinitionInput {
  @Field()
  @Matches(/^[a-z][a-z0-9_]{0,59}$/, { message: 'must be lower-case latin letters, digits and _ (up to 60)' })
  code: string;

  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  name: string;

  @Field(() => AttributeType)
  @IsEnum(AttributeType)
  type: AttributeType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  unit?: string | null;

  @Field({ defaultValue: true })
  @IsOptional()
  @IsBoolean()
  filterable: boolean;

  @Field(() => Int, { defaultValue: 0 })
  @IsOptional()
  @IsInt()
  position: number;

  @Field(() => [AttributeOptionInput], { nullable: true, description: 'ENUM options (added or renamed by code).' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => AttributeOptionInput)
  options?: AttributeOptionInput[] | null;
}

@InputType()
export class UpdateAttributeDefinitionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  unit?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  filterable?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  position?: number | null;

  @Field(() => [AttributeOptionInput], { nullable: true, description: 'ENUM options to add or rename (by code).' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => AttributeOptionInput)
  options?: AttributeOptionInput[] | null;
}

// ---------- admin and integrators: products ----------

@InputType()
export class ProductAttributeInput {
  @Field({ description: 'Attribute definition code.' })
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(60)
  code: string;

  @Field(() => String, {
    nullable: true,
    description:
      'NUMBER: "4.2"; BOOLEAN: "true"/"false"; ENUM: option code or label; TEXT: the text. Empty removes it.',
  })
  @IsOptional()
  @MaxLength(1000)
  value?: string | null;
}

@InputType()
export class PackagingInput {
  @Field({ description: 'Key of the packaging within the product, e.g. "box", "pallet".' })
  @Matches(/^[A-Za-z0-9_-]{1,30}$/, { message: 'must be 1–30 latin letters, digits, _ or -' })
  code: string;

  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  name: string;

  @DecimalInputField({ description: 'Base units in one package.' })
  factor: Dec;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  barcode?: string | null;
}

@InputType()
export class AnalogInput {
  @Field({ description: 'SKU of the substitute.' })
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(64)
  sku: string;

  @Field(() => AnalogKindEnum, { defaultValue: AnalogKindEnum.FULL })
  @IsOptional()
  @IsIn(Object.values(AnalogKindEnum))
  kind: AnalogKindEnum;

  @Field({ defaultValue: false, description: 'Also link the substitute back to this product.' })
  @IsOptional()
  @IsBoolean()
  bidirectional: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  note?: string | null;
}

/**
 * A product as staff and integrators send it. Omitted fields keep their value on update; lists
 * (barcodes, attributes, packagings, analogs), when given, replace the product's list.
 */
@InputType()
export class ProductInput {
  @Field({ description: 'Unique (case-insensitive). The key of an upsert unless externalId finds the product.' })
  @Matches(/^\S(.{0,62}\S)?$/, { message: 'must be 1–64 characters without leading or trailing spaces' })
  sku: string;

  @Field(() => String, { nullable: true, description: 'Id in the accounting system; the upsert key when it matches.' })
  @IsOptional()
  @MaxLength(100)
  externalId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for a new product.' })
  @IsOptional()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(500)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  summary?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID returned by this API' })
  categoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Category by its external id (integrators).' })
  @IsOptional()
  @MaxLength(100)
  categoryExternalId?: string | null;

  @Field(() => String, { nullable: true, description: 'Brand name; a brand of that name is created when missing.' })
  @IsOptional()
  @MaxLength(200)
  brand?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Base unit code (pcs, m, t, kg…). Default for new products: pcs.',
  })
  @IsOptional()
  @MaxLength(16)
  unitCode?: string | null;

  @DecimalInputField({ nullable: true, description: 'VAT %, e.g. "22". Send "-1" for "not subject to VAT".' })
  @IsOptional()
  vatRate?: Dec | null;

  @DecimalInputField({ nullable: true, description: 'Multiplicity in base units (default 1).' })
  @IsOptional()
  orderStep?: Dec | null;

  @DecimalInputField({ nullable: true, description: 'Minimum order quantity in base units (default: the step).' })
  @IsOptional()
  minOrderQuantity?: Dec | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[0-9A-Za-z-]{4,40}$/, { each: true, message: 'must be 4–40 digits or latin letters' })
  barcodes?: string[] | null;

  @Field(() => [ProductAttributeInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ProductAttributeInput)
  attributes?: ProductAttributeInput[] | null;

  @Field(() => [PackagingInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PackagingInput)
  packagings?: PackagingInput[] | null;

  @Field(() => [AnalogInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AnalogInput)
  analogs?: AnalogInput[] | null;
}

@InputType()
export class CategoryUpsertInput {
  @Field({ description: 'The key of the upsert.' })
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  externalId: string;

  @Field()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Parent by external id (in this batch or already loaded); null: a root.',
  })
  @IsOptional()
  @MaxLength(100)
  parentExternalId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@InputType()
export class AdminProductFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID returned by this API' })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID returned by this API' })
  brandId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}
