import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** What keeps something in memory for as long as the database says it has not changed. */
export interface ChangeSubscriber {
  /** A notification on the channel, at the commit of a change (`payload`: what the trigger sent). */
  changed(payload: string): void;
  /**
   * true: notifications arrive from now on (what was kept before was dropped by `false` or never
   * existed); false: some may be missed — keep nothing until the next true.
   */
  listening(on: boolean): void;
}

const RECONNECT_MS = 1000;

/**
 * Change notifications from PostgreSQL for in-memory copies: database triggers `pg_notify` a channel at
 * the commit of a change — from this replica, another one, an integrator or plain SQL — and one
 * connection per replica LISTENs on every channel subscribed. While that connection is down (and until
 * it is back and listening) subscribers are told to keep nothing. Subscribe before the application
 * starts (constructor or onModuleInit); with no subscriber no connection is opened.
 */
@Injectable()
export class DbNotifications implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly subscribers = new Map<string, ChangeSubscriber[]>();
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** `channel`: a lower-case identifier a migration's trigger notifies. */
  subscribe(channel: string, subscriber: ChangeSubscriber): void {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
    const list = this.subscribers.get(channel);
    if (list) list.push(subscriber);
    else this.subscribers.set(channel, [subscriber]);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.subscribers.size > 0) await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.setListening(false);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private setListening(on: boolean): void {
    for (const list of this.subscribers.values()) for (const s of list) s.listening(on);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'wholesail-changes' });
    const lost = (reason: string) => {
      if (this.client !== client) return;
      this.client = null;
      this.setListening(false);
      if (this.stopped) return;
      this.logger.warn(`change notifications lost (${reason}); retrying`);
      void client.end().catch(() => undefined);
      this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
    };
    client.on('notification', (message) => {
      for (const s of this.subscribers.get(message.channel) ?? []) s.changed(message.payload ?? '');
    });
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('connection closed'));
    try {
      this.client = client;
      await client.connect();
      await client.query([...this.subscribers.keys()].map((c) => `LISTEN ${c}`).join('; '));
      if (this.client !== client) return;
      this.setListening(true);
    } catch (error) {
      lost((error as Error).message);
    }
  }
}
