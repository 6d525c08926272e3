import { KeptValues } from '../../common/cache/kept-values';
import type { ProductPriceType } from './pricing.shop.types';

/**
 * Built price lists (the CSV body of one contract, by contract id), kept while nothing they depend on
 * changes (PricingChangeListener drops them) and until the next instant a rule in the contract's scope
 * starts or ends. Bounded in bytes (PRICE_LIST_CACHE_MB).
 */
export class PriceListCache extends KeptValues<Buffer> {
  constructor(maxBytes: number) {
    super(maxBytes, (body) => body.length);
  }
}

/**
 * Catalog rows' prices: one contract's price of one product at one quantity (null: none), kept like
 * built price lists — dropped with them on every change they are made of (rules, types, terms, groups,
 * entries, products, categories) and until the next instant a rule in the contract's scope starts or
 * ends. A buyer paging back and forth, and his colleagues on the same contract, price a row once.
 * Bounded in bytes (CATALOG_PRICE_CACHE_MB).
 */
export class RowPriceCache extends KeptValues<{ price: ProductPriceType | null }> {
  constructor(maxBytes: number) {
    super(maxBytes, (kept) => 480 + (kept.price?.hints.length ?? 0) * 160);
  }
}
