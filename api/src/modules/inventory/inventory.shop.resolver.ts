import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { BuyerPermission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { PageArgs } from '../../common/pagination/pagination.types';
import { ReservationFilterInput, ReserveStockInput } from './inventory.inputs';
import {
  ReservationChangeResult,
  ReservationPage,
  ReservationPolicyType,
  ReserveStockResult,
  WarehouseType,
} from './inventory.types';
import { ReservationService } from './reservation.service';
import { StockService } from './stock.service';

@Resolver()
export class InventoryShopResolver {
  constructor(
    private readonly stock: StockService,
    private readonly reservationsService: ReservationService,
  ) {}

  @Allow(BuyerPermission.VIEW_CATALOG)
  @Query(() => [WarehouseType], { description: 'Active warehouses (columns and filters of the catalog table).' })
  warehouses(@Ctx() ctx: RequestContext) {
    return this.stock.warehouses(ctx, true);
  }

  @Allow(BuyerPermission.VIEW_CATALOG)
  @Query(() => ReservationPage, { description: 'Reservations of the buyer’s company, active ones first.' })
  reservations(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ReservationFilterInput, nullable: true }) filter: ReservationFilterInput | null,
  ) {
    return this.reservationsService.listForBuyer(ctx, filter ?? {}, page.skip ?? 0, page.take ?? 50);
  }

  @Allow(BuyerPermission.VIEW_CATALOG)
  @Query(() => ReservationPolicyType, {
    description: 'The default and maximum hours of a reservation (for the reserve and extend forms).',
  })
  reservationPolicy() {
    return this.reservationsService.policy();
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => ReserveStockResult, { description: 'Holds stock at a warehouse for the company for a limited time.' })
  reserveStock(@Ctx() ctx: RequestContext, @Args('input') input: ReserveStockInput) {
    return this.reservationsService.reserve(ctx, input);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => ReservationChangeResult, { description: 'Holds an active reservation for `hours` from now.' })
  extendReservation(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('hours', { type: () => Int, nullable: true }) hours: number | null,
  ) {
    return this.reservationsService.extend(ctx, id, hours);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => ReservationChangeResult, { description: 'Gives the reserved stock back.' })
  releaseReservation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.reservationsService.release(ctx, id);
  }
}
