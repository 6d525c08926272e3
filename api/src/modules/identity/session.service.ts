import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { CookieOptions } from 'express';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { Db } from '../../common/database/db.service';
import { RequestContext } from '../../common/context/request-context';
import { AuthSession, SessionKind } from './auth-session.entity';
import { RefreshToken } from './refresh-token.entity';
import { AccessTokenClaims, randomSecret, sha256 } from './tokens';

export interface IssuedTokens {
  accessToken: string;
  expiresAt: Date;
}

export interface NewSession {
  kind: SessionKind;
  userId: string;
  companyId?: string | null;
  legalEntityId?: string | null;
  contractId?: string | null;
  actingStaffUserId?: string | null;
  /** Act-as sessions are short; ordinary ones live as long as their refresh tokens. */
  ttlSeconds?: number;
}

const COOKIE_NAMES: Record<SessionKind, string> = { buyer: 'wholesail_shop_refresh', staff: 'wholesail_admin_refresh' };
const COOKIE_PATHS: Record<SessionKind, string> = { buyer: '/shop-api', staff: '/admin-api' };

/**
 * Sessions and their refresh-token chains. A refresh token is good once: using it returns the next
 * one; presenting a used one again means it was stolen, and the whole session is revoked.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(ctx: RequestContext, input: NewSession): Promise<{ session: AuthSession; tokens: IssuedTokens }> {
    const ttl = input.ttlSeconds ?? this.config.refreshTokenTtlDays * 86400;
    const session = await this.db.repo(ctx, AuthSession).save({
      kind: input.kind,
      buyerUserId: input.kind === 'buyer' ? input.userId : null,
      staffUserId: input.kind === 'staff' ? input.userId : null,
      companyId: input.companyId ?? null,
      legalEntityId: input.legalEntityId ?? null,
      contractId: input.contractId ?? null,
      actingStaffUserId: input.actingStaffUserId ?? null,
      expiresAt: new Date(Date.now() + ttl * 1000),
      ip: ctx.ip.slice(0, 64),
      userAgent: ctx.req?.get('user-agent')?.slice(0, 300) ?? null,
      revokedAt: null,
      revokeReason: null,
    });
    const refresh = await this.issueRefreshToken(ctx, session);
    this.setCookie(ctx, session.kind, refresh, session.expiresAt);
    return { session, tokens: this.accessToken(session, input.userId) };
  }

  /**
   * Exchanges the refresh cookie for a new access token and the next refresh token.
   * Returns null (and clears the cookie) when the token is unknown, expired, reused or revoked.
   */
  async rotate(ctx: RequestContext, kind: SessionKind): Promise<{ session: AuthSession; tokens: IssuedTokens } | null> {
    const presented = this.readCookie(ctx, kind);
    if (!presented) return null;
    const hash = sha256(presented);
    const result = await this.db.transaction(ctx, async (tctx) => {
      const [claimed] = await this.db.query<{ session_id: string }>(
        tctx,
        `UPDATE refresh_token SET rotated_at = now()
          WHERE token_hash = $1 AND rotated_at IS NULL AND expires_at > now()
        RETURNING session_id`,
        [hash],
      );
      if (!claimed) {
        const [reused] = await this.db.query<{ session_id: string }>(
          tctx,
          `SELECT session_id FROM refresh_token WHERE token_hash = $1 AND rotated_at IS NOT NULL`,
          [hash],
        );
        if (reused) await this.revoke(tctx, reused.session_id, 'refresh_token_reuse');
        return null;
      }
      const session = await this.db.repo(tctx, AuthSession).findOneBy({ id: claimed.session_id });
      if (!session || session.revokedAt || session.expiresAt <= new Date() || session.kind !== kind) return null;
      if (!session.actingStaffUserId) {
        session.expiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86400_000);
        await this.db.repo(tctx, AuthSession).update(session.id, { expiresAt: session.expiresAt });
      }
      const next = await this.issueRefreshToken(tctx, session);
      return { session, next };
    });
    if (!result) {
      this.clearCookie(ctx, kind);
      return null;
    }
    this.setCookie(ctx, kind, result.next, result.session.expiresAt);
    const userId = (kind === 'buyer' ? result.session.buyerUserId : result.session.staffUserId) as string;
    return { session: result.session, tokens: this.accessToken(result.session, userId) };
  }

  async revoke(ctx: RequestContext, sessionId: string, reason: string): Promise<void> {
    await this.db.query(
      ctx,
      `UPDATE auth_session SET revoked_at = now(), revoke_reason = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId, reason],
    );
  }

  async setActiveLegalEntity(
    ctx: RequestContext,
    sessionId: string,
    companyId: string,
    legalEntityId: string,
    contractId: string | null,
  ) {
    await this.db.repo(ctx, AuthSession).update(sessionId, { companyId, legalEntityId, contractId });
  }

  async setActiveContract(ctx: RequestContext, sessionId: string, contractId: string) {
    await this.db.repo(ctx, AuthSession).update(sessionId, { contractId });
  }

  clearCookie(ctx: RequestContext, kind: SessionKind): void {
    ctx.res?.clearCookie(COOKIE_NAMES[kind], this.cookieOptions(kind));
  }

  private accessToken(session: AuthSession, userId: string): IssuedTokens {
    const claims: AccessTokenClaims = { sub: userId, sid: session.id, typ: session.kind };
    const ttl = this.config.accessTokenTtlSeconds;
    return {
      accessToken: this.jwt.sign(claims, { expiresIn: ttl }),
      expiresAt: new Date(Date.now() + ttl * 1000),
    };
  }

  private async issueRefreshToken(ctx: RequestContext, session: AuthSession): Promise<string> {
    const token = randomSecret();
    await this.db.repo(ctx, RefreshToken).insert({
      sessionId: session.id,
      tokenHash: sha256(token),
      expiresAt: session.expiresAt,
      rotatedAt: null,
    });
    return token;
  }

  private cookieOptions(kind: SessionKind): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', secure: this.config.cookieSecure, path: COOKIE_PATHS[kind] };
  }

  private setCookie(ctx: RequestContext, kind: SessionKind, token: string, expires: Date): void {
    ctx.res?.cookie(COOKIE_NAMES[kind], token, { ...this.cookieOptions(kind), expires });
  }

  private readCookie(ctx: RequestContext, kind: SessionKind): string | null {
    const cookies = (ctx.req as { cookies?: Record<string, unknown> } | null)?.cookies;
    const value = cookies?.[COOKIE_NAMES[kind]];
    return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : null;
  }
}
