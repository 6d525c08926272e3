import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { Permission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { ChangesArgs } from '../../common/pagination/changes-cursor';
import { PageArgs } from '../../common/pagination/pagination.types';
import { OrderStatus } from './order-status';
import {
  AdminOrderChanges,
  AdminOrderFilterInput,
  AdminOrderPage,
  AdminOrderType,
  ChangeOrderStatusResult,
  SetOrderStatusesInput,
  SetOrderStatusesResultType,
} from './orders.admin.types';
import { OrdersAdminService } from './orders-admin.service';
import { SplitRulesService } from './split-rules.service';
import {
  SellerDivisionInput,
  SellerDivisionType,
  SellerLegalEntityInput,
  SellerLegalEntityType,
  SplitRuleInput,
  SplitRuleSetType,
} from './split-rules.types';

/** Staff order screens, the split-rule editor and the integrators' order API (/admin-api). */
@Resolver()
export class OrdersAdminResolver {
  constructor(
    private readonly orders: OrdersAdminService,
    private readonly rules: SplitRulesService,
  ) {}

  @Allow(Permission.READ_ORDERS)
  @Query(() => AdminOrderPage, { description: 'Sub-orders of the clients you may see, newest first.' })
  adminOrders(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => AdminOrderFilterInput, nullable: true }) filter: AdminOrderFilterInput | null,
  ) {
    return this.orders.list(ctx, filter ?? {}, page.skip ?? 0, page.take ?? 50);
  }

  @Allow(Permission.READ_ORDERS)
  @Query(() => AdminOrderType)
  adminOrder(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.orders.one(ctx, id);
  }

  @Allow(Permission.MANAGE_ORDERS)
  @Mutation(() => ChangeOrderStatusResult, { description: 'Moves a sub-order along its lifecycle (audited).' })
  changeOrderStatus(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('status', { type: () => OrderStatus }) status: OrderStatus,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
  ) {
    return this.orders.changeStatus(ctx, id, status, comment?.slice(0, 1000) ?? null);
  }

  @Allow(Permission.READ_ORDERS)
  @Query(() => AdminOrderChanges, { description: 'Integrators: sub-orders changed since the cursor.' })
  orderChanges(@Ctx() ctx: RequestContext, @Args() args: ChangesArgs) {
    return this.orders.changes(ctx, args);
  }

  @Allow(Permission.MANAGE_ORDERS)
  @Mutation(() => SetOrderStatusesResultType, {
    description: 'Integrators: statuses by sub-order number, up to 1,000 at once; resending is harmless.',
  })
  setOrderStatuses(@Ctx() ctx: RequestContext, @Args('input') input: SetOrderStatusesInput) {
    return this.orders.setStatuses(ctx, input);
  }

  @Allow(Permission.READ_ORDERS)
  @Query(() => SplitRuleSetType, { description: 'The ordered split rules and what the editor should fix.' })
  splitRules(@Ctx() ctx: RequestContext) {
    return this.rules.ruleSet(ctx);
  }

  @Allow(Permission.MANAGE_ORDERS)
  @Mutation(() => SplitRuleSetType, { description: 'Replaces the split rules with this ordered list.' })
  saveSplitRules(@Ctx() ctx: RequestContext, @Args('rules', { type: () => [SplitRuleInput] }) rules: SplitRuleInput[]) {
    return this.rules.save(ctx, rules.slice(0, 200));
  }

  @Allow(Permission.READ_ORDERS)
  @Query(() => [SellerDivisionType])
  sellerDivisions(@Ctx() ctx: RequestContext) {
    return this.rules.divisions(ctx);
  }

  @Allow(Permission.READ_ORDERS)
  @Query(() => [SellerLegalEntityType])
  sellerLegalEntities(@Ctx() ctx: RequestContext) {
    return this.rules.legalEntities(ctx);
  }

  @Allow(Permission.MANAGE_ORDERS)
  @Mutation(() => SellerDivisionType)
  createSellerDivision(@Ctx() ctx: RequestContext, @Args('input') input: SellerDivisionInput) {
    return this.rules.createDivision(ctx, input);
  }

  @Allow(Permission.MANAGE_ORDERS)
  @Mutation(() => SellerLegalEntityType)
  createSellerLegalEntity(@Ctx() ctx: RequestContext, @Args('input') input: SellerLegalEntityInput) {
    return this.rules.createLegalEntity(ctx, input);
  }
}
