import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DbNotifications } from '../../common/database/db-notifications.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PriceListCache, RowPriceCache } from './price-list-cache';
import { PricingLoader } from './pricing-loader.service';

/** Rules, price types, groups, contract terms (migration PricingChangeNotifications). */
export const PRICING_CHANGED_CHANNEL = 'pricing_changed';
/** Price entries, products, categories (migration PriceListChangeNotifications). */
export const PRICE_LIST_CHANGED_CHANNEL = 'price_list_changed';

/**
 * Keeps this replica's prepared contracts and built price lists true (DbNotifications): database
 * triggers notify `pricing_changed` at the commit of any change to rules, price types, contractor
 * groups or a contract's pricing terms, and `price_list_changed` for price entries, products and
 * categories. The first drops the prepared contracts, the lists and the kept row prices, the second the
 * lists and the row prices. While notifications may be missed the loader keeps contracts only
 * PRICING_CACHE_MS and no list or row price is kept.
 */
@Injectable()
export class PricingChangeListener implements OnModuleInit {
  constructor(
    private readonly loader: PricingLoader,
    private readonly lists: PriceListCache,
    private readonly rowPrices: RowPriceCache,
    private readonly notifications: DbNotifications,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const { pricingCacheMs, priceListCacheBytes, catalogPriceCacheBytes } = this.config;
    if (pricingCacheMs === 0 && priceListCacheBytes === 0 && catalogPriceCacheBytes === 0) return; // nothing is kept
    this.notifications.subscribe(PRICING_CHANGED_CHANNEL, {
      changed: () => this.loader.invalidate(), // drops the lists too
      listening: (on) => {
        this.loader.setListening(on);
        this.lists.setEnabled(on);
        this.rowPrices.setEnabled(on);
      },
    });
    this.notifications.subscribe(PRICE_LIST_CHANGED_CHANNEL, {
      changed: () => {
        this.lists.invalidate();
        this.rowPrices.invalidate();
      },
      listening: () => undefined, // told above
    });
  }
}
