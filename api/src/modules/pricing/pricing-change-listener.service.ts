import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PricingLoader } from './pricing-loader.service';

/** The channel the database triggers of migration PricingChangeNotifications announce on. */
export const PRICING_CHANGED_CHANNEL = 'pricing_changed';

const RECONNECT_MS = 1000;

/**
 * Keeps this replica's prepared contracts true: one connection LISTENs on `pricing_changed`, which
 * database triggers notify at the commit of any change to rules, price types, contractor groups or a
 * contract's pricing terms — from this replica, another one, an integrator or plain SQL. Each
 * notification drops the prepared contracts. While the connection is down (and until it is back and
 * listening) the loader keeps contracts only PRICING_CACHE_MS, as if there were no notifications.
 */
@Injectable()
export class PricingChangeListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Pricing');
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly loader: PricingLoader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.pricingCacheMs === 0) return; // nothing is kept, nothing to drop
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.loader.setListening(false);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'wholesail-pricing' });
    const lost = (reason: string) => {
      if (this.client !== client) return;
      this.client = null;
      this.loader.setListening(false);
      if (this.stopped) return;
      this.logger.warn(`pricing change notifications lost (${reason}); retrying`);
      void client.end().catch(() => undefined);
      this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
    };
    client.on('notification', () => this.loader.invalidate());
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('connection closed'));
    try {
      this.client = client;
      await client.connect();
      await client.query(`LISTEN ${PRICING_CHANGED_CHANNEL}`);
      if (this.client !== client) return;
      // Whatever changed while nobody listened: start from fresh contracts.
      this.loader.invalidate();
      this.loader.setListening(true);
    } catch (error) {
      lost((error as Error).message);
    }
  }
}
