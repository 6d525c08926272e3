import { Injectable } from '@nestjs/common';
import { BuyerRole } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { UserInputError } from '../../common/errors/domain-errors';
import { NotFoundError } from '../../common/errors/error-result';
import type { Dec } from '../../common/money/decimal';
import { AuditService } from '../audit/audit.service';
import { ActionTokenService, TOKEN_TTL } from '../identity/action-token.service';
import { PASSWORD_PAGES } from '../identity/password.service';
import { MailService } from '../mail/mail.service';
import { assertBuyerMay, buyerMay } from './access-policy';
import { AlreadyMemberError, LastDirectorError, SelfChangeError } from './companies.errors';
import { InviteUserInput, UserLimitsInput } from './companies.inputs';
import { CompanyUserType } from './companies.types';
import { CompanyAdminService } from './company-admin.service';
import { toCompanyUser } from './company-read.repository';

export type AccessChangeResult = CompanyUserType | NotFoundError | SelfChangeError | LastDirectorError;

const MEMBER_SQL = `SELECT m.company_id, m.buyer_user_id, m.role, m.active, m.order_limit, m.monthly_limit,
    u.email, u.full_name, u.phone, u.active AS user_active, u.password_hash IS NOT NULL AS has_password, u.last_login_at
  FROM company_member m JOIN buyer_user u ON u.id = m.buyer_user_id`;

/** Who acts: a director of the company (shop) or a staff user (admin, already scope-checked). */
type Actor = { kind: 'buyer'; ctx: RequestContext } | { kind: 'staff' };

function checkLimits(limits: { orderLimit?: Dec | null; monthlyLimit?: Dec | null }, prefix: string): void {
  for (const field of ['orderLimit', 'monthlyLimit'] as const) {
    const value = limits[field];
    if (value && (value.isNegative() || value.isZero())) {
      throw new UserInputError(
        `${prefix}.${field}`,
        `${prefix}.${field}: must be positive (leave it empty for no limit)`,
      );
    }
    if (value && value.decimalPlaces() > 2) {
      throw new UserInputError(`${prefix}.${field}`, `${prefix}.${field}: at most 2 decimal places`);
    }
  }
}

/**
 * A company's users: invitations (with a set-password link), roles, order limits, deactivation.
 * Directors do it for their own company in the shop; staff for the companies they may edit.
 * The company row is locked while access changes, so two directors cannot demote each other and
 * leave the company without one.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly db: Db,
    private readonly tokens: ActionTokenService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly companies: CompanyAdminService,
  ) {}

  // ------------------------------------------------------------ shop (the buyer's own company)

  async shopList(ctx: RequestContext): Promise<CompanyUserType[]> {
    assertBuyerMay(ctx, 'users.view');
    return this.list(ctx, ctx.buyer.companyId);
  }

  async shopInvite(ctx: RequestContext, input: InviteUserInput): Promise<CompanyUserType | AlreadyMemberError> {
    assertBuyerMay(ctx, 'users.invite');
    return this.invite(ctx, ctx.buyer.companyId, input);
  }

  async shopSetRole(ctx: RequestContext, userId: string, role: BuyerRole): Promise<AccessChangeResult> {
    return this.changeAccess(ctx, ctx.buyer.companyId, userId, { role }, { kind: 'buyer', ctx });
  }

  async shopSetActive(ctx: RequestContext, userId: string, active: boolean): Promise<AccessChangeResult> {
    return this.changeAccess(ctx, ctx.buyer.companyId, userId, { active }, { kind: 'buyer', ctx });
  }

  async shopSetLimits(
    ctx: RequestContext,
    userId: string,
    limits: UserLimitsInput,
  ): Promise<CompanyUserType | NotFoundError> {
    assertBuyerMay(ctx, 'users.setLimits');
    return this.setLimits(ctx, ctx.buyer.companyId, userId, limits);
  }

  // ------------------------------------------------------------ admin (any company the staff user may edit)

  async adminInvite(
    ctx: RequestContext,
    companyId: string,
    input: InviteUserInput,
  ): Promise<CompanyUserType | AlreadyMemberError> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.companies.require(tctx, companyId, 'company.edit');
      return this.invite(tctx, companyId, input);
    });
  }

  async adminSetRole(
    ctx: RequestContext,
    companyId: string,
    userId: string,
    role: BuyerRole,
  ): Promise<AccessChangeResult> {
    await this.companies.require(ctx, companyId, 'company.edit');
    return this.changeAccess(ctx, companyId, userId, { role }, { kind: 'staff' });
  }

  async adminSetActive(
    ctx: RequestContext,
    companyId: string,
    userId: string,
    active: boolean,
  ): Promise<AccessChangeResult> {
    await this.companies.require(ctx, companyId, 'company.edit');
    return this.changeAccess(ctx, companyId, userId, { active }, { kind: 'staff' });
  }

  async adminSetLimits(
    ctx: RequestContext,
    companyId: string,
    userId: string,
    limits: UserLimitsInput,
  ): Promise<CompanyUserType | NotFoundError> {
    await this.companies.require(ctx, companyId, 'company.edit');
    return this.setLimits(ctx, companyId, userId, limits);
  }

  // ------------------------------------------------------------ the work

  async list(ctx: RequestContext, companyId: string): Promise<CompanyUserType[]> {
    const rows = await this.db.query(
      ctx,
      `${MEMBER_SQL} WHERE m.company_id = $1 ORDER BY m.role = 'DIRECTOR' DESC, u.full_name, u.id`,
      [companyId],
    );
    return rows.map(toCompanyUser);
  }

  /**
   * Adds a person to the company. A new e-mail gets an account without a password and a link to
   * set one; a person who already has an account (another company) just gains access.
   */
  async invite(
    ctx: RequestContext,
    companyId: string,
    input: InviteUserInput,
  ): Promise<CompanyUserType | AlreadyMemberError> {
    checkLimits(input, 'input');
    const email = input.email.trim().toLowerCase();
    return this.db.transaction(ctx, async (tctx) => {
      const [company] = await this.db.query<{ name: string }>(tctx, `SELECT name FROM company WHERE id = $1`, [
        companyId,
      ]);
      let [user] = await this.db.query<{ id: string; full_name: string; locale: string; has_password: boolean }>(
        tctx,
        `SELECT id, full_name, locale, password_hash IS NOT NULL AS has_password FROM buyer_user WHERE email = $1 FOR UPDATE`,
        [email],
      );
      if (user) {
        const [member] = await this.db.query<{ active: boolean }>(
          tctx,
          `SELECT active FROM company_member WHERE company_id = $1 AND buyer_user_id = $2`,
          [companyId, user.id],
        );
        if (member) return new AlreadyMemberError(user.id, !member.active);
      } else {
        [user] = await this.db.query(
          tctx,
          `INSERT INTO buyer_user (email, full_name, phone, locale, password_hash) VALUES ($1, $2, $3, $4, NULL)
           RETURNING id, full_name, locale, false AS has_password`,
          [email, input.fullName.trim(), input.phone?.trim() || null, input.locale],
        );
      }
      await this.db.query(
        tctx,
        `INSERT INTO company_member (company_id, buyer_user_id, role, order_limit, monthly_limit) VALUES ($1, $2, $3, $4, $5)`,
        [companyId, user.id, input.role, input.orderLimit?.toFixed() ?? null, input.monthlyLimit?.toFixed() ?? null],
      );
      const setPasswordUrl = user.has_password ? null : await this.inviteLink(tctx, user.id);
      await this.mail.send(tctx, {
        to: email,
        toName: user.full_name,
        locale: user.locale,
        template: 'user_invited',
        companyId,
        params: { name: user.full_name, companyName: company.name, setPasswordUrl, loginUrl: this.mail.link('/login') },
      });
      await this.audit.record(tctx, {
        action: 'member.invited',
        entityType: 'BuyerUser',
        entityId: user.id,
        companyId,
        after: {
          email,
          role: input.role,
          orderLimit: input.orderLimit?.toFixed() ?? null,
          monthlyLimit: input.monthlyLimit?.toFixed() ?? null,
        },
      });
      return this.member(tctx, companyId, user.id) as Promise<CompanyUserType>;
    });
  }

  /** A fresh invitation link (older unused ones stop working). */
  async inviteLink(ctx: RequestContext, buyerUserId: string): Promise<string> {
    await this.tokens.revokeFor(ctx, 'buyer', buyerUserId, ['invite']);
    const token = await this.tokens.issue(ctx, {
      purpose: 'invite',
      userKind: 'buyer',
      userId: buyerUserId,
      ttlSeconds: TOKEN_TTL.invite,
    });
    return this.mail.link(PASSWORD_PAGES.buyer, { token });
  }

  private async changeAccess(
    ctx: RequestContext,
    companyId: string,
    userId: string,
    change: { role?: BuyerRole; active?: boolean },
    actor: Actor,
  ): Promise<AccessChangeResult> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.db.query(tctx, `SELECT 1 FROM company WHERE id = $1 FOR UPDATE`, [companyId]);
      const target = await this.member(tctx, companyId, userId);
      if (!target) return new NotFoundError('User');
      const [{ n }] = await this.db.query<{ n: number }>(
        tctx,
        `SELECT count(*)::int AS n FROM company_member m JOIN buyer_user u ON u.id = m.buyer_user_id AND u.active
          WHERE m.company_id = $1 AND m.role = 'DIRECTOR' AND m.active`,
        [companyId],
      );
      const action =
        change.role !== undefined ? 'users.changeRole' : change.active ? 'users.reactivate' : 'users.deactivate';
      const facts = {
        companyId,
        targetUserId: userId,
        targetRole: target.active ? target.role : undefined,
        newRole: change.role,
        activeDirectors: n,
      };
      // Staff are not members: only the company-level rule (keep a director) applies to them.
      const decision = buyerMay(
        actor.kind === 'buyer' ? actor.ctx.buyer : { userId: '', companyId, role: BuyerRole.DIRECTOR },
        action,
        facts,
      );
      if (!decision.allowed) {
        if (decision.code === 'SELF_CHANGE') return new SelfChangeError();
        if (decision.code === 'LAST_DIRECTOR') return new LastDirectorError();
        assertBuyerMay(tctx, action, facts);
      }
      if (change.role !== undefined && change.role !== target.role) {
        await this.db.query(
          tctx,
          `UPDATE company_member SET role = $3, updated_at = now() WHERE company_id = $1 AND buyer_user_id = $2`,
          [companyId, userId, change.role],
        );
        await this.audit.record(tctx, {
          action: 'member.role_changed',
          entityType: 'BuyerUser',
          entityId: userId,
          companyId,
          before: { role: target.role },
          after: { role: change.role },
        });
      }
      if (change.active !== undefined && change.active !== target.active) {
        await this.db.query(
          tctx,
          `UPDATE company_member SET active = $3, updated_at = now() WHERE company_id = $1 AND buyer_user_id = $2`,
          [companyId, userId, change.active],
        );
        if (!change.active) {
          await this.db.query(
            tctx,
            `UPDATE auth_session SET revoked_at = now(), revoke_reason = 'deactivated'
              WHERE buyer_user_id = $1 AND company_id = $2 AND revoked_at IS NULL`,
            [userId, companyId],
          );
        }
        await this.audit.record(tctx, {
          action: change.active ? 'member.reactivated' : 'member.deactivated',
          entityType: 'BuyerUser',
          entityId: userId,
          companyId,
        });
      }
      return (await this.member(tctx, companyId, userId))!;
    });
  }

  private async setLimits(
    ctx: RequestContext,
    companyId: string,
    userId: string,
    limits: UserLimitsInput,
  ): Promise<CompanyUserType | NotFoundError> {
    checkLimits(limits, 'limits');
    return this.db.transaction(ctx, async (tctx) => {
      const before = await this.member(tctx, companyId, userId);
      if (!before) return new NotFoundError('User');
      const orderLimit = limits.orderLimit?.toFixed() ?? null;
      const monthlyLimit = limits.monthlyLimit?.toFixed() ?? null;
      await this.db.query(
        tctx,
        `UPDATE company_member SET order_limit = $3, monthly_limit = $4, updated_at = now() WHERE company_id = $1 AND buyer_user_id = $2`,
        [companyId, userId, orderLimit, monthlyLimit],
      );
      await this.audit.record(tctx, {
        action: 'member.limits_changed',
        entityType: 'BuyerUser',
        entityId: userId,
        companyId,
        before: {
          orderLimit: before.orderLimit?.toFixed() ?? null,
          monthlyLimit: before.monthlyLimit?.toFixed() ?? null,
        },
        after: { orderLimit, monthlyLimit },
      });
      return (await this.member(tctx, companyId, userId))!;
    });
  }

  private async member(ctx: RequestContext, companyId: string, userId: string): Promise<CompanyUserType | null> {
    const [row] = await this.db.query(ctx, `${MEMBER_SQL} WHERE m.company_id = $1 AND m.buyer_user_id = $2`, [
      companyId,
      userId,
    ]);
    return row ? toCompanyUser(row) : null;
  }
}
