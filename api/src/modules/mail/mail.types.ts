import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PageType } from '../../common/pagination/pagination.types';

export enum OutboxStatusType {
  PENDING = 'pending',
  SENT = 'sent',
  FAILED = 'failed',
}
registerEnumType(OutboxStatusType, { name: 'EmailStatus' });

@ObjectType('OutboxEmail', { description: 'An e-mail in the outbox: queued, sent or given up on.' })
export class OutboxEmailType {
  @Field(() => ID)
  id: string;

  @Field()
  to: string;

  @Field(() => String, { nullable: true })
  toName: string | null;

  @Field()
  template: string;

  @Field()
  locale: string;

  @Field()
  subject: string;

  @Field()
  textBody: string;

  @Field()
  htmlBody: string;

  @Field(() => ID, { nullable: true })
  companyId: string | null;

  @Field(() => OutboxStatusType)
  status: OutboxStatusType;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;
}

export const OutboxEmailPage = PageType(OutboxEmailType, 'OutboxEmailPage');

@InputType()
export class OutboxFilterInput {
  @Field(() => OutboxStatusType, { nullable: true })
  @IsOptional()
  @IsEnum(OutboxStatusType)
  status?: OutboxStatusType | null;

  @Field(() => String, { nullable: true, description: 'Exact recipient address.' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  to?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID returned by this API' })
  companyId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  template?: string | null;
}

@ArgsType()
export class OutboxFilterArgs {
  @Field(() => OutboxFilterInput, { nullable: true })
  @IsOptional()
  filter?: OutboxFilterInput | null;
}
