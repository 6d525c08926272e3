import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { BuyerPermission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { Dec } from '../../common/money/decimal';
import { CatalogProductType, ProductCardType } from '../catalog/catalog.types';
import { CatalogPriceService } from './catalog-price.service';
import { PackagingPriceType, PriceExplanationType } from './pricing.shop.types';

const EXPLANATION_DESCRIPTION = 'Why this price: the base price and the discounts that apply to you.';

/** Why a catalog row (or a card's analog) costs what it does; the price itself comes with the row. */
@Allow(BuyerPermission.VIEW_CATALOG)
@Resolver(() => CatalogProductType)
export class CatalogRowPriceResolver {
  constructor(private readonly prices: CatalogPriceService) {}

  @ResolveField('priceExplanation', () => PriceExplanationType, {
    nullable: true,
    description: EXPLANATION_DESCRIPTION,
  })
  priceExplanation(@Ctx() ctx: RequestContext, @Parent() row: CatalogProductType) {
    return this.prices.explanation(ctx, row.id, new Dec(row.quantityRules.minQuantity));
  }
}

/** The same on the product card. */
@Allow(BuyerPermission.VIEW_CATALOG)
@Resolver(() => ProductCardType)
export class ProductCardPriceResolver {
  constructor(private readonly prices: CatalogPriceService) {}

  @ResolveField('priceExplanation', () => PriceExplanationType, {
    nullable: true,
    description: EXPLANATION_DESCRIPTION,
  })
  priceExplanation(@Ctx() ctx: RequestContext, @Parent() card: ProductCardType) {
    return this.prices.explanation(ctx, card.id, new Dec(card.quantityRules.minQuantity));
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
