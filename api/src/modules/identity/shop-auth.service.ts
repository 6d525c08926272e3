import { Injectable } from '@nestjs/common';
import { BUYER_ROLE_PERMISSIONS } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError } from '../../common/errors/domain-errors';
import {
  InvalidCredentialsError,
  InvalidRefreshTokenError,
  NotFoundError,
  TooManyAttemptsError,
} from '../../common/errors/error-result';
import { MembershipService } from '../companies/membership.service';
import { BuyerUser } from './buyer-user.entity';
import { LoginInput } from './identity.inputs';
import { ShopAuthPayload, ShopSessionType } from './identity.types';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { verifyPassword } from './password';
import { SessionService } from './session.service';

const SCOPE = 'shop';

/** Buyer login, token refresh, logout and the active legal entity. */
@Injectable()
export class ShopAuthService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionService,
    private readonly memberships: MembershipService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  async login(
    ctx: RequestContext,
    input: LoginInput,
  ): Promise<ShopAuthPayload | InvalidCredentialsError | TooManyAttemptsError> {
    const email = input.email.trim().toLowerCase();
    const wait = await this.limiter.retryAfter(ctx, SCOPE, email);
    if (wait > 0) return new TooManyAttemptsError(wait);

    const user = await this.db.repo(ctx, BuyerUser).findOneBy({ email });
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
    const companies = user && passwordOk && user.active ? await this.memberships.accessibleCompanies(ctx, user.id) : [];
    if (!user || !passwordOk || companies.length === 0) {
      await this.limiter.recordFailure(ctx, SCOPE, email);
      return new InvalidCredentialsError();
    }
    await this.limiter.recordSuccess(ctx, SCOPE, email);

    const all = companies.flatMap((c) =>
      c.legalEntities.map((le) => ({ companyId: c.company.id, legalEntityId: le.id })),
    );
    const active = all.find((a) => a.legalEntityId === user.lastLegalEntityId) ?? all[0];
    return this.db.transaction(ctx, async (tctx) => {
      await this.db
        .repo(tctx, BuyerUser)
        .update(user.id, { lastLoginAt: new Date(), lastLegalEntityId: active.legalEntityId });
      const { session, tokens } = await this.sessions.create(tctx, {
        kind: 'buyer',
        userId: user.id,
        companyId: active.companyId,
        legalEntityId: active.legalEntityId,
      });
      return { ...tokens, session: await this.describe(tctx, user.id, session.id) };
    });
  }

  async refresh(ctx: RequestContext): Promise<ShopAuthPayload | InvalidRefreshTokenError> {
    const rotated = await this.sessions.rotate(ctx, 'buyer');
    if (!rotated?.session.buyerUserId) return new InvalidRefreshTokenError();
    try {
      return { ...rotated.tokens, session: await this.describe(ctx, rotated.session.buyerUserId, rotated.session.id) };
    } catch (error) {
      if (!(error instanceof EntityNotFoundError)) throw error;
      // The membership or company went away since login: the session is over.
      await this.sessions.revoke(ctx, rotated.session.id, 'access_lost');
      this.sessions.clearCookie(ctx, 'buyer');
      return new InvalidRefreshTokenError();
    }
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    await this.sessions.revoke(ctx, ctx.buyer.sessionId, 'logout');
    this.sessions.clearCookie(ctx, 'buyer');
    return true;
  }

  async me(ctx: RequestContext): Promise<ShopSessionType> {
    return this.describe(ctx, ctx.buyer.userId, ctx.buyer.sessionId);
  }

  /** Switches the session to another legal entity the user may act through (any of his companies). */
  async switchLegalEntity(ctx: RequestContext, legalEntityId: string): Promise<ShopSessionType | NotFoundError> {
    const { userId, sessionId } = ctx.buyer;
    const access = await this.memberships.legalEntityAccess(ctx, userId, legalEntityId);
    if (!access) return new NotFoundError('Legal entity');
    await this.db.transaction(ctx, async (tctx) => {
      await this.sessions.setActiveLegalEntity(tctx, sessionId, access.companyId, legalEntityId);
      await this.db.repo(tctx, BuyerUser).update(userId, { lastLegalEntityId: legalEntityId });
    });
    return this.describe(ctx, userId, sessionId);
  }

  private async describe(ctx: RequestContext, userId: string, sessionId: string): Promise<ShopSessionType> {
    // Two independent reads, in parallel: the session with its user, and the user's memberships.
    const [[session], companies] = await Promise.all([
      this.db.query<{
        company_id: string;
        legal_entity_id: string;
        email: string;
        full_name: string;
        acting_staff_name: string | null;
      }>(
        ctx,
        `SELECT s.company_id, s.legal_entity_id, u.email, u.full_name, st.full_name AS acting_staff_name
           FROM auth_session s
           JOIN buyer_user u ON u.id = s.buyer_user_id
           LEFT JOIN staff_user st ON st.id = s.acting_staff_user_id
          WHERE s.id = $1 AND s.buyer_user_id = $2`,
        [sessionId, userId],
      ),
      this.memberships.accessibleCompanies(ctx, userId),
    ]);
    const current = companies.find((c) => c.company.id === session?.company_id);
    const activeLegalEntity = current?.legalEntities.find((le) => le.id === session.legal_entity_id);
    if (!session || !current || !activeLegalEntity) throw new EntityNotFoundError('Session');
    return {
      user: { id: userId, email: session.email, fullName: session.full_name },
      company: current.company,
      role: current.role,
      activeLegalEntity,
      companies,
      permissions: [...BUYER_ROLE_PERMISSIONS[current.role]],
      actingStaffUserName: session.acting_staff_name,
    };
  }
}
