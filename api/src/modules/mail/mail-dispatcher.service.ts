import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';

interface ClaimedRow {
  id: string;
  to_address: string;
  to_name: string | null;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
}

/** How long a claimed message stays invisible to other replicas while one sends it. */
const LEASE_SECONDS = 300;
const BATCH = 10;

/**
 * Sends queued e-mails: right after the transaction that queued them commits (kick) and on a
 * periodic sweep for retries and for messages another replica did not get to. Claiming uses
 * FOR UPDATE SKIP LOCKED plus a lease, so several replicas never send the same message twice at
 * once, and a replica that dies mid-send leaves the message to be retried after the lease.
 * Without SMTP_URL nothing is sent: messages stay in the outbox for staff to read.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl, { from: config.mailFrom }) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  onApplicationBootstrap(): void {
    if (!this.transport || this.config.mailSweepSeconds === 0) return;
    this.timer = setInterval(() => this.kick(), this.config.mailSweepSeconds * 1000);
    this.timer.unref();
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** Starts a drain unless one is running (then it runs once more afterwards). Never throws. */
  kick(): void {
    if (!this.transport || this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.logger.error(`Outbox drain failed: ${String(error)}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves when the current drain (if any) is over; for tests and shutdown. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    const ctx = RequestContext.forSystem();
    while (!this.stopped) {
      const rows = await this.db.query<ClaimedRow>(
        ctx,
        `UPDATE email_outbox o
            SET next_attempt_at = now() + make_interval(secs => $1), attempts = o.attempts + 1, updated_at = now()
          WHERE o.id IN (SELECT id FROM email_outbox
                          WHERE status = 'pending' AND next_attempt_at <= now()
                          ORDER BY next_attempt_at, id LIMIT $2
                            FOR UPDATE SKIP LOCKED)
        RETURNING o.id, o.to_address, o.to_name, o.subject, o.text_body, o.html_body, o.attempts`,
        [LEASE_SECONDS, BATCH],
      );
      if (rows.length === 0) return;
      for (const row of rows) await this.deliver(ctx, row);
    }
  }

  private async deliver(ctx: RequestContext, row: ClaimedRow): Promise<void> {
    try {
      await this.transport!.sendMail({
        to: row.to_name ? { name: row.to_name, address: row.to_address } : row.to_address,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
      });
      await this.db.query(
        ctx,
        `UPDATE email_outbox SET status = 'sent', sent_at = now(), last_error = NULL, updated_at = now() WHERE id = $1`,
        [row.id],
      );
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      this.logger.warn(`Sending e-mail ${row.id} failed (attempt ${row.attempts}): ${message}`);
      // Exponential backoff: 30 s, 1 min, 2 min … capped at an hour; after the last attempt it stays failed.
      await this.db.query(
        ctx,
        `UPDATE email_outbox
            SET last_error = $2, updated_at = now(),
                status = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'pending' END,
                next_attempt_at = now() + make_interval(secs => least(3600, 30 * power(2, attempts - 1)))
          WHERE id = $1`,
        [row.id, message, this.config.mailMaxAttempts],
      );
    }
  }
}
