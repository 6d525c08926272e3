import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsDateString, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { NotFoundError, resultUnion } from '../../common/errors/error-result';
import type { Dec } from '../../common/money/decimal';
import { Dec as DecClass } from '../../common/money/decimal';
import { CartType } from '../cart/cart.types';
import { OrderStatus } from './order-status';
import {
  CartEmptyError,
  CheckoutRefusedError,
  OrderLinesError,
  OrderSubmissionType,
  StatusChangeRefusedError,
} from './order.types';

export const PlaceOrderResult = resultUnion('PlaceOrderResult', OrderSubmissionType, [
  CartEmptyError,
  OrderLinesError,
  CheckoutRefusedError,
]);
export const OrderChangeResult = resultUnion('OrderChangeResult', OrderSubmissionType, [
  StatusChangeRefusedError,
  NotFoundError,
]);

@InputType()
export class OrderHistoryFilterInput {
  @Field(() => [OrderStatus], { nullable: true, description: 'Submissions with a sub-order in any of these.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(OrderStatus, { each: true })
  statuses?: OrderStatus[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the order number or the buyer’s PO number.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only orders waiting for a director’s approval.' })
  @IsOptional()
  @IsBoolean()
  awaitingMyApproval?: boolean | null;
}

@ObjectType('BuyerNotification')
export class BuyerNotificationType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'ORDER_APPROVAL_REQUESTED, ORDER_APPROVED, ORDER_REJECTED.' })
  kind: string;

  @Field()
  text: string;

  @Field(() => ID, { nullable: true })
  submissionId: string | null;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  createdAt: Date;
}

export enum RepeatChangeKind {
  DISCONTINUED = 'DISCONTINUED',
  NOT_ADDED = 'NOT_ADDED',
  PRICE_CHANGED = 'PRICE_CHANGED',
  NO_PRICE = 'NO_PRICE',
  NO_STOCK = 'NO_STOCK',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  QUANTITY_ADJUSTED = 'QUANTITY_ADJUSTED',
}
registerEnumType(RepeatChangeKind, { name: 'RepeatChangeKind' });

@ObjectType('RepeatChange')
export class RepeatChangeType {
  @Field()
  sku: string;

  @Field()
  name: string;

  @Field(() => RepeatChangeKind)
  change: RepeatChangeKind;

  @Field()
  message: string;

  @Field(() => DecClass, { nullable: true })
  oldPrice: Dec | null;

  @Field(() => DecClass, { nullable: true })
  newPrice: Dec | null;
}

@ObjectType('RepeatOrderReport', { description: 'A past order put into the cart, and what changed since.' })
export class RepeatOrderReportType {
  @Field(() => CartType)
  cart: CartType;

  @Field(() => Int)
  applied: number;

  @Field(() => [RepeatChangeType])
  changes: RepeatChangeType[];
}
