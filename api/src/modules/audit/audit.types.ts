import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageType } from '../../common/pagination/pagination.types';

const UUID_MESSAGE = { message: 'must be an ID returned by this API' };

@ObjectType('AuditEvent')
export class AuditEventType {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field({ description: 'staff, buyer, apiKey or system.' })
  actorKind: string;

  @Field(() => ID, { nullable: true })
  staffUserId: string | null;

  @Field(() => String, { nullable: true })
  staffUserName: string | null;

  @Field(() => ID, { nullable: true })
  buyerUserId: string | null;

  @Field(() => String, { nullable: true })
  buyerUserName: string | null;

  @Field(() => ID, { nullable: true })
  apiKeyId: string | null;

  @Field(() => String, { nullable: true })
  apiKeyName: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff user behind an act-as session.' })
  actingStaffUserId: string | null;

  @Field(() => String, { nullable: true })
  actingStaffUserName: string | null;

  @Field(() => ID, { nullable: true })
  companyId: string | null;

  @Field(() => String, { nullable: true })
  companyName: string | null;

  @Field({ description: 'Dotted verb, e.g. registration.approved, company.blocked, member.role_changed.' })
  action: string;

  @Field()
  entityType: string;

  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Field(() => String, { nullable: true, description: 'The state before, as JSON text.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The state after, as JSON text.' })
  after: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

export const AuditEventPage = PageType(AuditEventType, 'AuditEventPage');

@InputType()
export class AuditFilterInput {
  @Field(() => String, { nullable: true, description: 'An action, or a prefix ending in a dot (e.g. `act_as.`).' })
  @IsOptional()
  @MaxLength(80)
  action?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', UUID_MESSAGE)
  companyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Actions by this staff user, directly or while acting as a buyer.' })
  @IsOptional()
  @IsUUID('all', UUID_MESSAGE)
  staffUserId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', UUID_MESSAGE)
  buyerUserId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this moment (inclusive).' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this moment (exclusive).' })
  @IsOptional()
  to?: Date | null;
}

@ArgsType()
export class AuditEventsArgs {
  @Field(() => AuditFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditFilterInput)
  filter?: AuditFilterInput | null;
}
