import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDateString,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { RowError } from '../../common/batch/batch.types';
import { NotFoundError, resultUnion } from '../../common/errors/error-result';
import { ChangesPageType } from '../../common/pagination/changes-cursor';
import { PageType } from '../../common/pagination/pagination.types';
import { OrderStatus } from './order-status';
import { WarehouseRefType } from '../catalog/catalog.types';
import { ApprovalReasonType, ApprovalStatus, SalesOrderType, StatusChangeRefusedError } from './order.types';

@ObjectType('AdminOrderCompany')
export class AdminOrderCompanyType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  managerId: string | null;
}

@ObjectType('AdminOrder', { description: 'A sub-order as staff and integrators see it.' })
export class AdminOrderType extends SalesOrderType {
  @Field(() => AdminOrderCompanyType)
  company: AdminOrderCompanyType;

  @Field(() => ID)
  submissionId: string;

  @Field()
  submissionNumber: string;

  @Field()
  buyerName: string;

  @Field(() => String, { nullable: true })
  poNumber: string | null;

  @Field(() => String, { nullable: true, description: 'The id in the accounting system (1C), set by integrators.' })
  externalId: string | null;

  @Field()
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'The submission’s delivery address (or a pickup warehouse).' })
  deliveryAddress: string | null;

  @Field(() => WarehouseRefType, { nullable: true })
  pickupWarehouse: WarehouseRefType | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, as the buyer asked.' })
  desiredDate: string | null;

  @Field(() => String, { nullable: true, description: 'The buyer’s comment at checkout.' })
  comment: string | null;

  @Field(() => ApprovalStatus)
  approvalStatus: ApprovalStatus;

  @Field(() => String, { nullable: true })
  approvalComment: string | null;

  @Field(() => [ApprovalReasonType], {
    description: 'The buyer’s limits the submission broke (why it waits or waited for his director); empty when none.',
  })
  approvalReasons: ApprovalReasonType[];

  @Field()
  currency: string;

  @Field()
  contractNumber: string;
}

export const AdminOrderPage = PageType(AdminOrderType, 'AdminOrderPage');
export const AdminOrderChanges = ChangesPageType(AdminOrderType, 'AdminOrderChanges');
export const ChangeOrderStatusResult = resultUnion('ChangeOrderStatusResult', AdminOrderType, [
  StatusChangeRefusedError,
  NotFoundError,
]);

@InputType()
export class AdminOrderFilterInput {
  @Field(() => [OrderStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(OrderStatus, { each: true })
  statuses?: OrderStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  companyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The client’s manager (staff user).' })
  @IsOptional()
  @IsUUID()
  managerId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Order number, PO number or company name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

@InputType()
export class OrderStatusUpdateInput {
  @Field({ description: 'The sub-order number (2026-000123-1) as the API gave it.' })
  @IsString()
  @MaxLength(24)
  number: string;

  @Field(() => OrderStatus)
  @IsEnum(OrderStatus)
  status: OrderStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'The order’s id in the accounting system.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  externalId?: string | null;
}

@InputType()
export class SetOrderStatusesInput {
  @Field(() => [OrderStatusUpdateInput])
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => OrderStatusUpdateInput)
  updates: OrderStatusUpdateInput[];
}

@ObjectType('OrderStatusUpdateItem')
export class OrderStatusUpdateItemType {
  @Field()
  number: string;

  @Field(() => OrderStatus)
  status: OrderStatus;

  @Field({ description: 'False when the order already had that status (a resend).' })
  changed: boolean;
}

@ObjectType('SetOrderStatusesResult')
export class SetOrderStatusesResultType {
  @Field(() => [OrderStatusUpdateItemType])
  items: OrderStatusUpdateItemType[];

  @Field(() => [RowError], { description: 'NOT_FOUND, BACKWARD, FINAL_STATUS, NO_SUCH_TRANSITION, REASON_REQUIRED…' })
  rowErrors: RowError[];
}
