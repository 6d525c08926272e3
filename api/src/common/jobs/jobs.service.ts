import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { RequestContext } from '../context/request-context';
import { Db } from '../database/db.service';

export interface JobDefinition<T extends object = object> {
  /** Queue name, e.g. `reservation-expire`. */
  name: string;
  /** Runs in a system context; throw to let pg-boss retry. */
  handler: (ctx: RequestContext, data: T) => Promise<void>;
  /** Cron expression (UTC) for a recurring job; one run per tick across all replicas. */
  cron?: string;
  retryLimit?: number;
}

export interface SendOptions {
  startAfter?: Date;
  singletonKey?: string;
}

const SCHEMA = 'pgboss';

/**
 * Background jobs on PostgreSQL (pg-boss), started and stopped with the app. Safe with several
 * replicas: workers claim jobs with SKIP LOCKED, and a cron tick is enqueued once (pg-boss's own
 * advisory locking). Features register their jobs in `onModuleInit`; `send` enqueues inside the
 * caller's transaction, so a job exists exactly when the change that needs it committed.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly definitions = new Map<string, JobDefinition>();
  private boss: PgBoss | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
  ) {}

  register<T extends object>(definition: JobDefinition<T>): void {
    if (this.boss) throw new Error(`Job ${definition.name} registered after the job runner started`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition);
  }

  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobsEnabled) return;
    const boss = new PgBoss({
      connectionString: this.config.databaseUrl,
      schema: SCHEMA,
      max: 3,
      application_name: 'wholesail-jobs',
      // Finished jobs are kept a week for inspection, then deleted by pg-boss's maintenance.
      deleteAfterDays: 7,
    });
    boss.on('error', (error) => this.logger.error(error.message));
    await boss.start();
    this.boss = boss;
    for (const def of this.definitions.values()) {
      await boss.createQueue(def.name, { name: def.name, retryLimit: def.retryLimit ?? 3, retryDelay: 5 });
      await boss.work<object>(def.name, { pollingIntervalSeconds: this.config.jobPollSeconds, batchSize: 20 }, (jobs) =>
        this.runBatch(def, jobs),
      );
      if (def.cron) await boss.schedule(def.name, def.cron, {}, { tz: 'UTC' });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // Graceful: running handlers finish; the pool is closed, so nothing keeps the process alive.
    await boss?.stop({ graceful: true, wait: true, timeout: 5000 });
  }

  /**
   * Enqueues a job in the caller's transaction (when there is one): rolled back with it. Does nothing
   * when jobs are disabled; every job here is a timer whose work a query or a sweep also does.
   */
  async send(ctx: RequestContext, name: string, data: object, options: SendOptions = {}): Promise<void> {
    if (!this.boss) return;
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({ rows: await this.db.query(ctx, text, values) }),
    };
    await this.boss.send(name, data, {
      startAfter: options.startAfter,
      singletonKey: options.singletonKey,
      db,
    });
  }

  private async runBatch(def: JobDefinition, jobs: PgBoss.Job<object>[]): Promise<void> {
    for (const job of jobs) {
      await def.handler(RequestContext.forSystem(), job.data ?? {});
    }
  }
}
