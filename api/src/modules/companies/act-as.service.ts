import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { BUYER_ROLE_PERMISSIONS, STAFF_ROLE_PERMISSIONS, StaffRole } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { ActionTokenService, TOKEN_TTL } from '../identity/action-token.service';
import { InvalidTokenError, TokenProblem } from '../identity/identity.errors';
import { ShopAuthPayload } from '../identity/identity.types';
import { ShopAuthService } from '../identity/shop-auth.service';
import { MailService } from '../mail/mail.service';
import { staffMay } from './access-policy';
import { NotActiveError } from './companies.errors';
import { CompanyStatusType } from './companies.types';
import { CompanyAdminService } from './company-admin.service';
import { ActAsSessionType, ActAsTicketType } from './act-as.types';

/** The storefront page that redeems a ticket (`redeemActAsTicket`) and opens the shop as the buyer. */
export const ACT_AS_PAGE = '/act-as';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment -- rows of hand-written SQL, mapped field by field into typed GraphQL objects here */
type Row = Record<string, any>;

/**
 * "Act as buyer": a staff user with ACT_AS_BUYER (a sales manager only for his own clients) gets a
 * two-minute, single-use ticket; the storefront redeems it for a buyer session that names the
 * staff user (banner, audit) and ends after ACT_AS_TTL_MINUTES, refresh or not.
 */
@Injectable()
export class ActAsService {
  constructor(
    private readonly db: Db,
    private readonly companies: CompanyAdminService,
    private readonly tokens: ActionTokenService,
    private readonly shopAuth: ShopAuthService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(ctx: RequestContext, companyId: string, buyerUserId: string): Promise<ActAsTicketType | NotActiveError> {
    return this.db.transaction(ctx, async (tctx) => {
      const company = await this.companies.require(tctx, companyId, 'company.actAs');
      if (company.status !== CompanyStatusType.ACTIVE)
        return new NotActiveError('The company is not active: its users cannot log in');
      const [member] = await this.db.query<{ active: boolean }>(
        tctx,
        `SELECT m.active AND u.active AS active FROM company_member m JOIN buyer_user u ON u.id = m.buyer_user_id
          WHERE m.company_id = $1 AND m.buyer_user_id = $2`,
        [companyId, buyerUserId],
      );
      if (!member) throw new EntityNotFoundError('User', buyerUserId);
      if (!member.active) return new NotActiveError('This user is deactivated');
      const ticket = await this.tokens.issue(tctx, {
        purpose: 'act_as',
        userKind: 'staff',
        userId: ctx.staff.userId,
        payload: { companyId, buyerUserId },
        ttlSeconds: TOKEN_TTL.act_as,
      });
      await this.audit.record(tctx, {
        action: 'act_as.requested',
        entityType: 'BuyerUser',
        entityId: buyerUserId,
        companyId,
      });
      return {
        ticket,
        expiresAt: new Date(Date.now() + TOKEN_TTL.act_as * 1000),
        url: this.mail.link(ACT_AS_PAGE, { ticket }),
      };
    });
  }

  /** Public (shop): the ticket is the credential. Answers like login and sets the refresh cookie. */
  async redeem(ctx: RequestContext, ticket: string): Promise<ShopAuthPayload | InvalidTokenError> {
    return this.db.transaction(ctx, async (tctx) => {
      const used = await this.tokens.consume(tctx, ticket, ['act_as'], 'staff');
      if (typeof used === 'string') return new InvalidTokenError(used);
      const staffUserId = used.userId!;
      const { companyId, buyerUserId } = used.payload;
      // The staff user must still be allowed: active, with the permission, and (sales managers) still the manager.
      const [staff] = await this.db.query<{ role: StaffRole; manager_id: string | null }>(
        tctx,
        `SELECT s.role, c.manager_id FROM staff_user s JOIN company c ON c.id = $2 WHERE s.id = $1 AND s.active`,
        [staffUserId, companyId],
      );
      const allowed =
        staff &&
        staffMay(
          { kind: 'staff', userId: staffUserId, permissions: new Set(STAFF_ROLE_PERMISSIONS[staff.role]) },
          'company.actAs',
          {
            managerId: staff.manager_id,
          },
        ).allowed;
      const opened = allowed
        ? await this.shopAuth.openActAsSession(tctx, {
            buyerUserId,
            companyId,
            staffUserId,
            ttlSeconds: this.config.actAsTtlMinutes * 60,
          })
        : null;
      if (!opened) return new InvalidTokenError(TokenProblem.UNKNOWN);
      const { payload, session } = opened;
      // Recorded as the buyer with the staff user behind him, like every action in this session.
      const actingCtx = tctx.withTransaction(tctx.tx!);
      actingCtx.principal = {
        kind: 'buyer',
        sessionId: session.id,
        userId: buyerUserId,
        companyId,
        legalEntityId: session.legalEntityId!,
        contractId: session.contractId,
        role: payload.session.role,
        permissions: new Set(BUYER_ROLE_PERMISSIONS[payload.session.role]),
        actingStaffUserId: staffUserId,
      };
      await this.audit.record(actingCtx, {
        action: 'act_as.started',
        entityType: 'AuthSession',
        entityId: session.id,
        companyId,
        after: { expiresAt: session.expiresAt.toISOString() },
      });
      return payload;
    });
  }

  /** The staff user's act-as sessions still running (administrators see everyone's). */
  async list(ctx: RequestContext): Promise<ActAsSessionType[]> {
    const all = ctx.staff.role === StaffRole.ADMIN;
    const rows = await this.db.query<Row>(
      ctx,
      `SELECT s.id, s.created_at, s.expires_at, s.company_id, c.name AS company_name, s.buyer_user_id,
              u.full_name AS buyer_name, u.email AS buyer_email, s.acting_staff_user_id, st.full_name AS staff_name
         FROM auth_session s
         JOIN company c ON c.id = s.company_id
         JOIN buyer_user u ON u.id = s.buyer_user_id
         JOIN staff_user st ON st.id = s.acting_staff_user_id
        WHERE s.acting_staff_user_id IS NOT NULL AND s.revoked_at IS NULL AND s.expires_at > now()
          AND ($1 OR s.acting_staff_user_id = $2)
        ORDER BY s.created_at DESC`,
      [all, ctx.staff.userId],
    );
    return rows.map((r) => ({
      id: r.id,
      startedAt: r.created_at,
      expiresAt: r.expires_at,
      companyId: r.company_id,
      companyName: r.company_name,
      buyerUserId: r.buyer_user_id,
      buyerName: r.buyer_name,
      buyerEmail: r.buyer_email,
      staffUserId: r.acting_staff_user_id,
      staffName: r.staff_name,
    }));
  }

  /** Ends an act-as session from the admin side: its tokens stop working at once. */
  async end(ctx: RequestContext, sessionId: string): Promise<boolean> {
    return this.db.transaction(ctx, async (tctx) => {
      const [row] = await this.db.query<{ company_id: string }>(
        tctx,
        `UPDATE auth_session SET revoked_at = now(), revoke_reason = 'act_as_ended'
          WHERE id = $1 AND acting_staff_user_id IS NOT NULL AND revoked_at IS NULL
            AND ($2 OR acting_staff_user_id = $3)
        RETURNING company_id`,
        [sessionId, ctx.staff.role === StaffRole.ADMIN, ctx.staff.userId],
      );
      if (!row) throw new EntityNotFoundError('Act-as session', sessionId);
      await this.audit.record(tctx, {
        action: 'act_as.ended',
        entityType: 'AuthSession',
        entityId: sessionId,
        companyId: row.company_id,
        after: { how: 'ended_by_staff' },
      });
      return true;
    });
  }
}
