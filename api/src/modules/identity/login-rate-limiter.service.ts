import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { Db } from '../../common/database/db.service';
import { RequestContext } from '../../common/context/request-context';

/**
 * Fixed-window failure counters in PostgreSQL, so every API replica sees the same count.
 * An e-mail is locked after `loginMaxAttempts` failures in the window; an IP after five times that.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(ctx: RequestContext, scope: string, email: string): { key: string; limit: number }[] {
    return [
      { key: `${scope}:email:${email}`, limit: this.config.loginMaxAttempts },
      { key: `${scope}:ip:${ctx.ip}`, limit: this.config.loginMaxAttempts * 5 },
    ];
  }

  /** Seconds until a login may be tried again, or 0 when it may be tried now. */
  async retryAfter(ctx: RequestContext, scope: string, email: string): Promise<number> {
    const keys = this.keys(ctx, scope, email);
    const rows = await this.db.query<{ key: string; failures: number; remaining: number }>(
      ctx,
      `SELECT key, failures,
              ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS remaining
         FROM login_attempt
        WHERE key = ANY($1) AND window_start > now() - make_interval(secs => $2)`,
      [keys.map((k) => k.key), this.config.loginWindowSeconds],
    );
    let wait = 0;
    for (const row of rows) {
      const limit = keys.find((k) => k.key === row.key)?.limit ?? Infinity;
      if (row.failures >= limit) wait = Math.max(wait, Math.max(1, row.remaining));
    }
    return wait;
  }

  async recordFailure(ctx: RequestContext, scope: string, email: string): Promise<void> {
    await this.db.query(
      ctx,
      `INSERT INTO login_attempt (key, window_start, failures)
       SELECT k, now(), 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_attempt.window_start > now() - make_interval(secs => $2)
                         THEN login_attempt.failures + 1 ELSE 1 END,
         window_start = CASE WHEN login_attempt.window_start > now() - make_interval(secs => $2)
                             THEN login_attempt.window_start ELSE now() END`,
      [this.keys(ctx, scope, email).map((k) => k.key), this.config.loginWindowSeconds],
    );
  }

  async recordSuccess(ctx: RequestContext, scope: string, email: string): Promise<void> {
    await this.db.query(ctx, `DELETE FROM login_attempt WHERE key = $1`, [`${scope}:email:${email}`]);
  }

  /**
   * Counts one use of `key` (e.g. `register:ip:1.2.3.4`) in a fixed window and returns the seconds
   * to wait when the limit is exceeded, 0 otherwise. For public forms that send e-mail.
   */
  async hit(ctx: RequestContext, key: string, limit: number, windowSeconds: number): Promise<number> {
    const [row] = await this.db.query<{ failures: number; remaining: number }>(
      ctx,
      `INSERT INTO login_attempt (key, window_start, failures) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_attempt.window_start > now() - make_interval(secs => $2)
                         THEN login_attempt.failures + 1 ELSE 1 END,
         window_start = CASE WHEN login_attempt.window_start > now() - make_interval(secs => $2)
                             THEN login_attempt.window_start ELSE now() END
       RETURNING failures,
                 ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS remaining`,
      [key, windowSeconds],
    );
    return row.failures > limit ? Math.max(1, row.remaining) : 0;
  }
}
