import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { RowError } from '../../common/batch/batch.types';
import { CartTotalsType, CartType, QuantityAdjustmentType, QuantityRounding } from './cart.types';

export const QUICK_ORDER_MAX_CHARS = 500_000;

export enum EntryApplyMode {
  VALID_ROWS = 'VALID_ROWS',
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
}
registerEnumType(EntryApplyMode, {
  name: 'EntryApplyMode',
  description: 'VALID_ROWS: add the rows without errors; ALL_OR_NOTHING: add nothing when any row has an error.',
});

@ObjectType('UnknownSku')
export class UnknownSkuType {
  @Field(() => Int, { description: 'Line of the pasted text, or row of the sheet.' })
  row: number;

  @Field()
  sku: string;

  @Field(() => [String], { description: 'Similar SKUs of the catalog.' })
  suggestions: string[];
}

@ObjectType('OrderEntryReport', {
  description: 'Row-by-row report of a quick order or an uploaded sheet, and what went into the cart.',
})
export class OrderEntryReportType {
  @Field(() => CartType, {
    nullable: true,
    description:
      'The cart after the change (quick order; null for a dry run and for sheet uploads, which answer cartTotals).',
  })
  cart: CartType | null;

  @Field(() => CartTotalsType, {
    nullable: true,
    description: 'The cart’s totals after the change (null for a dry run).',
  })
  cartTotals: CartTotalsType | null;

  @Field({ description: 'Only checked: nothing was written.' })
  dryRun: boolean;

  @Field(() => Int, { description: 'Rows read (lines with an SKU or a quantity).' })
  rowsRead: number;

  @Field(() => Int, { description: 'Cart lines added or changed (0 when nothing was taken).' })
  applied: number;

  @Field(() => Int, { description: 'Valid cart lines (after merging duplicates).' })
  validLines: number;

  @Field(() => Int, { description: 'Rows merged into another row of the same product and unit.' })
  mergedRows: number;

  @Field(() => [RowError], {
    description:
      'Rows not taken: UNKNOWN_SKU, BAD_QUANTITY, BAD_UNIT, NOT_MULTIPLE, BELOW_MINIMUM, TOO_PRECISE, DISCONTINUED, UNKNOWN_PACKAGING, parse errors…',
  })
  rowErrors: RowError[];

  @Field(() => [RowError], { description: 'Rows taken with a warning: NO_STOCK, INSUFFICIENT_STOCK.' })
  warnings: RowError[];

  @Field(() => [QuantityAdjustmentType])
  adjustments: QuantityAdjustmentType[];

  @Field(() => [UnknownSkuType])
  unknownSkus: UnknownSkuType[];
}

@InputType()
export class QuickOrderInput {
  @Field({ description: 'Lines of "SKU quantity [unit]" (tabs, spaces, semicolons or commas).' })
  @IsString()
  @MaxLength(QUICK_ORDER_MAX_CHARS)
  text: string;

  @Field(() => QuantityRounding, { defaultValue: QuantityRounding.ROUND_UP })
  @IsOptional()
  @IsEnum(QuantityRounding)
  rounding: QuantityRounding;

  @Field(() => EntryApplyMode, { defaultValue: EntryApplyMode.VALID_ROWS })
  @IsOptional()
  @IsEnum(EntryApplyMode)
  apply: EntryApplyMode;

  @Field({ defaultValue: false, description: 'Check and report only.' })
  @IsOptional()
  @IsBoolean()
  dryRun: boolean;
}
