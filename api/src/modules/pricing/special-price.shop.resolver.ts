import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { BuyerPermission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { PageArgs } from '../../common/pagination/pagination.types';
import { SpecialPriceService } from './special-price.service';
import {
  RequestSpecialPriceInput,
  SpecialPriceRequestPage,
  SpecialPriceRequestResult,
  SpecialPriceRequestType,
} from './special-price.types';

/** The buyer's special-price requests (his company's, under the session's contract). */
@Allow(BuyerPermission.REQUEST_PRICES)
@Resolver()
export class SpecialPriceShopResolver {
  constructor(private readonly service: SpecialPriceService) {}

  @Query(() => SpecialPriceRequestPage, { description: 'Your company’s special-price requests, newest first.' })
  specialPriceRequests(@Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return this.service.listForBuyer(ctx, page.skip ?? 0, page.take ?? 50);
  }

  @Query(() => SpecialPriceRequestType)
  specialPriceRequest(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.service.getForBuyer(ctx, id);
  }

  @Mutation(() => SpecialPriceRequestType, {
    description:
      'Ask for a better price on some products and quantities (target price per base unit), under the active contract.',
  })
  requestSpecialPrice(@Ctx() ctx: RequestContext, @Args('input') input: RequestSpecialPriceInput) {
    return this.service.request(ctx, input);
  }

  @Mutation(() => SpecialPriceRequestResult, {
    description: 'Accept the manager’s counter-offer: the offered prices apply.',
  })
  acceptSpecialPriceOffer(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.service.accept(ctx, id);
  }

  @Mutation(() => SpecialPriceRequestResult)
  declineSpecialPriceOffer(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
  ) {
    return this.service.decline(ctx, id, comment?.slice(0, 2000) ?? null);
  }
}
