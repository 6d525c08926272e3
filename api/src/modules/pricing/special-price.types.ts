import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { resultUnion } from '../../common/errors/error-result';
import { Dec as DecClass, type Dec } from '../../common/money/decimal';
import { DecimalInputField } from '../../common/money/decimal-input';
import { PageType } from '../../common/pagination/pagination.types';
import { AlreadyDecidedError } from '../companies/companies.errors';

export enum SpecialPriceStatusEnum {
  PENDING = 'PENDING',
  COUNTER_OFFERED = 'COUNTER_OFFERED',
  APPROVED = 'APPROVED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REJECTED = 'REJECTED',
}
registerEnumType(SpecialPriceStatusEnum, {
  name: 'SpecialPriceStatus',
  description:
    'PENDING → APPROVED | REJECTED | COUNTER_OFFERED; COUNTER_OFFERED → ACCEPTED | DECLINED. APPROVED and ACCEPTED created special prices.',
});

const ID_MESSAGE = { message: 'must be an ID returned by this API' };

@ObjectType('SpecialPriceProduct')
export class SpecialPriceProductType {
  @Field(() => ID)
  id: string;

  @Field()
  sku: string;

  @Field()
  name: string;
}

@ObjectType('SpecialPriceRequestLine')
export class SpecialPriceLineType {
  @Field(() => ID)
  id: string;

  @Field(() => SpecialPriceProductType)
  product: SpecialPriceProductType;

  @Field(() => DecClass, { description: 'In base units; the special price applies from this quantity.' })
  quantity: Dec;

  @Field(() => DecClass, { description: 'The price asked for (per base unit, in the contract price type’s VAT mode).' })
  targetPrice: Dec;

  @Field(() => DecClass, { nullable: true, description: 'The buyer’s price when he asked.' })
  currentPrice: Dec | null;

  @Field(() => DecClass, { nullable: true, description: 'The manager’s counter-offer.' })
  offeredPrice: Dec | null;

  @Field(() => DecClass, { nullable: true, description: 'The special price granted.' })
  approvedPrice: Dec | null;
}

@ObjectType('SpecialPriceRequest', { description: 'A request for a better price, as the buyer sees it.' })
export class SpecialPriceRequestType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field(() => SpecialPriceStatusEnum)
  status: SpecialPriceStatusEnum;

  @Field()
  comment: string;

  @Field(() => String, { nullable: true })
  managerComment: string | null;

  @Field(() => String, { nullable: true })
  rejectReason: string | null;

  @Field(() => String, { nullable: true })
  declineComment: string | null;

  @Field(() => Date, { nullable: true, description: 'The special prices hold until then (exclusive).' })
  validUntil: Date | null;

  @Field({ description: 'Granted and not yet expired.' })
  active: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => [SpecialPriceLineType])
  lines: SpecialPriceLineType[];
}

export const SpecialPriceRequestPage = PageType(SpecialPriceRequestType, 'SpecialPriceRequestPage');
export const SpecialPriceRequestResult = resultUnion('SpecialPriceRequestResult', SpecialPriceRequestType, [
  AlreadyDecidedError,
]);

@ObjectType('AdminSpecialPriceClient')
export class AdminSpecialPriceClientType {
  @Field(() => ID)
  companyId: string;

  @Field()
  companyName: string;

  @Field(() => ID)
  contractId: string;

  @Field()
  contractNumber: string;

  @Field()
  buyerEmail: string;

  @Field()
  buyerName: string;
}

@ObjectType('AdminSpecialPriceRequest')
export class AdminSpecialPriceRequestType extends SpecialPriceRequestType {
  @Field(() => AdminSpecialPriceClientType)
  client: AdminSpecialPriceClientType;

  @Field(() => [ID], { description: 'The price rules it created.' })
  ruleIds: string[];
}

export const AdminSpecialPriceRequestPage = PageType(AdminSpecialPriceRequestType, 'AdminSpecialPriceRequestPage');
export const AdminSpecialPriceRequestResult = resultUnion(
  'AdminSpecialPriceRequestResult',
  AdminSpecialPriceRequestType,
  [AlreadyDecidedError],
);

@InputType()
export class SpecialPriceLineInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  productId: string;

  @DecimalInputField({ description: 'In base units.' })
  quantity: Dec;

  @DecimalInputField()
  targetPrice: Dec;
}

@InputType()
export class RequestSpecialPriceInput {
  @Field(() => [SpecialPriceLineInput])
  @ValidateNested({ each: true })
  @Type(() => SpecialPriceLineInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  lines: SpecialPriceLineInput[];

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  comment: string;
}

@InputType()
export class SpecialPriceLinePriceInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  lineId: string;

  @DecimalInputField()
  price: Dec;
}

@InputType()
export class DecideSpecialPriceInput {
  @Field(() => [SpecialPriceLinePriceInput], {
    nullable: true,
    description: 'Approve: prices per line (default: the target prices). Counter-offer: every line.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => SpecialPriceLinePriceInput)
  @ArrayMaxSize(100)
  prices?: SpecialPriceLinePriceInput[] | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the prices hold (default 30 days from now; at most a year).',
  })
  @IsOptional()
  validUntil?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;
}

@InputType()
export class SpecialPriceFilterInput {
  @Field(() => [SpecialPriceStatusEnum], { nullable: true })
  @IsOptional()
  statuses?: SpecialPriceStatusEnum[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  companyId?: string | null;
}

@InputType()
export class RejectSpecialPriceInput {
  @Field()
  @IsNotEmpty({ message: 'reason: required' })
  @MaxLength(2000)
  reason: string;
}
