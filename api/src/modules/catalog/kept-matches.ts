import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { KeptValues } from '../../common/cache/kept-values';
import { DbNotifications } from '../../common/database/db-notifications.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** Products, categories, brands, attribute values (migration CatalogChangeNotifications). */
export const CATALOG_CHANGED_CHANNEL = 'catalog_changed';

/** Roughly what one kept id costs in memory (a uuid string and its array slot). */
const BYTES_PER_ID = 80;

/**
 * Which products match a catalog filter, in the order asked — kept per filter and sort while the
 * catalog does not change, so that scrolling the table through a filtered list reads only the rows
 * shown. A value is the ordered ids, or the count of a filter too large to keep. Every change to
 * products, categories, brands or attribute values drops them all (DbNotifications); stock does not
 * matter (filters and sorts by stock are never kept). Bounded by CATALOG_MATCHES_CACHE_MB.
 */
@Injectable()
export class KeptMatches extends KeptValues<string[] | number> implements OnModuleInit {
  constructor(
    private readonly notifications: DbNotifications,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.catalogMatchesCacheBytes, (v) => (typeof v === 'number' ? 64 : 64 + v.length * BYTES_PER_ID));
  }

  onModuleInit(): void {
    if (!this.maxSizeSet) return;
    this.notifications.subscribe(CATALOG_CHANGED_CHANNEL, {
      changed: () => this.invalidate(),
      listening: (on) => this.setEnabled(on),
    });
  }
}
