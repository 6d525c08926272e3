import { Injectable } from '@nestjs/common';
import { BuyerRole } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { Dec } from '../../common/money/decimal';
import { Page, PageArgs } from '../../common/pagination/pagination.types';
import { AuditService } from '../audit/audit.service';
import { escapeLike } from '../identity/staff-users.service';
import { MailService } from '../mail/mail.service';
import { adminActorOf, assertStaffMay, seesAllClients, staffMay } from './access-policy';
import { AlreadyDecidedError, AlreadyExistsError } from './companies.errors';
import { CompanyAdminService } from './company-admin.service';
import { contractProblems } from './legal-entity-rules';
import { MembersService } from './members.service';
import {
  ApproveRegistrationInput,
  RegistrationCompanyRefType,
  RegistrationRequestType,
  RegistrationsFilterInput,
  RegistrationStatusType,
} from './registration.types';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return -- rows of hand-written SQL, mapped field by field into typed GraphQL objects here */
type Row = Record<string, any>;

/**
 * The staff side of registration: the queue, duplicate check (same INN → suggest linking),
 * approval (new company + legal entity + default contract + director, or joining an existing
 * company) and rejection with a reason. The applicant is e-mailed either way; both are audited.
 */
@Injectable()
export class RegistrationReviewService {
  constructor(
    private readonly db: Db,
    private readonly companies: CompanyAdminService,
    private readonly members: MembersService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async list(
    ctx: RequestContext,
    filter: RegistrationsFilterInput | null | undefined,
    page: PageArgs,
  ): Promise<Page<RegistrationRequestType>> {
    assertStaffMay(ctx, 'registrations.view');
    const params: unknown[] = [];
    const where: string[] = ['TRUE'];
    if (filter?.status) where.push(`r.status = $${params.push(filter.status)}`);
    if (filter?.kind) where.push(`r.kind = $${params.push(filter.kind)}`);
    if (filter?.from) where.push(`r.created_at >= $${params.push(filter.from)}`);
    if (filter?.to) where.push(`r.created_at < $${params.push(filter.to)}`);
    const search = filter?.search?.trim();
    if (search) {
      const like = params.push(`%${escapeLike(search)}%`);
      const prefix = params.push(`${escapeLike(search)}%`);
      where.push(
        `(r.company_name ILIKE $${like} OR r.contact_name ILIKE $${like} OR r.email ILIKE $${like} OR r.inn LIKE $${prefix})`,
      );
    }
    const rows = await this.db.query<Row>(
      ctx,
      `SELECT r.*, count(*) OVER () AS total FROM registration_request r WHERE ${where.join(' AND ')}
        ORDER BY r.status = 'PENDING' DESC, r.created_at DESC, r.id
        OFFSET $${params.push(page.skip)} LIMIT $${params.push(page.take)}`,
      params,
    );
    return { items: await this.describe(ctx, rows), totalCount: rows.length ? Number(rows[0].total) : 0 };
  }

  async get(ctx: RequestContext, id: string): Promise<RegistrationRequestType> {
    assertStaffMay(ctx, 'registrations.view');
    const [row] = await this.db.query<Row>(ctx, `SELECT * FROM registration_request WHERE id = $1`, [id]);
    if (!row) throw new EntityNotFoundError('Registration request', id);
    return (await this.describe(ctx, [row]))[0];
  }

  async approve(
    ctx: RequestContext,
    id: string,
    input: ApproveRegistrationInput,
  ): Promise<RegistrationRequestType | AlreadyDecidedError | AlreadyExistsError> {
    assertStaffMay(ctx, 'registrations.decide');
    return this.db.transaction(ctx, async (tctx) => {
      const [request] = await this.db.query<Row>(tctx, `SELECT * FROM registration_request WHERE id = $1 FOR UPDATE`, [
        id,
      ]);
      if (!request) throw new EntityNotFoundError('Registration request', id);
      if (request.status !== RegistrationStatusType.PENDING) {
        return new AlreadyDecidedError(
          request.status === 'UNVERIFIED'
            ? 'waiting for the e-mail confirmation'
            : String(request.status).toLowerCase(),
        );
      }
      const linkTo: string | null = input.companyId ?? request.matched_company_id ?? null;
      let companyId: string;
      let created = false;
      if (linkTo) {
        await this.companies.require(tctx, linkTo, 'company.edit', true);
        companyId = linkTo;
      } else {
        const result = await this.createCompany(tctx, request, input);
        if (result instanceof AlreadyExistsError) return result;
        companyId = result;
        created = true;
      }
      const [{ name: companyName, directors }] = await this.db.query<{ name: string; directors: number }>(
        tctx,
        `SELECT c.name, (SELECT count(*)::int FROM company_member m WHERE m.company_id = c.id AND m.role = 'DIRECTOR' AND m.active) AS directors
           FROM company c WHERE c.id = $1`,
        [companyId],
      );
      const role = input.role ?? (created || directors === 0 ? BuyerRole.DIRECTOR : BuyerRole.PURCHASER);
      const { userId, setPasswordUrl } = await this.attachUser(tctx, request, companyId, role);
      await this.db.query(
        tctx,
        `UPDATE registration_request SET status = 'APPROVED', decided_at = now(), decided_by_staff_user_id = $2,
                result_company_id = $3, result_buyer_user_id = $4, updated_at = now() WHERE id = $1`,
        [id, ctx.staff.userId, companyId, userId],
      );
      await this.mail.send(tctx, {
        to: request.email,
        toName: request.contact_name,
        locale: request.locale,
        template: 'registration_approved',
        companyId,
        params: { name: request.contact_name, companyName, setPasswordUrl, loginUrl: this.mail.link('/login') },
      });
      await this.audit.record(tctx, {
        action: 'registration.approved',
        entityType: 'RegistrationRequest',
        entityId: id,
        companyId,
        after: {
          kind: request.kind,
          inn: request.inn,
          email: request.email,
          companyCreated: created,
          role,
          buyerUserId: userId,
        },
      });
      return this.get(tctx, id);
    });
  }

  async reject(
    ctx: RequestContext,
    id: string,
    reason: string,
  ): Promise<RegistrationRequestType | AlreadyDecidedError> {
    assertStaffMay(ctx, 'registrations.decide');
    if (!reason.trim()) throw new UserInputError('reason', 'reason: the applicant is told why; it must not be empty');
    return this.db.transaction(ctx, async (tctx) => {
      const [request] = await this.db.query<Row>(
        tctx,
        `UPDATE registration_request SET status = 'REJECTED', rejection_reason = $2, decided_at = now(),
                decided_by_staff_user_id = $3, updated_at = now()
          WHERE id = $1 AND status IN ('UNVERIFIED', 'PENDING') RETURNING *`,
        [id, reason.trim(), ctx.staff.userId],
      );
      if (!request) {
        const [existing] = await this.db.query<Row>(tctx, `SELECT status FROM registration_request WHERE id = $1`, [
          id,
        ]);
        if (!existing) throw new EntityNotFoundError('Registration request', id);
        return new AlreadyDecidedError(String(existing.status).toLowerCase());
      }
      await this.mail.send(tctx, {
        to: request.email,
        toName: request.contact_name,
        locale: request.locale,
        template: 'registration_rejected',
        params: { name: request.contact_name, companyName: request.company_name ?? request.inn, reason: reason.trim() },
      });
      await this.audit.record(tctx, {
        action: 'registration.rejected',
        entityType: 'RegistrationRequest',
        entityId: id,
        after: { kind: request.kind, inn: request.inn, email: request.email },
        reason: reason.trim(),
      });
      return this.get(tctx, id);
    });
  }

  /** New company, legal entity and default contract from a full request. */
  private async createCompany(
    ctx: RequestContext,
    request: Row,
    input: ApproveRegistrationInput,
  ): Promise<string | AlreadyExistsError> {
    assertStaffMay(ctx, 'company.create');
    const [taken] = await this.db.query<{ company_id: string }>(
      ctx,
      `SELECT company_id FROM legal_entity WHERE inn = $1 AND kpp = $2`,
      [request.inn, request.kpp ?? ''],
    );
    if (taken) {
      return new AlreadyExistsError(
        'input.companyId',
        'A legal entity with this INN and KPP already exists: link the applicant to its company',
      );
    }
    const actor = adminActorOf(ctx);
    // A sales manager's new client is his own (he could not see it otherwise); others leave it unassigned.
    let managerId = seesAllClients(actor) ? null : actor.userId;
    if (input.managerId) {
      if (!seesAllClients(actor) && input.managerId !== actor.userId) {
        throw new UserInputError(
          'input.managerId',
          'input.managerId: only staff who see all clients may choose the manager',
        );
      }
      const [m] = await this.db.query(ctx, `SELECT 1 FROM staff_user WHERE id = $1 AND active`, [input.managerId]);
      if (!m) throw new UserInputError('input.managerId', 'input.managerId: no active staff user with this id');
      managerId = input.managerId;
    }
    const terms = {
      paymentTerms: (input.paymentTerms ?? 'PREPAYMENT') as 'PREPAYMENT' | 'DEFERRAL',
      deferralDays: input.deferralDays ?? null,
      date: new Date().toISOString().slice(0, 10),
      currency: 'RUB',
      creditLimit: input.creditLimit ?? null,
    };
    const [problem] = contractProblems(terms);
    if (problem) throw new UserInputError(`input.${problem.field}`, `input.${problem.field}: ${problem.message}`);
    const name = input.companyName?.trim() || request.company_name;
    const [company] = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO company (name, status, manager_id) VALUES ($1, 'active', $2) RETURNING id`,
      [name, managerId],
    );
    const [le] = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO legal_entity (company_id, name, inn, kpp) VALUES ($1, $2, $3, $4) RETURNING id`,
      [company.id, name, request.inn, request.kpp ?? ''],
    );
    await this.db.query(
      ctx,
      `INSERT INTO contract (legal_entity_id, number, date, currency, payment_terms, deferral_days, credit_limit, is_default)
       VALUES ($1, $2, current_date, 'RUB', $3, $4, $5, true)`,
      [
        le.id,
        input.contractNumber?.trim() || `W-${new Date().getFullYear()}-${String(request.id).slice(0, 8).toUpperCase()}`,
        terms.paymentTerms,
        terms.paymentTerms === 'DEFERRAL' ? terms.deferralDays : null,
        (terms.creditLimit ?? new Dec(0)).toFixed(),
      ],
    );
    await this.audit.record(ctx, {
      action: 'company.created',
      entityType: 'Company',
      entityId: company.id,
      companyId: company.id,
      after: { name, managerId, fromRegistration: request.id },
    });
    return company.id;
  }

  /** The applicant's user in the company: a new account with a set-password link, or his existing one. */
  private async attachUser(
    ctx: RequestContext,
    request: Row,
    companyId: string,
    role: BuyerRole,
  ): Promise<{ userId: string; setPasswordUrl: string | null }> {
    let [user] = await this.db.query<{ id: string; has_password: boolean }>(
      ctx,
      `SELECT id, password_hash IS NOT NULL AS has_password FROM buyer_user WHERE email = $1 FOR UPDATE`,
      [request.email],
    );
    if (!user) {
      [user] = await this.db.query(
        ctx,
        `INSERT INTO buyer_user (email, full_name, phone, locale, password_hash) VALUES ($1, $2, $3, $4, NULL)
         RETURNING id, false AS has_password`,
        [request.email, request.contact_name, request.phone, request.locale],
      );
    }
    await this.db.query(
      ctx,
      `INSERT INTO company_member (company_id, buyer_user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (company_id, buyer_user_id) DO UPDATE SET active = true, role = EXCLUDED.role, updated_at = now()`,
      [companyId, user.id, role],
    );
    return { userId: user.id, setPasswordUrl: user.has_password ? null : await this.members.inviteLink(ctx, user.id) };
  }

  private async describe(ctx: RequestContext, rows: Row[]): Promise<RegistrationRequestType[]> {
    if (rows.length === 0) return [];
    const inns = [...new Set(rows.map((r) => r.inn as string))];
    const staffIds = [...new Set(rows.map((r) => r.decided_by_staff_user_id).filter(Boolean))];
    const [companies, staff] = await this.db.all(ctx, [
      () =>
        this.db.query<Row>(
          ctx,
          `SELECT le.company_id, le.name AS legal_entity_name, le.inn, le.kpp, c.name AS company_name, c.manager_id,
                s.full_name AS manager_name
           FROM legal_entity le JOIN company c ON c.id = le.company_id LEFT JOIN staff_user s ON s.id = c.manager_id
          WHERE le.inn = ANY($1) ORDER BY c.name, le.kpp`,
          [inns],
        ),
      () => this.db.query<Row>(ctx, `SELECT * FROM staff_user WHERE id = ANY($1)`, [staffIds]),
    ]);
    const actor = adminActorOf(ctx);
    const ref = (c: Row, kpp: string | null): RegistrationCompanyRefType => {
      const accessible = staffMay(actor, 'company.view', { managerId: c.manager_id }).allowed;
      return {
        companyId: c.company_id,
        companyName: accessible ? c.company_name : null,
        legalEntityName: accessible ? c.legal_entity_name : null,
        inn: c.inn,
        kpp: c.kpp || null,
        sameKpp: (c.kpp || null) === (kpp || null),
        managerName: c.manager_name,
        accessible,
      };
    };
    return rows.map((r) => {
      const sameInn = companies.filter((c) => c.inn === r.inn);
      const matched = r.matched_company_id ? sameInn.find((c) => c.company_id === r.matched_company_id) : undefined;
      const decider = staff.find((s) => s.id === r.decided_by_staff_user_id);
      return {
        id: r.id,
        kind: r.kind,
        status: r.status,
        companyName: r.company_name,
        inn: r.inn,
        kpp: r.kpp,
        contractNumber: r.contract_number,
        contactName: r.contact_name,
        email: r.email,
        phone: r.phone,
        region: r.region,
        businessKind: r.business_kind,
        comment: r.comment,
        locale: r.locale,
        emailVerifiedAt: r.email_verified_at,
        createdAt: r.created_at,
        decidedAt: r.decided_at,
        decidedBy: decider
          ? {
              id: decider.id,
              email: decider.email,
              fullName: decider.full_name,
              role: decider.role,
              phone: decider.phone,
              photoUrl: decider.photo_url,
              active: decider.active,
              locale: decider.locale,
              hasPassword: decider.password_hash !== null,
              lastLoginAt: decider.last_login_at,
            }
          : null,
        rejectionReason: r.rejection_reason,
        matchedCompany: matched ? ref(matched, r.kpp) : null,
        duplicates: [...new Map(sameInn.map((c) => [c.company_id as string, ref(c, r.kpp)])).values()],
        resultCompanyId: r.result_company_id,
      };
    });
  }
}
