import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { BuyerPermission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { CatalogProductType, ProductCardType } from '../catalog/catalog.types';
import { CatalogPriceService } from './catalog-price.service';
import { PackagingPriceType, PriceExplanationType, ProductPriceType } from './pricing.shop.types';

const PRICE_DESCRIPTION =
  'Your personal unit price under the active contract (null: no valid contract or no price). ' +
  'All rows of one request are priced together.';
const EXPLANATION_DESCRIPTION = 'Why this price: the base price and the discounts that apply to you.';

/** Personal prices on catalog rows (and analog rows of a card). */
@Allow(BuyerPermission.VIEW_CATALOG)
@Resolver(() => CatalogProductType)
export class CatalogRowPriceResolver {
  constructor(private readonly prices: CatalogPriceService) {}

  @ResolveField('price', () => ProductPriceType, { nullable: true, description: PRICE_DESCRIPTION })
  price(@Ctx() ctx: RequestContext, @Parent() row: CatalogProductType) {
    return this.prices.price(ctx, row.id, row.quantityRules.minQuantity);
  }

  @ResolveField('priceExplanation', () => PriceExplanationType, {
    nullable: true,
    description: EXPLANATION_DESCRIPTION,
  })
  priceExplanation(@Ctx() ctx: RequestContext, @Parent() row: CatalogProductType) {
    return this.prices.explanation(ctx, row.id, row.quantityRules.minQuantity);
  }
}

/** The same on the product card. */
@Allow(BuyerPermission.VIEW_CATALOG)
@Resolver(() => ProductCardType)
export class ProductCardPriceResolver {
  constructor(private readonly prices: CatalogPriceService) {}

  @ResolveField('price', () => ProductPriceType, { nullable: true, description: PRICE_DESCRIPTION })
  price(@Ctx() ctx: RequestContext, @Parent() card: ProductCardType) {
    return this.prices.price(ctx, card.id, card.quantityRules.minQuantity);
  }

  @ResolveField('priceExplanation', () => PriceExplanationType, {
    nullable: true,
    description: EXPLANATION_DESCRIPTION,
  })
  priceExplanation(@Ctx() ctx: RequestContext, @Parent() card: ProductCardType) {
    return this.prices.explanation(ctx, card.id, card.quantityRules.minQuantity);
  }

  @ResolveField('packagingPrices', () => [PackagingPriceType], {
    description: 'Your price of one whole package of each packaging (empty without a valid contract or price).',
  })
  packagingPrices(@Ctx() ctx: RequestContext, @Parent() card: ProductCardType) {
    return this.prices.packagingPrices(
      ctx,
      card.id,
      card.packagings.map((p) => p.code),
    );
  }
}
