import { Injectable } from '@nestjs/common';
import { BUYER_ROLE_PERMISSIONS, BuyerPermission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError } from '../../common/errors/domain-errors';
import {
  InvalidCredentialsError,
  InvalidRefreshTokenError,
  NotFoundError,
  TooManyAttemptsError,
} from '../../common/errors/error-result';
import { Dec } from '../../common/money/decimal';
import { ContractStatusType, PaymentTermsType, ShopContractType } from '../companies/company.types';
import { validContractSql } from '../companies/contract-rules';
import { AuditService } from '../audit/audit.service';
import { AuthSession } from './auth-session.entity';
import { BuyerUser } from './buyer-user.entity';
import { CompanyBlockedError, CompanyPendingError } from './identity.errors';
import { LoginInput } from './identity.inputs';
import { ShopAuthPayload, ShopSessionType } from './identity.types';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { MembershipService } from './membership.service';
import { verifyPassword } from './password';
import { SessionService } from './session.service';

const SCOPE = 'shop';

export interface ActAsSessionRequest {
  buyerUserId: string;
  companyId: string;
  staffUserId: string;
  ttlSeconds: number;
}

interface ContractColumns {
  k_id: string | null;
  k_legal_entity_id: string;
  k_number: string;
  k_date: string;
  k_currency: string;
  k_payment_terms: PaymentTermsType;
  k_deferral_days: number | null;
  k_credit_limit: string;
  k_valid_from: string | null;
  k_valid_to: string | null;
  k_status: ContractStatusType;
  k_is_default: boolean;
}

interface SessionRow extends ContractColumns {
  company_id: string;
  legal_entity_id: string;
  email: string;
  full_name: string;
  acting_staff_name: string | null;
}

/** The contract columns as `k_*`, for `contractOf`. */
const CONTRACT_COLUMNS = `k.id AS k_id, k.legal_entity_id AS k_legal_entity_id, k.number AS k_number,
  to_char(k.date, 'YYYY-MM-DD') AS k_date, k.currency AS k_currency,
  k.payment_terms AS k_payment_terms, k.deferral_days AS k_deferral_days,
  k.credit_limit AS k_credit_limit, to_char(k.valid_from, 'YYYY-MM-DD') AS k_valid_from,
  to_char(k.valid_to, 'YYYY-MM-DD') AS k_valid_to, k.status AS k_status, k.is_default AS k_is_default`;

/** The same contract columns as a JSON object (numbers that are money travel as text). */
const CONTRACT_JSON = `'k_id', k.id, 'k_legal_entity_id', k.legal_entity_id, 'k_number', k.number,
  'k_date', to_char(k.date, 'YYYY-MM-DD'), 'k_currency', k.currency, 'k_payment_terms', k.payment_terms,
  'k_deferral_days', k.deferral_days, 'k_credit_limit', k.credit_limit::text,
  'k_valid_from', to_char(k.valid_from, 'YYYY-MM-DD'), 'k_valid_to', to_char(k.valid_to, 'YYYY-MM-DD'),
  'k_status', k.status, 'k_is_default', k.is_default`;

/** Buyer login, token refresh, logout, the active legal entity and contract, and act-as sessions. */
@Injectable()
export class ShopAuthService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionService,
    private readonly memberships: MembershipService,
    private readonly limiter: LoginRateLimiter,
    private readonly audit: AuditService,
  ) {}

  async login(
    ctx: RequestContext,
    input: LoginInput,
  ): Promise<
    ShopAuthPayload | InvalidCredentialsError | TooManyAttemptsError | CompanyBlockedError | CompanyPendingError
  > {
    const email = input.email.trim().toLowerCase();
    const wait = await this.limiter.retryAfter(ctx, SCOPE, email);
    if (wait > 0) return new TooManyAttemptsError(wait);

    const user = await this.db.repo(ctx, BuyerUser).findOneBy({ email });
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
    const companies = user && passwordOk && user.active ? await this.memberships.accessibleCompanies(ctx, user.id) : [];
    if (user && passwordOk && user.active && companies.length === 0) {
      // The password is right, so saying why is safe — and saves a call to support.
      const statuses = await this.memberships.membershipCompanyStatuses(ctx, user.id);
      if (statuses.includes('blocked')) return new CompanyBlockedError();
      if (statuses.includes('pending')) return new CompanyPendingError();
    }
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
        contractId: await this.memberships.defaultContractId(tctx, active.legalEntityId),
      });
      return { ...tokens, session: await this.describe(tctx, user.id, session.id) };
    });
  }

  /**
   * Opens a short buyer session for a staff user acting as this buyer (the ticket was checked by
   * the caller). Its expiry is fixed: refreshing does not extend act-as sessions.
   */
  async openActAsSession(
    ctx: RequestContext,
    request: ActAsSessionRequest,
  ): Promise<{ payload: ShopAuthPayload; session: AuthSession } | null> {
    const companies = await this.memberships.accessibleCompanies(ctx, request.buyerUserId);
    const company = companies.find((c) => c.company.id === request.companyId);
    if (!company) return null;
    const [user] = await this.db.query<{ last_legal_entity_id: string | null }>(
      ctx,
      `SELECT last_legal_entity_id FROM buyer_user WHERE id = $1 AND active`,
      [request.buyerUserId],
    );
    if (!user) return null;
    const legalEntity =
      company.legalEntities.find((le) => le.id === user.last_legal_entity_id) ?? company.legalEntities[0];
    const { session, tokens } = await this.sessions.create(ctx, {
      kind: 'buyer',
      userId: request.buyerUserId,
      companyId: request.companyId,
      legalEntityId: legalEntity.id,
      contractId: await this.memberships.defaultContractId(ctx, legalEntity.id),
      actingStaffUserId: request.staffUserId,
      ttlSeconds: request.ttlSeconds,
    });
    return { payload: { ...tokens, session: await this.describe(ctx, request.buyerUserId, session.id) }, session };
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
    if (ctx.buyer.actingStaffUserId) {
      await this.audit.record(ctx, {
        action: 'act_as.ended',
        entityType: 'AuthSession',
        entityId: ctx.buyer.sessionId,
        after: { how: 'logout' },
      });
    }
    this.sessions.clearCookie(ctx, 'buyer');
    return true;
  }

  async me(ctx: RequestContext): Promise<ShopSessionType> {
    return this.describe(ctx, ctx.buyer.userId, ctx.buyer.sessionId);
  }

  /**
   * Switches the session to another legal entity the user may act through (any of his companies);
   * the contract follows: the new legal entity's default.
   */
  async switchLegalEntity(ctx: RequestContext, legalEntityId: string): Promise<ShopSessionType | NotFoundError> {
    const { userId, sessionId } = ctx.buyer;
    const access = await this.memberships.legalEntityAccess(ctx, userId, legalEntityId);
    // A staff user acting as the buyer was let into one company; the buyer's others stay closed to him.
    if (!access || (ctx.buyer.actingStaffUserId && access.companyId !== ctx.buyer.companyId)) {
      return new NotFoundError('Legal entity');
    }
    await this.db.transaction(ctx, async (tctx) => {
      const contractId = await this.memberships.defaultContractId(tctx, legalEntityId);
      await this.sessions.setActiveLegalEntity(tctx, sessionId, access.companyId, legalEntityId, contractId);
      await this.db.repo(tctx, BuyerUser).update(userId, { lastLegalEntityId: legalEntityId });
    });
    return this.describe(ctx, userId, sessionId);
  }

  /** Switches to another valid contract of the active legal entity. */
  async switchContract(ctx: RequestContext, contractId: string): Promise<ShopSessionType | NotFoundError> {
    const { userId, sessionId, legalEntityId } = ctx.buyer;
    if (!(await this.memberships.isValidContractOf(ctx, legalEntityId, contractId))) {
      return new NotFoundError('Contract');
    }
    await this.sessions.setActiveContract(ctx, sessionId, contractId);
    return this.describe(ctx, userId, sessionId);
  }

  private async describe(ctx: RequestContext, userId: string, sessionId: string): Promise<ShopSessionType> {
    // Two independent reads, in parallel: the session with its user, contract and the contracts it may
    // switch to (same order as the default choice in MembershipService), and the memberships.
    const [[session], companies] = await this.db.all(ctx, [
      () =>
        this.db.query<SessionRow & { available: ContractColumns[] }>(
          ctx,
          `SELECT s.company_id, s.legal_entity_id, u.email, u.full_name, st.full_name AS acting_staff_name,
                ${CONTRACT_COLUMNS},
                (SELECT coalesce(json_agg(json_build_object(${CONTRACT_JSON}) ORDER BY k.is_default DESC, k.date DESC, k.id), '[]')
                   FROM contract k WHERE k.legal_entity_id = s.legal_entity_id AND ${validContractSql('k')}) AS available
           FROM auth_session s
           JOIN buyer_user u ON u.id = s.buyer_user_id
           LEFT JOIN staff_user st ON st.id = s.acting_staff_user_id
           LEFT JOIN contract k ON k.id = s.contract_id AND k.legal_entity_id = s.legal_entity_id
          WHERE s.id = $1 AND s.buyer_user_id = $2`,
          [sessionId, userId],
        ),
      () => this.memberships.accessibleCompanies(ctx, userId),
    ]);
    const current = companies.find((c) => c.company.id === session?.company_id);
    const activeLegalEntity = current?.legalEntities.find((le) => le.id === session.legal_entity_id);
    if (!session || !current || !activeLegalEntity) throw new EntityNotFoundError('Session');
    const permissions = BUYER_ROLE_PERMISSIONS[current.role];
    const showFinance = permissions.includes(BuyerPermission.VIEW_FINANCE);
    return {
      user: { id: userId, email: session.email, fullName: session.full_name },
      company: current.company,
      role: current.role,
      activeLegalEntity,
      activeContract: session.k_id ? contractOf(session, showFinance) : null,
      availableContracts: session.available.map((row) => contractOf(row, showFinance)),
      companies,
      permissions: [...permissions],
      actingStaffUserName: session.acting_staff_name,
    };
  }
}

function contractOf(row: ContractColumns, showFinance: boolean): ShopContractType {
  return {
    id: row.k_id!,
    legalEntityId: row.k_legal_entity_id,
    number: row.k_number,
    date: row.k_date,
    currency: row.k_currency,
    paymentTerms: row.k_payment_terms,
    deferralDays: row.k_deferral_days,
    creditLimit: showFinance ? new Dec(row.k_credit_limit) : null,
    validFrom: row.k_valid_from,
    validTo: row.k_valid_to,
    status: row.k_status,
    isDefault: row.k_is_default,
  };
}
