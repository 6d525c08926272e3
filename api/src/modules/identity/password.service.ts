import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { TooManyAttemptsError } from '../../common/errors/error-result';
import { MailService } from '../mail/mail.service';
import { ActionTokenService, TOKEN_TTL } from './action-token.service';
import { InvalidTokenError, TokenProblem } from './identity.errors';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { hashPassword } from './password';

export type UserKind = 'buyer' | 'staff';

const TABLE: Record<UserKind, string> = { buyer: 'buyer_user', staff: 'staff_user' };
const SESSION_COLUMN: Record<UserKind, string> = { buyer: 'buyer_user_id', staff: 'staff_user_id' };
/** Pages of the apps that take a token from the link. */
export const PASSWORD_PAGES: Record<UserKind, string> = { buyer: '/set-password', staff: '/admin/set-password' };

/**
 * Password by e-mail for buyers and staff: a reset request sends a one-hour, single-use link;
 * invitation and reset links both end in `setPassword`. Setting a password ends every session of
 * the user, so a stolen session does not survive a reset.
 */
@Injectable()
export class PasswordService {
  constructor(
    private readonly db: Db,
    private readonly tokens: ActionTokenService,
    private readonly mail: MailService,
    private readonly limiter: LoginRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Always "accepted" for unknown e-mails too, so the form does not reveal who has an account. */
  async requestReset(
    ctx: RequestContext,
    kind: UserKind,
    rawEmail: string,
  ): Promise<{ accepted: boolean } | TooManyAttemptsError> {
    const email = rawEmail.trim().toLowerCase();
    const window = this.config.registrationWindowSeconds;
    const waits = await this.db.all(ctx, [
      () => this.limiter.hit(ctx, `reset:ip:${ctx.ip}`, this.config.registrationMaxPerIp, window),
      () => this.limiter.hit(ctx, `reset:${kind}:${email}`, 3, window),
    ]);
    const wait = Math.max(...waits);
    if (wait > 0) return new TooManyAttemptsError(wait);
    await this.db.transaction(ctx, async (tctx) => {
      const [user] = await this.db.query<{ id: string; full_name: string; locale: string }>(
        tctx,
        `SELECT id, full_name, locale FROM ${TABLE[kind]} WHERE email = $1 AND active`,
        [email],
      );
      if (!user) return;
      await this.tokens.revokeFor(tctx, kind, user.id, ['password_reset']);
      const token = await this.tokens.issue(tctx, {
        purpose: 'password_reset',
        userKind: kind,
        userId: user.id,
        ttlSeconds: TOKEN_TTL.password_reset,
      });
      await this.mail.send(tctx, {
        to: email,
        toName: user.full_name,
        locale: user.locale,
        template: 'password_reset',
        params: { name: user.full_name, resetUrl: this.mail.link(PASSWORD_PAGES[kind], { token }) },
      });
    });
    return { accepted: true };
  }

  /** Sets the password of the user an invitation or reset link was issued to. */
  async setPassword(
    ctx: RequestContext,
    kind: UserKind,
    token: string,
    password: string,
  ): Promise<{ email: string } | InvalidTokenError> {
    const passwordHash = await hashPassword(password);
    return this.db.transaction(ctx, async (tctx) => {
      const used = await this.tokens.consume(tctx, token, ['invite', 'password_reset'], kind);
      if (typeof used === 'string') return new InvalidTokenError(used);
      const [user] = await this.db.query<{ email: string }>(
        tctx,
        `UPDATE ${TABLE[kind]} SET password_hash = $2, updated_at = now() WHERE id = $1 AND active RETURNING email`,
        [used.userId!, passwordHash],
      );
      if (!user) return new InvalidTokenError(TokenProblem.UNKNOWN);
      await this.db.query(
        tctx,
        `UPDATE auth_session SET revoked_at = now(), revoke_reason = 'password_set'
          WHERE ${SESSION_COLUMN[kind]} = $1 AND revoked_at IS NULL`,
        [used.userId!],
      );
      await this.tokens.revokeFor(tctx, kind, used.userId!, ['invite', 'password_reset']);
      return { email: user.email };
    });
  }
}
