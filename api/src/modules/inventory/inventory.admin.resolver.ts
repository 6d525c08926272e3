import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { Permission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UserInputError } from '../../common/errors/domain-errors';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { BatchOptionsInput, MAX_BATCH_ROWS } from '../../common/batch/batch.types';
import { PageArgs } from '../../common/pagination/pagination.types';
import {
  AdminReservationFilterInput,
  IncomingSupplyInput,
  StockAdjustmentInput,
  StockFilterInput,
  SupplyFilterInput,
  UpdateIncomingSupplyInput,
  IncomingSupplyUpsertInput,
  StockLevelUpsertInput,
  WarehouseInput,
} from './inventory.inputs';
import {
  AdminReservationPage,
  AdminReservationType,
  IncomingSupplyBatchResult,
  IncomingSupplyPage,
  IncomingSupplyType,
  StockBatchResult,
  StockLevelPage,
  StockLevelType,
  WarehouseType,
} from './inventory.types';
import { ReservationService } from './reservation.service';
import { StockService } from './stock.service';

function assertBatchSize(rows: unknown[]): void {
  if (rows.length > MAX_BATCH_ROWS) throw new UserInputError('rows', `rows: at most ${MAX_BATCH_ROWS} rows per call`);
}

@Resolver()
export class InventoryAdminResolver {
  constructor(
    private readonly stock: StockService,
    private readonly reservationsService: ReservationService,
  ) {}

  @Allow(Permission.READ_CATALOG, Permission.MANAGE_STOCK)
  @Query(() => [WarehouseType], { description: 'All warehouses, inactive too.' })
  warehouses(@Ctx() ctx: RequestContext) {
    return this.stock.warehouses(ctx, false);
  }

  @Allow(Permission.MANAGE_STOCK)
  @Mutation(() => WarehouseType)
  createWarehouse(@Ctx() ctx: RequestContext, @Args('input') input: WarehouseInput) {
    return this.stock.saveWarehouse(ctx, null, input);
  }

  @Allow(Permission.MANAGE_STOCK)
  @Mutation(() => WarehouseType)
  updateWarehouse(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: WarehouseInput,
  ) {
    return this.stock.saveWarehouse(ctx, id, input);
  }

  @Allow(Permission.READ_CATALOG, Permission.MANAGE_STOCK)
  @Query(() => StockLevelPage, { description: 'On hand, reserved and available per product × warehouse.' })
  stockLevels(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => StockFilterInput, nullable: true }) filter: StockFilterInput | null,
  ) {
    return this.stock.levels(ctx, filter ?? {}, page.skip ?? 0, page.take ?? 50);
  }

  @Allow(Permission.MANAGE_STOCK)
  @Mutation(() => StockLevelType, { description: 'A manual correction of on-hand stock with its reason (audited).' })
  adjustStock(@Ctx() ctx: RequestContext, @Args('input') input: StockAdjustmentInput) {
    return this.stock.adjust(ctx, input);
  }

  @Allow(Permission.MANAGE_STOCK)
  @Mutation(() => StockBatchResult, {
    description: 'Integrators: absolute on-hand per product (SKU or externalId) × warehouse code, up to 10 000 rows.',
  })
  upsertStockLevels(
    @Ctx() ctx: RequestContext,
    @Args('rows', { type: () => [StockLevelUpsertInput] }) rows: StockLevelUpsertInput[],
    @Args('options', { type: () => BatchOptionsInput, nullable: true }) options: BatchOptionsInput | null,
  ) {
    assertBatchSize(rows);
    return this.stock.upsertLevels(ctx, rows, options?.allOrNothing ?? false);
  }

  @Allow(Permission.READ_CATALOG, Permission.MANAGE_STOCK)
  @Query(() => IncomingSupplyPage)
  incomingSupplies(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => SupplyFilterInput, nullable: true }) filter: SupplyFilterInput | null,
  ) {
    return this.stock.supplies(ctx, filter ?? {}, page.skip ?? 0, page.take ?? 50);
  }

  @Allow(Permission.MANAGE_STOCK)
  @Mutation(() => IncomingSupplyType)
  createIncomingSupply(@Ctx() ctx: RequestContext, @Args('input') input: IncomingSupplyInput) {
    return this.stock.createSupply(ctx, input);
  }

  @Allow(Permission.MANAGE_STOCK)
  @Mutation(() => IncomingSupplyType)
  updateIncomingSupply(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateIncomingSupplyInput,
  ) {
    return this.stock.updateSupply(ctx, id, input);
  }

  @Allow(Permission.MANAGE_STOCK)
  @Mutation(() => IncomingSupplyBatchResult, { description: 'Integrators: supplies by externalId, up to 10 000 rows.' })
  upsertIncomingSupplies(
    @Ctx() ctx: RequestContext,
    @Args('rows', { type: () => [IncomingSupplyUpsertInput] }) rows: IncomingSupplyUpsertInput[],
    @Args('options', { type: () => BatchOptionsInput, nullable: true }) options: BatchOptionsInput | null,
  ) {
    assertBatchSize(rows);
    return this.stock.upsertSupplies(ctx, rows, options?.allOrNothing ?? false);
  }

  @Allow(Permission.READ_CATALOG, Permission.MANAGE_STOCK)
  @Query(() => AdminReservationPage, { description: 'Every company’s reservations.' })
  reservations(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => AdminReservationFilterInput, nullable: true })
    filter: AdminReservationFilterInput | null,
  ) {
    return this.reservationsService.listForStaff(ctx, filter ?? {}, page.skip ?? 0, page.take ?? 50);
  }

  @Allow(Permission.MANAGE_STOCK)
  @Mutation(() => AdminReservationType, {
    description: 'Staff end a buyer’s reservation early (audited with the reason).',
  })
  releaseReservation(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ) {
    return this.reservationsService.releaseByStaff(ctx, id, reason);
  }
}
