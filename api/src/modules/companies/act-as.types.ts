import { Field, ID, ObjectType } from '@nestjs/graphql';
import { resultUnion } from '../../common/errors/error-result';
import { InvalidTokenError } from '../identity/identity.errors';
import { ShopAuthPayload } from '../identity/identity.types';
import { NotActiveError } from './companies.errors';

@ObjectType('ActAsTicket')
export class ActAsTicketType {
  @Field({ description: 'Single use, valid for two minutes: pass it to the storefront’s redeemActAsTicket.' })
  ticket: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field({ description: 'The storefront page that redeems the ticket; open it in a new tab.' })
  url: string;
}

@ObjectType('ActAsSession')
export class ActAsSessionType {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  startedAt: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => ID)
  companyId: string;

  @Field()
  companyName: string;

  @Field(() => ID)
  buyerUserId: string;

  @Field()
  buyerName: string;

  @Field()
  buyerEmail: string;

  @Field(() => ID)
  staffUserId: string;

  @Field()
  staffName: string;
}

export const StartActAsResult = resultUnion('StartActAsResult', ActAsTicketType, [NotActiveError]);
export const RedeemActAsTicketResult = resultUnion('RedeemActAsTicketResult', ShopAuthPayload, [InvalidTokenError]);
