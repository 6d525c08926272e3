import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Dec, DecimalText } from '../../common/money/decimal';
import { Dec as DecClass } from '../../common/money/decimal';
import { BatchResultType } from '../../common/batch/batch.types';
import { PageType } from '../../common/pagination/pagination.types';
import { ProductPriceType } from '../pricing/pricing.shop.types';

export enum AttributeType {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  BOOLEAN = 'BOOLEAN',
  ENUM = 'ENUM',
}
registerEnumType(AttributeType, { name: 'AttributeType', description: 'How an attribute value is typed.' });

export enum AnalogKindEnum {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
}
registerEnumType(AnalogKindEnum, { name: 'AnalogKind', description: 'FULL: replaces the product; PARTIAL: may.' });

export enum CatalogSortField {
  NAME = 'NAME',
  SKU = 'SKU',
  BRAND = 'BRAND',
  AVAILABILITY = 'AVAILABILITY',
}
registerEnumType(CatalogSortField, { name: 'CatalogSortField' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export enum SearchMatch {
  SKU = 'SKU',
  BARCODE = 'BARCODE',
  NAME = 'NAME',
}
registerEnumType(SearchMatch, { name: 'SearchMatch', description: 'What part of a product the typed text matched.' });

@ObjectType('Unit')
export class UnitType {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  shortName: string;

  @Field(() => Int, { description: 'Decimal places the unit allows (0 = whole numbers only).' })
  scale: number;

  @Field(() => String, { nullable: true })
  okei: string | null;
}

@ObjectType('Brand')
export class BrandType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('AdminBrand')
export class AdminBrandType extends BrandType {
  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field(() => Int)
  productCount: number;
}

@ObjectType('Category', {
  description: 'A node of the catalog tree; the tree comes as a flat list ordered for display.',
})
export class CategoryType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field()
  name: string;

  @Field(() => Int)
  position: number;

  @Field(() => Int, { description: '0 for a root category.' })
  depth: number;

  @Field(() => [ID], { description: 'Ids from the root down to this category (itself included).' })
  path: string[];

  @Field(() => Int, { description: 'Active products in this category and all its descendants.' })
  productCount: number;
}

@ObjectType('AdminCategory')
export class AdminCategoryType extends CategoryType {
  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field()
  active: boolean;
}

@ObjectType('AttributeOption', { description: 'A value of an attribute (ENUM option, number or yes/no).' })
export class AttributeValueType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Integrator key of an ENUM option.' })
  code: string | null;

  @Field()
  label: string;

  @Field(() => DecClass, { nullable: true })
  valueNumber: Dec | null;

  @Field(() => Boolean, { nullable: true })
  valueBoolean: boolean | null;
}

@ObjectType('AttributeDefinition')
export class AttributeDefinitionType {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => AttributeType)
  type: AttributeType;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field()
  filterable: boolean;

  @Field(() => Int)
  position: number;
}

@ObjectType('AdminAttributeDefinition')
export class AdminAttributeDefinitionType extends AttributeDefinitionType {
  @Field(() => [AttributeValueType], { description: 'ENUM options, or the values seen for NUMBER/BOOLEAN.' })
  options: AttributeValueType[];
}

@ObjectType('ProductAttributeValue')
export class ProductAttributeValueType {
  @Field(() => AttributeDefinitionType)
  attribute: AttributeDefinitionType;

  @Field({ description: 'Display text, with the unit: «4,2 мм», «Да», «белый».' })
  display: string;

  @Field(() => ID, { nullable: true, description: 'The option (facet value) id, for filtering by it.' })
  valueId: string | null;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => DecClass, { nullable: true })
  number: Dec | null;

  @Field(() => Boolean, { nullable: true })
  boolean: boolean | null;
}

@ObjectType('Packaging', { description: 'A packaging unit: a box of 200, a pallet of 9 600, a coil of 100 m.' })
export class PackagingType {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => DecClass, { description: 'Base units in one package.' })
  factor: Dec | DecimalText;

  @Field(() => String, { nullable: true })
  barcode: string | null;
}

@ObjectType('QuantityRules', { description: 'What a valid order quantity is (see @wholesail/shared checkQuantity).' })
export class QuantityRulesType {
  @Field(() => Int, { description: 'Decimal places of the base unit.' })
  unitScale: number;

  @Field(() => DecClass, { description: 'Multiplicity in base units.' })
  step: Dec | DecimalText;

  @Field(() => DecClass, { description: 'Minimum order quantity in base units.' })
  minQuantity: Dec | DecimalText;
}

@ObjectType('WarehouseRef')
export class WarehouseRefType {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  city: string;
}

@ObjectType('IncomingDate', { description: 'The next expected supply at a warehouse.' })
export class IncomingDateType {
  @Field({ description: 'Date (YYYY-MM-DD) the supply is expected.' })
  date: string;

  @Field(() => DecClass)
  quantity: Dec | DecimalText;
}

@ObjectType('WarehouseAvailability')
export class WarehouseAvailabilityType {
  @Field(() => ID, { description: 'The warehouse (its details come with the `warehouses` query).' })
  warehouseId: string;

  @Field(() => WarehouseRefType)
  warehouse: WarehouseRefType;

  @Field(() => DecClass, { description: 'On hand minus active reservations, never below zero.' })
  available: Dec | DecimalText;

  @Field(() => IncomingDateType, { nullable: true })
  nextIncoming: IncomingDateType | null;
}

@ObjectType('Availability')
export class AvailabilityType {
  @Field(() => DecClass, { description: 'Available at all warehouses together.' })
  total: Dec | DecimalText;

  @Field(() => [WarehouseAvailabilityType], {
    description: 'Every active warehouse that has the product in stock or incoming.',
  })
  byWarehouse: WarehouseAvailabilityType[];

  @Field(() => String, { nullable: true, description: 'Earliest expected supply date at any warehouse.' })
  nextIncomingDate: string | null;
}

@ObjectType('CatalogProduct', { description: 'One row of the buyer’s catalog table.' })
export class CatalogProductType {
  @Field(() => ID)
  id: string;

  @Field()
  sku: string;

  @Field()
  name: string;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true, description: 'Signed, expiring URL of a small (64 px) WebP thumbnail.' })
  thumbnailUrl: string | null;

  @Field(() => BrandType, { nullable: true })
  brand: BrandType | null;

  @Field(() => ID, { nullable: true })
  categoryId: string | null;

  @Field(() => UnitType)
  unit: UnitType;

  @Field(() => [PackagingType])
  packagings: PackagingType[];

  @Field(() => QuantityRulesType)
  quantityRules: QuantityRulesType;

  @Field(() => DecClass, { nullable: true, description: 'VAT rate in percent; null when not subject to VAT.' })
  vatRate: Dec | DecimalText | null;

  @Field(() => AvailabilityType)
  availability: AvailabilityType;

  @Field({ description: 'Whether substitutes are linked (offer them when out of stock).' })
  hasAnalogs: boolean;

  @Field(() => ProductPriceType, {
    nullable: true,
    description:
      'Your personal unit price under the active contract (null: no valid contract or no price). ' +
      'All rows of one request are priced together.',
  })
  price: ProductPriceType | null;
}

@ObjectType('CatalogProductPage')
export class CatalogProductPageType {
  @Field(() => [CatalogProductType])
  items: CatalogProductType[];

  @Field(() => Int, { description: 'Products matching the filter (for the infinite row model’s lastRow).' })
  totalCount: number;
}

@ObjectType('FacetValueCount')
export class FacetValueCountType {
  @Field(() => ID, { description: 'Pass in attributes[].valueIds to filter by it.' })
  valueId: string;

  @Field()
  label: string;

  @Field(() => DecClass, { nullable: true })
  valueNumber: Dec | null;

  @Field(() => Int, { description: 'Products with this value, with every other facet’s filter applied.' })
  count: number;

  @Field()
  selected: boolean;
}

@ObjectType('AttributeFacet')
export class AttributeFacetType {
  @Field(() => AttributeDefinitionType)
  attribute: AttributeDefinitionType;

  @Field(() => [FacetValueCountType])
  values: FacetValueCountType[];

  @Field(() => DecClass, { nullable: true, description: 'NUMBER attributes: the smallest value counted.' })
  min: Dec | null;

  @Field(() => DecClass, { nullable: true })
  max: Dec | null;
}

@ObjectType('BrandFacetCount')
export class BrandFacetCountType {
  @Field(() => BrandType)
  brand: BrandType;

  @Field(() => Int)
  count: number;

  @Field()
  selected: boolean;
}

@ObjectType('WarehouseFacetCount')
export class WarehouseFacetCountType {
  @Field(() => WarehouseRefType)
  warehouse: WarehouseRefType;

  @Field(() => Int, { description: 'Products in stock at this warehouse.' })
  count: number;

  @Field()
  selected: boolean;
}

@ObjectType('CatalogFacets', {
  description: 'Facet counts for a filter: each facet is counted with all the other facets’ filters applied.',
})
export class CatalogFacetsType {
  @Field(() => Int, { description: 'Products matching the whole filter.' })
  totalCount: number;

  @Field(() => Int, {
    description: 'Products in stock (at the selected warehouses, if any) for the rest of the filter.',
  })
  inStockCount: number;

  @Field(() => [BrandFacetCountType])
  brands: BrandFacetCountType[];

  @Field(() => [WarehouseFacetCountType])
  warehouses: WarehouseFacetCountType[];

  @Field(() => [AttributeFacetType])
  attributes: AttributeFacetType[];
}

@ObjectType('HighlightRange')
export class HighlightRangeType {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  length: number;
}

@ObjectType('SearchSuggestion')
export class SearchSuggestionType {
  @Field(() => ID)
  productId: string;

  @Field()
  sku: string;

  @Field()
  name: string;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true })
  thumbnailUrl: string | null;

  @Field(() => SearchMatch)
  matchedOn: SearchMatch;

  @Field({ description: 'The whole SKU or barcode equals what was typed.' })
  exact: boolean;

  @Field(() => String, { nullable: true, description: 'The barcode that matched (matchedOn BARCODE).' })
  barcode: string | null;

  @Field(() => [HighlightRangeType], { description: 'Ranges of `sku` to highlight.' })
  skuHighlights: HighlightRangeType[];

  @Field(() => [HighlightRangeType], { description: 'Ranges of `name` to highlight.' })
  nameHighlights: HighlightRangeType[];
}

@ObjectType('ProductAnalog')
export class ProductAnalogType {
  @Field(() => AnalogKindEnum)
  kind: AnalogKindEnum;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => CatalogProductType)
  product: CatalogProductType;
}

@ObjectType('IncomingSupplyInfo')
export class IncomingSupplyInfoType {
  @Field(() => WarehouseRefType)
  warehouse: WarehouseRefType;

  @Field(() => DecClass)
  quantity: Dec;

  @Field()
  expectedDate: string;

  @Field()
  status: string;
}

@ObjectType('ProductCard', { description: 'Everything about one product for the buyer.' })
export class ProductCardType extends CatalogProductType {
  @Field(() => String, { nullable: true, description: 'Signed, expiring URL of the 480 px picture.' })
  imageUrl: string | null;

  @Field(() => [String])
  barcodes: string[];

  @Field(() => [CategoryType], { description: 'From the root down to the product’s category.' })
  breadcrumbs: CategoryType[];

  @Field(() => [ProductAttributeValueType])
  attributes: ProductAttributeValueType[];

  @Field(() => [ProductAnalogType])
  analogs: ProductAnalogType[];

  @Field(() => [IncomingSupplyInfoType], { description: 'Open supplies, earliest first.' })
  incoming: IncomingSupplyInfoType[];
}

@ObjectType('AdminProductAnalog')
export class AdminProductAnalogType {
  @Field(() => ID)
  productId: string;

  @Field()
  sku: string;

  @Field()
  name: string;

  @Field(() => AnalogKindEnum)
  kind: AnalogKindEnum;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('AdminProduct')
export class AdminProductType {
  @Field(() => ID)
  id: string;

  @Field()
  sku: string;

  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field()
  name: string;

  @Field()
  summary: string;

  @Field(() => ID, { nullable: true })
  categoryId: string | null;

  @Field(() => String, { nullable: true })
  categoryName: string | null;

  @Field(() => BrandType, { nullable: true })
  brand: BrandType | null;

  @Field(() => UnitType)
  unit: UnitType;

  @Field(() => DecClass, { nullable: true })
  vatRate: Dec | null;

  @Field(() => DecClass)
  orderStep: Dec;

  @Field(() => DecClass)
  minOrderQuantity: Dec;

  @Field()
  active: boolean;

  @Field(() => String, { nullable: true })
  thumbnailUrl: string | null;

  @Field(() => String, { nullable: true })
  imageUrl: string | null;

  @Field(() => [String])
  barcodes: string[];

  @Field(() => [ProductAttributeValueType], { description: 'Filled by `product(id)`; empty in `products` lists.' })
  attributes: ProductAttributeValueType[];

  @Field(() => [PackagingType])
  packagings: PackagingType[];

  @Field(() => [AdminProductAnalogType], { description: 'Filled by `product(id)`; empty in `products` lists.' })
  analogs: AdminProductAnalogType[];

  @Field(() => Date)
  updatedAt: Date;
}

export const AdminProductPage = PageType(AdminProductType, 'AdminProductPage');

@ObjectType('ProductUpsertItem')
export class ProductUpsertItemType {
  @Field(() => Int, { description: '1-based row of the input.' })
  row: number;

  @Field(() => ID)
  id: string;

  @Field()
  sku: string;

  @Field({ description: 'True when the row created the product.' })
  created: boolean;
}
export const ProductBatchResult = BatchResultType(ProductUpsertItemType, 'ProductBatchResult');

@ObjectType('CategoryUpsertItem')
export class CategoryUpsertItemType {
  @Field(() => Int)
  row: number;

  @Field(() => ID)
  id: string;

  @Field()
  externalId: string;

  @Field()
  created: boolean;
}
export const CategoryBatchResult = BatchResultType(CategoryUpsertItemType, 'CategoryBatchResult');
