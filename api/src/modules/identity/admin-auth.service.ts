import { Injectable } from '@nestjs/common';
import { STAFF_ROLE_PERMISSIONS } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError } from '../../common/errors/domain-errors';
import {
  InvalidCredentialsError,
  InvalidRefreshTokenError,
  TooManyAttemptsError,
} from '../../common/errors/error-result';
import { ApiKeyService } from './api-key.service';
import { LoginInput } from './identity.inputs';
import { AdminAuthPayload, AdminPrincipalKind, AdminSessionType } from './identity.types';
import { toStaffUserType } from './identity.mappers';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { verifyPassword } from './password';
import { SessionService } from './session.service';
import { StaffUser } from './staff-user.entity';

const SCOPE = 'admin';

/** Staff login, refresh, logout and `me` (also for API keys). */
@Injectable()
export class AdminAuthService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionService,
    private readonly limiter: LoginRateLimiter,
    private readonly apiKeys: ApiKeyService,
  ) {}

  async login(
    ctx: RequestContext,
    input: LoginInput,
  ): Promise<AdminAuthPayload | InvalidCredentialsError | TooManyAttemptsError> {
    const email = input.email.trim().toLowerCase();
    const wait = await this.limiter.retryAfter(ctx, SCOPE, email);
    if (wait > 0) return new TooManyAttemptsError(wait);
    const user = await this.db.repo(ctx, StaffUser).findOneBy({ email });
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !passwordOk || !user.active) {
      await this.limiter.recordFailure(ctx, SCOPE, email);
      return new InvalidCredentialsError();
    }
    await this.limiter.recordSuccess(ctx, SCOPE, email);
    return this.db.transaction(ctx, async (tctx) => {
      await this.db.repo(tctx, StaffUser).update(user.id, { lastLoginAt: new Date() });
      const { tokens } = await this.sessions.create(tctx, { kind: 'staff', userId: user.id });
      return { ...tokens, session: this.describeStaff(user) };
    });
  }

  async refresh(ctx: RequestContext): Promise<AdminAuthPayload | InvalidRefreshTokenError> {
    const rotated = await this.sessions.rotate(ctx, 'staff');
    const userId = rotated?.session.staffUserId;
    const user = userId ? await this.db.repo(ctx, StaffUser).findOneBy({ id: userId, active: true }) : null;
    if (!rotated || !user) {
      if (rotated) await this.sessions.revoke(ctx, rotated.session.id, 'access_lost');
      this.sessions.clearCookie(ctx, 'staff');
      return new InvalidRefreshTokenError();
    }
    return { ...rotated.tokens, session: this.describeStaff(user) };
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    await this.sessions.revoke(ctx, ctx.staff.sessionId, 'logout');
    this.sessions.clearCookie(ctx, 'staff');
    return true;
  }

  async me(ctx: RequestContext): Promise<AdminSessionType> {
    const principal = ctx.adminActor;
    if (principal.kind === 'apiKey') {
      return {
        kind: AdminPrincipalKind.API_KEY,
        staffUser: null,
        apiKey: await this.apiKeys.get(ctx, principal.apiKeyId),
        permissions: [...principal.permissions],
      };
    }
    const user = await this.db.repo(ctx, StaffUser).findOneBy({ id: principal.userId });
    if (!user) throw new EntityNotFoundError('Staff user');
    return this.describeStaff(user);
  }

  private describeStaff(user: StaffUser): AdminSessionType {
    return {
      kind: AdminPrincipalKind.STAFF,
      staffUser: toStaffUserType(user),
      apiKey: null,
      permissions: [...STAFF_ROLE_PERMISSIONS[user.role]],
    };
  }
}
