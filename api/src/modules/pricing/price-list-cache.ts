import { KeptValues } from '../../common/cache/kept-values';

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
