import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { Permission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { PageArgs } from '../../common/pagination/pagination.types';
import { SpecialPriceService } from './special-price.service';
import {
  AdminSpecialPriceRequestPage,
  AdminSpecialPriceRequestResult,
  AdminSpecialPriceRequestType,
  DecideSpecialPriceInput,
  RejectSpecialPriceInput,
  SpecialPriceFilterInput,
} from './special-price.types';

/** The special-price queue: sales managers see and decide their own clients' requests, heads of sales all. */
@Resolver()
export class SpecialPriceAdminResolver {
  constructor(private readonly service: SpecialPriceService) {}

  @Allow(Permission.READ_PRICES)
  @Query(() => AdminSpecialPriceRequestPage, { description: 'Pending first, then newest.' })
  adminSpecialPriceRequests(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => SpecialPriceFilterInput, nullable: true }) filter: SpecialPriceFilterInput | null,
  ) {
    return this.service.list(ctx, filter, page.skip ?? 0, page.take ?? 50);
  }

  @Allow(Permission.READ_PRICES)
  @Query(() => AdminSpecialPriceRequestType)
  adminSpecialPriceRequest(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => AdminSpecialPriceRequestResult, {
    description:
      'Grant the prices (default: the asked ones) until validUntil: creates a rule per line for the contract.',
  })
  approveSpecialPriceRequest(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input', { type: () => DecideSpecialPriceInput, nullable: true }) input: DecideSpecialPriceInput | null,
  ) {
    return this.service.approve(ctx, id, input ?? {});
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => AdminSpecialPriceRequestResult, { description: 'Offer other prices; the buyer accepts or declines.' })
  counterOfferSpecialPriceRequest(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: DecideSpecialPriceInput,
  ) {
    return this.service.counterOffer(ctx, id, input);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => AdminSpecialPriceRequestResult)
  rejectSpecialPriceRequest(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: RejectSpecialPriceInput,
  ) {
    return this.service.reject(ctx, id, input.reason);
  }
}
