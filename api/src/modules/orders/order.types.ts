import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDateString, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ErrorCode, ErrorResult } from '../../common/errors/error-result';
import type { Dec } from '../../common/money/decimal';
import { Dec as DecClass } from '../../common/money/decimal';
import { PageType } from '../../common/pagination/pagination.types';
import { WarehouseRefType } from '../catalog/catalog.types';
import { ApprovalLimitKind } from './order-limits';
import { OrderStatus } from './order-status';

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'The lifecycle of a (sub-)order; see docs/ordering.md.',
});

export enum ApprovalStatus {
  NOT_REQUIRED = 'NOT_REQUIRED',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** Nobody decided within ORDER_APPROVAL_TIMEOUT_HOURS: cancelled automatically. */
  EXPIRED = 'EXPIRED',
}
registerEnumType(ApprovalStatus, { name: 'ApprovalStatus' });
registerEnumType(ApprovalLimitKind, {
  name: 'ApprovalLimitKind',
  description: 'Which of the buyer’s limits an order broke: per order, or the calendar month’s total.',
});

@ObjectType('ApprovalReason', { description: 'Why an order waits (waited) for a director: a limit and the figures.' })
export class ApprovalReasonType {
  @Field(() => ApprovalLimitKind)
  kind: ApprovalLimitKind;

  @Field(() => DecClass, { description: 'The buyer’s limit at placement.' })
  limit: Dec;

  @Field(() => DecClass, { description: 'This order’s total.' })
  orderTotal: Dec;

  @Field(() => DecClass, {
    nullable: true,
    description:
      'MONTHLY_LIMIT: the buyer’s orders of the month before this one (cancelled and rejected ones not counted).',
  })
  monthSpent: Dec | null;
}

@ObjectType('OrderLine')
export class OrderLineType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => ID)
  productId: string;

  @Field()
  sku: string;

  @Field()
  name: string;

  @Field()
  unitCode: string;

  @Field(() => String, { nullable: true })
  packagingCode: string | null;

  @Field(() => DecClass, { description: 'In the line unit (packages when packagingCode is set).' })
  quantity: Dec;

  @Field(() => DecClass)
  baseQuantity: Dec;

  @Field(() => DecClass, { description: 'Per line unit, as priced at placement.' })
  price: Dec;

  @Field(() => DecClass, { nullable: true })
  vatRate: Dec | null;

  @Field(() => DecClass, { description: 'With VAT.' })
  amount: Dec;

  @Field(() => DecClass)
  vatAmount: Dec;
}

@ObjectType('OrderStatusChange', { description: 'Who changed the status, when and why.' })
export class OrderStatusChangeType {
  @Field(() => OrderStatus, { nullable: true })
  fromStatus: OrderStatus | null;

  @Field(() => OrderStatus)
  toStatus: OrderStatus;

  @Field({ description: 'buyer, director, staff, integrator or system.' })
  actorKind: string;

  @Field()
  actorName: string;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field()
  at: Date;
}

@ObjectType('SalesOrder', { description: 'A sub-order: one warehouse, one division, one seller legal entity.' })
export class SalesOrderType {
  @Field(() => ID)
  id: string;

  @Field()
  number: string;

  @Field(() => OrderStatus)
  status: OrderStatus;

  @Field(() => WarehouseRefType, { nullable: true })
  warehouse: WarehouseRefType | null;

  @Field(() => String, { nullable: true })
  divisionName: string | null;

  @Field(() => String, { nullable: true })
  sellerName: string | null;

  @Field(() => DecClass)
  total: Dec;

  @Field(() => DecClass)
  vatTotal: Dec;

  @Field(() => Int)
  lineCount: number;

  @Field(() => [OrderLineType])
  lines: OrderLineType[];

  @Field(() => [OrderStatusChangeType])
  history: OrderStatusChangeType[];

  @Field(() => [OrderStatus], { description: 'Statuses this caller may move the order to now.' })
  nextStatuses: OrderStatus[];

  @Field()
  updatedAt: Date;
}

@ObjectType('OrderSubmission', { description: 'What the buyer placed at checkout, with its sub-orders.' })
export class OrderSubmissionType {
  @Field(() => ID)
  id: string;

  @Field()
  number: string;

  @Field()
  createdAt: Date;

  @Field()
  buyerName: string;

  @Field(() => ID)
  buyerUserId: string;

  @Field()
  contractNumber: string;

  @Field()
  currency: string;

  @Field(() => DecClass)
  total: Dec;

  @Field(() => DecClass)
  vatTotal: Dec;

  @Field(() => String, { nullable: true })
  deliveryAddress: string | null;

  @Field(() => WarehouseRefType, { nullable: true })
  pickupWarehouse: WarehouseRefType | null;

  @Field(() => String, { nullable: true })
  desiredDate: string | null;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => String, { nullable: true })
  poNumber: string | null;

  @Field(() => ApprovalStatus)
  approvalStatus: ApprovalStatus;

  @Field(() => String, { nullable: true })
  approvalComment: string | null;

  @Field(() => [ApprovalReasonType], { description: 'The limits the order broke (empty when it needed no approval).' })
  approvalReasons: ApprovalReasonType[];

  @Field(() => [SalesOrderType])
  orders: SalesOrderType[];
}

export const OrderSubmissionPage = PageType(OrderSubmissionType, 'OrderSubmissionPage');

@InputType()
export class PlaceOrderInput {
  @Field({ description: 'Made once per checkout screen: a second submit with it returns the first order.' })
  @IsString()
  @MinLength(8)
  @MaxLength(100)
  idempotencyKey: string;

  @Field(() => ID, { nullable: true, description: 'A delivery address of the company, or…' })
  @IsOptional()
  @IsUUID()
  deliveryAddressId?: string | null;

  @Field(() => ID, { nullable: true, description: '…a pickup warehouse (then every line comes from it).' })
  @IsOptional()
  @IsUUID()
  pickupWarehouseId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or later.' })
  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  desiredDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'The buyer’s own purchase order number.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  poNumber?: string | null;
}

@ObjectType('OrderLineProblem')
export class OrderLineProblemType {
  @Field(() => ID)
  productId: string;

  @Field()
  sku: string;

  @Field({ description: 'INSUFFICIENT_STOCK, NO_STOCK, SPLIT_NOT_ALLOWED, NO_PRICE, DISCONTINUED, NOT_MULTIPLE…' })
  problem: string;

  @Field()
  message: string;

  @Field(() => DecClass, { nullable: true })
  requested: Dec | null;

  @Field(() => DecClass, { nullable: true })
  available: Dec | null;
}

@ObjectType({ implements: () => ErrorResult })
export class CartEmptyError extends ErrorResult {
  constructor() {
    super(ErrorCode.CART_EMPTY, 'The cart is empty');
  }
}

@ObjectType({
  implements: () => ErrorResult,
  description: 'Lines that cannot be placed as they are; nothing was placed.',
})
export class OrderLinesError extends ErrorResult {
  @Field(() => [OrderLineProblemType])
  lines: OrderLineProblemType[];

  constructor(code: ErrorCode, message: string, lines: OrderLineProblemType[]) {
    super(code, message);
    this.lines = lines;
  }
}

@ObjectType({ implements: () => ErrorResult })
export class CheckoutRefusedError extends ErrorResult {
  @Field({
    description: 'Which checkout field is wrong (contract, deliveryAddressId, pickupWarehouseId, desiredDate).',
  })
  field: string;

  constructor(field: string, message: string) {
    super(ErrorCode.CHECKOUT_REFUSED, message);
    this.field = field;
  }
}

@ObjectType({ implements: () => ErrorResult })
export class StatusChangeRefusedError extends ErrorResult {
  @Field({
    description: 'UNKNOWN_STATUS, FINAL_STATUS, BACKWARD, NOT_ALLOWED_FOR_ACTOR, NO_SUCH_TRANSITION, REASON_REQUIRED.',
  })
  reason: string;

  constructor(reason: string, message: string) {
    super(ErrorCode.STATUS_CHANGE_REFUSED, message);
    this.reason = reason;
  }
}
