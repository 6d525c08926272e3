import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import type { Dec } from '../../common/money/decimal';
import { DecimalInputField } from '../../common/money/decimal-input';
import { ReservationStatusEnum, SupplyStatusEnum } from './inventory.types';

const ID_MESSAGE = { message: 'must be an ID returned by this API' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class ReserveStockInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  productId: string;

  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  warehouseId: string;

  @DecimalInputField({ description: 'In base units, or in `packagingCode` units when given.' })
  quantity: Dec;

  @Field(() => String, { nullable: true, description: 'A packaging code of the product (box, pallet…).' })
  @IsOptional()
  @MaxLength(30)
  packagingCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'How long to hold, in hours (default and maximum are configured).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  hours?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  comment?: string | null;
}

@InputType()
export class ReservationFilterInput {
  @Field(() => [ReservationStatusEnum], { nullable: true })
  @IsOptional()
  @IsEnum(ReservationStatusEnum, { each: true })
  statuses?: ReservationStatusEnum[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  productId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  warehouseId?: string | null;
}

@InputType()
export class AdminReservationFilterInput extends ReservationFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  companyId?: string | null;
}

@InputType()
export class WarehouseInput {
  @Field()
  @Matches(/^[A-Za-z0-9_.-]{1,40}$/, { message: 'must be 1–40 latin letters, digits, _ . or -' })
  code: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  city: string;

  @Field({ defaultValue: '' })
  @IsOptional()
  @MaxLength(100)
  region: string;

  @Field({ defaultValue: '' })
  @IsOptional()
  @MaxLength(100)
  branch: string;

  @Field({ defaultValue: false })
  @IsOptional()
  @IsBoolean()
  pickupPoint: boolean;

  @Field({ defaultValue: true })
  @IsOptional()
  @IsBoolean()
  active: boolean;

  @Field(() => Int, { defaultValue: 0 })
  @IsOptional()
  @IsInt()
  position: number;
}

@InputType()
export class StockAdjustmentInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  productId: string;

  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  warehouseId: string;

  @DecimalInputField({ nullable: true, description: 'The new on-hand quantity (a count). Give this or delta.' })
  @IsOptional()
  onHand?: Dec | null;

  @DecimalInputField({ nullable: true, description: 'Change of on-hand (+ found, − damaged).' })
  @IsOptional()
  delta?: Dec | null;

  @Field({ description: 'Why (recorded in the audit log).' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(1000)
  reason: string;
}

/**
 * A bulk row: checked row by row in the service (row errors), not by the validation pipe, so one bad
 * row never fails the batch and 10 000 rows are not run through class-validator.
 */
@InputType()
export class StockLevelUpsertInput {
  @Field(() => String, { nullable: true, description: 'The product by SKU…' })
  sku?: string | null;

  @Field(() => String, { nullable: true, description: '…or by its external id.' })
  productExternalId?: string | null;

  @Field()
  warehouseCode: string;

  @DecimalInputField({ description: 'On hand at the warehouse, in base units (absolute, so re-sending is harmless).' })
  onHand: Dec;
}

@InputType()
export class IncomingSupplyInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  productId: string;

  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  warehouseId: string;

  @DecimalInputField()
  quantity: Dec;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  expectedDate: string;

  @Field(() => SupplyStatusEnum, { defaultValue: SupplyStatusEnum.EXPECTED })
  @IsOptional()
  @IsEnum(SupplyStatusEnum)
  status: SupplyStatusEnum;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class UpdateIncomingSupplyInput {
  @DecimalInputField({ nullable: true })
  @IsOptional()
  quantity?: Dec | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  expectedDate?: string | null;

  @Field(() => SupplyStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(SupplyStatusEnum)
  status?: SupplyStatusEnum | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

/** A bulk row, checked row by row in the service (see StockLevelUpsertInput). */
@InputType()
export class IncomingSupplyUpsertInput {
  @Field({ description: 'The key of the upsert (the document id in the accounting system).' })
  externalId: string;

  @Field(() => String, { nullable: true })
  sku?: string | null;

  @Field(() => String, { nullable: true })
  productExternalId?: string | null;

  @Field()
  warehouseCode: string;

  @DecimalInputField()
  quantity: Dec;

  @Field()
  expectedDate: string;

  @Field(() => SupplyStatusEnum, { defaultValue: SupplyStatusEnum.EXPECTED })
  status: SupplyStatusEnum;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class StockFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  productId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  warehouseId?: string | null;

  @Field(() => String, { nullable: true, description: 'SKU prefix.' })
  @IsOptional()
  @MaxLength(64)
  sku?: string | null;
}

@InputType()
export class SupplyFilterInput extends StockFilterInput {
  @Field(() => [SupplyStatusEnum], { nullable: true })
  @IsOptional()
  @IsEnum(SupplyStatusEnum, { each: true })
  statuses?: SupplyStatusEnum[] | null;
}
