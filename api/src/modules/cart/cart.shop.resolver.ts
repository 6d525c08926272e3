import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { BuyerPermission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { resultUnion, NotFoundError } from '../../common/errors/error-result';
import { UuidListPipe, UuidPipe } from '../../common/errors/uuid.pipe';
import { QuantityNotAllowedError } from '../inventory/inventory.types';
import { CartService } from './cart.service';
import {
  AddCartLinesInput,
  CartAddMode,
  CartChangeType,
  CartLineUpdateType,
  CartType,
  MAX_CART_LINES,
  UpdateCartLineInput,
} from './cart.types';
import { ListsService } from './lists.service';
import {
  AddShortListSkusInput,
  ListItemInput,
  OrderTemplateType,
  SaveTemplateInput,
  ShortListChangeType,
  ShortListInput,
  ShortListType,
  UpdateShortListItemsInput,
} from './lists.types';
import { OrderEntryReportType, QuickOrderInput } from './order-entry.types';
import { QuickOrderService } from './quick-order.service';

export const UpdateCartLineResult = resultUnion('UpdateCartLineResult', CartLineUpdateType, [
  QuantityNotAllowedError,
  NotFoundError,
]);

@Resolver()
export class CartShopResolver {
  constructor(
    private readonly carts: CartService,
    private readonly quick: QuickOrderService,
    private readonly lists: ListsService,
  ) {}

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Query(() => CartType, { description: 'The cart for the active contract, re-priced, with warnings.' })
  cart(@Ctx() ctx: RequestContext) {
    return this.carts.cart(ctx);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => CartChangeType, {
    description: 'Adds many lines at once (table entry); rows with errors are reported, the rest added.',
  })
  addCartLines(@Ctx() ctx: RequestContext, @Args('input') input: AddCartLinesInput) {
    return this.carts.addLines(ctx, input);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => UpdateCartLineResult, { description: 'Changes one line’s quantity; answers the line and totals.' })
  updateCartLine(@Ctx() ctx: RequestContext, @Args('input') input: UpdateCartLineInput) {
    return this.carts.updateLine(ctx, input);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => CartType)
  removeCartLines(@Ctx() ctx: RequestContext, @Args('lineIds', { type: () => [ID] }, UuidListPipe) lineIds: string[]) {
    return this.carts.removeLines(ctx, lineIds.slice(0, MAX_CART_LINES));
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => CartType)
  clearCart(@Ctx() ctx: RequestContext) {
    return this.carts.clear(ctx);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => OrderEntryReportType, {
    description: 'Pasted "SKU quantity [unit]" lines into the cart, with a line-by-line report.',
  })
  quickOrder(@Ctx() ctx: RequestContext, @Args('input') input: QuickOrderInput) {
    return this.quick.quickOrder(ctx, input);
  }

  // ---------------------------------------------------------------- short lists and templates

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Query(() => [ShortListType], { description: 'The buyer’s short lists and those colleagues share.' })
  shortLists(@Ctx() ctx: RequestContext) {
    return this.lists.list(ctx, 'short');
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Query(() => ShortListType, { description: 'One short list with its items (the buyer’s own or a shared one).' })
  shortList(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.lists.one(ctx, 'short', id);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => ShortListChangeType, {
    description:
      'Changes quantities of a list’s items (null clears one); rows with errors are reported, the rest applied.',
  })
  updateShortListItems(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateShortListItemsInput,
  ) {
    return this.lists.updateItems(ctx, id, input);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => ShortListChangeType, {
    description: 'Adds items by SKU or barcode; unknown SKUs and bad quantities are reported per row, the rest added.',
  })
  addShortListItemsBySku(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: AddShortListSkusInput,
  ) {
    return this.lists.addBySku(ctx, id, input);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => ShortListType)
  createShortList(@Ctx() ctx: RequestContext, @Args('input') input: ShortListInput) {
    return this.lists.createShortList(ctx, input);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => ShortListType, {
    description: 'Renames a list (its owner, or a director for a shared one) or (un)shares it (the owner only).',
  })
  updateShortList(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('name', { type: () => String, nullable: true }) name: string | null,
    @Args('shared', { type: () => Boolean, nullable: true }) shared: boolean | null,
  ) {
    return this.lists.updateShortList(ctx, id, { name, shared });
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => ShortListType)
  addToShortList(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('items', { type: () => [ListItemInput] }) items: ListItemInput[],
  ) {
    return this.lists.addToShortList(ctx, id, items);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => ShortListType)
  removeFromShortList(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('itemIds', { type: () => [ID] }, UuidListPipe) itemIds: string[],
  ) {
    return this.lists.removeFromShortList(ctx, id, itemIds);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => Boolean)
  deleteShortList(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.lists.delete(ctx, 'short', id);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => ShortListType, {
    description: 'Moves cart lines to a short list the buyer may change.',
  })
  moveCartLinesToShortList(
    @Ctx() ctx: RequestContext,
    @Args('lineIds', { type: () => [ID] }, UuidListPipe) lineIds: string[],
    @Args('shortListId', { type: () => ID }, UuidPipe) shortListId: string,
  ) {
    return this.lists.moveCartLinesToShortList(ctx, lineIds, shortListId);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => CartChangeType, { description: 'Puts a short list into the cart.' })
  addShortListToCart(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.lists.addListToCart(ctx, 'short', id, CartAddMode.ADD);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Query(() => [OrderTemplateType], { description: 'Saved carts of the buyer and shared ones.' })
  orderTemplates(@Ctx() ctx: RequestContext) {
    return this.lists.templates(ctx);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => OrderTemplateType, { description: 'Saves the cart as a template.' })
  saveCartAsTemplate(@Ctx() ctx: RequestContext, @Args('input') input: SaveTemplateInput) {
    return this.lists.saveCartAsTemplate(ctx, input);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => Boolean)
  deleteOrderTemplate(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.lists.delete(ctx, 'template', id);
  }

  @Allow(BuyerPermission.PLACE_ORDERS)
  @Mutation(() => CartChangeType, { description: 'Fills the cart from a template (ADD or REPLACE quantities).' })
  applyOrderTemplate(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('mode', { type: () => CartAddMode, defaultValue: CartAddMode.ADD }) mode: CartAddMode,
  ) {
    return this.lists.addListToCart(ctx, 'template', id, mode);
  }
}
