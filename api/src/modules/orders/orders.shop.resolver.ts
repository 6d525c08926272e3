import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { BuyerPermission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UuidListPipe, UuidPipe } from '../../common/errors/uuid.pipe';
import { PageArgs } from '../../common/pagination/pagination.types';
import { OrderSubmissionPage, OrderSubmissionType, PlaceOrderInput } from './order.types';
import { OrdersService } from './orders.service';
import {
  BuyerNotificationType,
  OrderChangeResult,
  OrderHistoryFilterInput,
  PlaceOrderResult,
  RepeatOrderReportType,
} from './orders.shop.types';
import { PlacementService } from './placement.service';

@Resolver()
export class OrdersShopResolver {
  constructor(
    private readonly placement: PlacementService,
    private readonly orders: OrdersService,
  ) {}

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => PlaceOrderResult, {
    description: 'Checkout: the cart becomes an order (split into sub-orders), stock reserved; idempotent by key.',
  })
  async placeOrder(@Ctx() ctx: RequestContext, @Args('input') input: PlaceOrderInput) {
    const result = await this.placement.place(ctx, input);
    return 'submissionId' in result ? this.orders.placed(ctx, result.submissionId) : result;
  }

  @Query(() => OrderSubmissionPage, {
    description: 'Order history: a purchaser sees his own orders, directors and accountants the company’s.',
  })
  orderSubmissions(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => OrderHistoryFilterInput, nullable: true }) filter: OrderHistoryFilterInput | null,
  ) {
    return this.orders.history(ctx, filter ?? {}, page.skip ?? 0, page.take ?? 20);
  }

  @Query(() => OrderSubmissionType)
  orderSubmission(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.orders.submission(ctx, id);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => OrderChangeResult, { description: 'Cancels a sub-order while it is awaiting approval or new.' })
  cancelOrder(
    @Ctx() ctx: RequestContext,
    @Args('orderId', { type: () => ID }, UuidPipe) orderId: string,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
  ) {
    return this.orders.cancel(ctx, orderId, comment?.slice(0, 1000) ?? null);
  }

  @Allow(BuyerPermission.APPROVE_ORDERS)
  @Mutation(() => OrderChangeResult, { description: 'A director approves an order above a colleague’s limit.' })
  approveOrder(
    @Ctx() ctx: RequestContext,
    @Args('submissionId', { type: () => ID }, UuidPipe) submissionId: string,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
  ) {
    return this.orders.decide(ctx, submissionId, true, comment?.slice(0, 1000) ?? null);
  }

  @Allow(BuyerPermission.APPROVE_ORDERS)
  @Mutation(() => OrderChangeResult, {
    description: 'A director rejects it (a comment is required); stock is released.',
  })
  rejectOrder(
    @Ctx() ctx: RequestContext,
    @Args('submissionId', { type: () => ID }, UuidPipe) submissionId: string,
    @Args('comment', { type: () => String }) comment: string,
  ) {
    return this.orders.decide(ctx, submissionId, false, comment.slice(0, 1000));
  }

  @Query(() => [BuyerNotificationType], {
    description: 'In-app notices: approvals asked of you, decisions on your orders.',
  })
  notifications(
    @Ctx() ctx: RequestContext,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
  ) {
    return this.orders.notifications(ctx, unreadOnly);
  }

  @Mutation(() => Int)
  markNotificationsRead(@Ctx() ctx: RequestContext, @Args('ids', { type: () => [ID] }, UuidListPipe) ids: string[]) {
    return this.orders.markRead(ctx, ids.slice(0, 500));
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => RepeatOrderReportType, { description: 'Puts a past order into the cart and reports what changed.' })
  repeatOrder(@Ctx() ctx: RequestContext, @Args('submissionId', { type: () => ID }, UuidPipe) submissionId: string) {
    return this.orders.repeat(ctx, submissionId);
  }
}
