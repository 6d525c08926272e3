import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PriceListCache } from './price-list-cache';
import { PricingLoader } from './pricing-loader.service';

/** Rules, price types, groups, contract terms (migration PricingChangeNotifications). */
export const PRICING_CHANGED_CHANNEL = 'pricing_changed';
/** Price entries, products, categories (migration PriceListChangeNotifications). */
export const PRICE_LIST_CHANGED_CHANNEL = 'price_list_changed';

const RECONNECT_MS = 1000;

/**
 * Keeps this replica's prepared contracts and built price lists true: one connection LISTENs on
 * `pricing_changed`, which database triggers notify at the commit of any change to rules, price types,
 * contractor groups or a contract's pricing terms, and on `price_list_changed` (price entries, products,
 * categories) — from this replica, another one, an integrator or plain SQL. The first drops the
 * prepared contracts and the lists, the second the lists. While the connection is down (and until it
 * is back and listening) the loader keeps contracts only PRICING_CACHE_MS and no list is kept.
 */
@Injectable()
export class PricingChangeListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Pricing');
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly loader: PricingLoader,
    private readonly lists: PriceListCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.pricingCacheMs === 0 && this.config.priceListCacheBytes === 0) return; // nothing is kept
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.setListening(false);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private setListening(listening: boolean): void {
    this.loader.setListening(listening);
    this.lists.setEnabled(listening);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'wholesail-pricing' });
    const lost = (reason: string) => {
      if (this.client !== client) return;
      this.client = null;
      this.setListening(false);
      if (this.stopped) return;
      this.logger.warn(`pricing change notifications lost (${reason}); retrying`);
      void client.end().catch(() => undefined);
      this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
    };
    client.on('notification', (message) => {
      if (message.channel === PRICING_CHANGED_CHANNEL) this.loader.invalidate();
      this.lists.invalidate();
    });
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('connection closed'));
    try {
      this.client = client;
      await client.connect();
      await client.query(`LISTEN ${PRICING_CHANGED_CHANNEL}; LISTEN ${PRICE_LIST_CHANGED_CHANNEL}`);
      if (this.client !== client) return;
      // Whatever changed while nobody listened is dropped: both start empty.
      this.setListening(true);
    } catch (error) {
      lost((error as Error).message);
    }
  }
}
