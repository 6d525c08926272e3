import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BatchResultType } from '../../common/batch/batch.types';
import { ErrorCode, ErrorResult, NotFoundError, resultUnion } from '../../common/errors/error-result';
import type { Dec } from '../../common/money/decimal';
import { Dec as DecClass } from '../../common/money/decimal';
import { PageType } from '../../common/pagination/pagination.types';
import { UnitType, WarehouseRefType } from '../catalog/catalog.types';

export enum ReservationStatusEnum {
  ACTIVE = 'ACTIVE',
  RELEASED = 'RELEASED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ReservationStatusEnum, { name: 'ReservationStatus' });

export enum SupplyStatusEnum {
  EXPECTED = 'EXPECTED',
  IN_TRANSIT = 'IN_TRANSIT',
  RECEIVED = 'RECEIVED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(SupplyStatusEnum, { name: 'SupplyStatus' });

@ObjectType('Warehouse')
export class WarehouseType {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  city: string;

  @Field()
  region: string;

  @Field({ description: 'The seller’s branch (филиал).' })
  branch: string;

  @Field({ description: 'Buyers may pick up their goods here.' })
  pickupPoint: boolean;

  @Field()
  active: boolean;

  @Field(() => Int)
  position: number;
}

@ObjectType('ProductRef')
export class ProductRefType {
  @Field(() => ID)
  id: string;

  @Field()
  sku: string;

  @Field()
  name: string;

  @Field(() => UnitType)
  unit: UnitType;
}

@ObjectType('Reservation', { description: 'A timed hold of the buyer’s company on stock at a warehouse.' })
export class ReservationType {
  @Field(() => ID)
  id: string;

  @Field(() => ProductRefType)
  product: ProductRefType;

  @Field(() => WarehouseRefType)
  warehouse: WarehouseRefType;

  @Field(() => DecClass, { description: 'In base units of the product.' })
  quantity: Dec;

  @Field(() => ReservationStatusEnum, { description: 'EXPIRED as soon as the time is up, even before the job ran.' })
  status: ReservationStatusEnum;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Int, { description: 'Seconds until it expires (0 when no longer active).' })
  secondsLeft: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field({ description: 'Who of the company reserved it.' })
  reservedBy: string;
}

@ObjectType('ReservationPolicy', { description: 'How long a buyer may hold stock (configured by the seller).' })
export class ReservationPolicyType {
  @Field(() => Int, { description: 'Hours a reservation lasts when none are given.' })
  defaultHours!: number;

  @Field(() => Int, { description: 'The most hours a reservation or an extension may ask for.' })
  maxHours!: number;
}

@ObjectType('AdminReservationCompany')
export class AdminReservationCompanyType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('AdminReservation')
export class AdminReservationType extends ReservationType {
  @Field(() => AdminReservationCompanyType)
  company: AdminReservationCompanyType;

  @Field(() => ID)
  buyerUserId: string;
}

@ObjectType('StockLevel')
export class StockLevelType {
  @Field(() => ProductRefType)
  product: ProductRefType;

  @Field(() => WarehouseRefType)
  warehouse: WarehouseRefType;

  @Field(() => DecClass)
  onHand: Dec;

  @Field(() => DecClass, { description: 'Held by active reservations.' })
  reserved: Dec;

  @Field(() => DecClass, { description: 'On hand minus reserved (expired holds not counted), never below zero.' })
  available: Dec;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('IncomingSupply')
export class IncomingSupplyType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field(() => ProductRefType)
  product: ProductRefType;

  @Field(() => WarehouseRefType)
  warehouse: WarehouseRefType;

  @Field(() => DecClass)
  quantity: Dec;

  @Field({ description: 'YYYY-MM-DD' })
  expectedDate: string;

  @Field(() => SupplyStatusEnum)
  status: SupplyStatusEnum;

  @Field(() => String, { nullable: true })
  note: string | null;
}

export const StockLevelPage = PageType(StockLevelType, 'StockLevelPage');
export const IncomingSupplyPage = PageType(IncomingSupplyType, 'IncomingSupplyPage');
export const ReservationPage = PageType(ReservationType, 'ReservationPage');
export const AdminReservationPage = PageType(AdminReservationType, 'AdminReservationPage');

@ObjectType('StockUpsertItem')
export class StockUpsertItemType {
  @Field(() => Int)
  row: number;

  @Field(() => ID)
  productId: string;

  @Field(() => ID)
  warehouseId: string;
}
export const StockBatchResult = BatchResultType(StockUpsertItemType, 'StockBatchResult');

@ObjectType('IncomingSupplyUpsertItem')
export class IncomingSupplyUpsertItemType {
  @Field(() => Int)
  row: number;

  @Field(() => ID)
  id: string;

  @Field()
  externalId: string;

  @Field()
  created: boolean;
}
export const IncomingSupplyBatchResult = BatchResultType(IncomingSupplyUpsertItemType, 'IncomingSupplyBatchResult');

@ObjectType({ implements: () => ErrorResult })
export class InsufficientStockError extends ErrorResult {
  @Field(() => DecClass, { description: 'What is available at that warehouse now.' })
  available: Dec;

  constructor(available: Dec) {
    super(ErrorCode.INSUFFICIENT_STOCK, `Only ${available.toFixed()} available at this warehouse`);
    this.available = available;
  }
}

@ObjectType({ implements: () => ErrorResult })
export class QuantityNotAllowedError extends ErrorResult {
  @Field({ description: 'NOT_POSITIVE, TOO_PRECISE, BELOW_MINIMUM, NOT_MULTIPLE or UNKNOWN_PACKAGING.' })
  problem: string;

  @Field(() => DecClass, { nullable: true, description: 'The nearest valid quantity in base units.' })
  suggestedQuantity: Dec | null;

  constructor(problem: string, message: string, suggested: Dec | null) {
    super(ErrorCode.QUANTITY_NOT_ALLOWED, message);
    this.problem = problem;
    this.suggestedQuantity = suggested;
  }
}

@ObjectType({ implements: () => ErrorResult })
export class ReservationNotActiveError extends ErrorResult {
  @Field(() => ReservationStatusEnum)
  status: ReservationStatusEnum;

  constructor(status: ReservationStatusEnum) {
    super(ErrorCode.RESERVATION_NOT_ACTIVE, `The reservation is ${status.toLowerCase()}`);
    this.status = status;
  }
}

export const ReserveStockResult = resultUnion('ReserveStockResult', ReservationType, [
  InsufficientStockError,
  QuantityNotAllowedError,
  NotFoundError,
]);
export const ReservationChangeResult = resultUnion('ReservationChangeResult', ReservationType, [
  ReservationNotActiveError,
  NotFoundError,
]);
