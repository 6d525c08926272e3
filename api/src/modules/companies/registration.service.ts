import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { UserInputError } from '../../common/errors/domain-errors';
import { TooManyAttemptsError } from '../../common/errors/error-result';
import { ActionTokenService, TOKEN_TTL } from '../identity/action-token.service';
import { InvalidTokenError, TokenProblem } from '../identity/identity.errors';
import { LoginRateLimiter } from '../identity/login-rate-limiter.service';
import { randomSecret, sha256 } from '../identity/tokens';
import { MailService } from '../mail/mail.service';
import { DuplicateRegistrationError, NoMatchingContractError } from './companies.errors';
import { taxIdProblems } from './legal-entity-rules';
import {
  FullRegistrationInput,
  RegistrationKindType,
  RegistrationStatusType,
  RegistrationStatusViewType,
  RegistrationSubmittedType,
  ShortRegistrationInput,
} from './registration.types';

/** Links in e-mails point at these storefront pages, which call the matching shop API operations. */
export const REGISTRATION_PAGES = { verify: '/register/verify', status: '/register/status' };

interface StatusRow {
  kind: RegistrationKindType;
  status: RegistrationStatusType;
  company_name: string | null;
  inn: string;
  email: string;
  email_verified_at: Date | null;
  created_at: Date;
  decided_at: Date | null;
  rejection_reason: string | null;
}

const toView = (r: StatusRow): RegistrationStatusViewType => ({
  kind: r.kind,
  status: r.status,
  companyName: r.company_name,
  inn: r.inn,
  email: r.email,
  emailVerified: r.email_verified_at !== null,
  submittedAt: r.created_at,
  decidedAt: r.decided_at,
  rejectionReason: r.rejection_reason,
});

/**
 * The public side of registration: the full form (new clients) and the short one (existing
 * offline clients: INN + contract number), e-mail confirmation by link, and the status page.
 * Requests are rate-limited per IP; one open request per INN and e-mail.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly db: Db,
    private readonly tokens: ActionTokenService,
    private readonly mail: MailService,
    private readonly limiter: LoginRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async registerCompany(
    ctx: RequestContext,
    input: FullRegistrationInput,
  ): Promise<RegistrationSubmittedType | DuplicateRegistrationError | TooManyAttemptsError> {
    const kpp = input.kpp?.trim() || null;
    const [problem] = taxIdProblems({ inn: input.inn.trim(), kpp });
    if (problem)
      throw new UserInputError(`input.${problem.field}`, `input.${problem.field}: ${problem.message}`, {
        errorCode: problem.code,
      });
    const wait = await this.throttle(ctx);
    if (wait) return wait;
    return this.submit(ctx, {
      kind: RegistrationKindType.FULL,
      company_name: input.companyName.trim(),
      inn: input.inn.trim(),
      kpp,
      contract_number: null,
      contact_name: input.contactName.trim(),
      email: input.email.trim().toLowerCase(),
      phone: input.phone.trim(),
      region: input.region.trim(),
      business_kind: input.businessKind.trim(),
      comment: input.comment?.trim() || null,
      locale: input.locale,
      matched_company_id: null,
      matched_legal_entity_id: null,
      matched_contract_id: null,
    });
  }

  /** Short form: only when the INN and contract number match a contract on file does it become a request. */
  async requestCompanyAccess(
    ctx: RequestContext,
    input: ShortRegistrationInput,
  ): Promise<RegistrationSubmittedType | DuplicateRegistrationError | NoMatchingContractError | TooManyAttemptsError> {
    const inn = input.inn.trim();
    const [problem] = taxIdProblems({ inn, kpp: inn.length === 10 ? '000000000' : null }).filter(
      (p) => p.field === 'inn',
    );
    if (problem) throw new UserInputError('input.inn', `input.inn: ${problem.message}`, { errorCode: problem.code });
    // Counted before matching, so the form cannot be used to probe contract numbers quickly.
    const wait = await this.throttle(ctx);
    if (wait) return wait;
    const [match] = await this.db.query<{
      company_id: string;
      legal_entity_id: string;
      contract_id: string;
      company_name: string;
      kpp: string;
    }>(
      ctx,
      `SELECT c.id AS company_id, le.id AS legal_entity_id, k.id AS contract_id, c.name AS company_name, le.kpp
         FROM legal_entity le
         JOIN company c ON c.id = le.company_id
         JOIN contract k ON k.legal_entity_id = le.id
        WHERE le.inn = $1 AND lower(k.number) = lower($2)
        ORDER BY k.status = 'active' DESC, k.date DESC LIMIT 1`,
      [inn, input.contractNumber.trim()],
    );
    if (!match) return new NoMatchingContractError();
    return this.submit(ctx, {
      kind: RegistrationKindType.SHORT,
      company_name: match.company_name,
      inn,
      kpp: match.kpp || null,
      contract_number: input.contractNumber.trim(),
      contact_name: input.contactName.trim(),
      email: input.email.trim().toLowerCase(),
      phone: input.phone.trim(),
      region: null,
      business_kind: null,
      comment: null,
      locale: input.locale,
      matched_company_id: match.company_id,
      matched_legal_entity_id: match.legal_entity_id,
      matched_contract_id: match.contract_id,
    });
  }

  async verifyEmail(ctx: RequestContext, token: string): Promise<RegistrationStatusViewType | InvalidTokenError> {
    return this.db.transaction(ctx, async (tctx) => {
      const used = await this.tokens.consume(tctx, token, ['email_verification']);
      if (typeof used === 'string') return new InvalidTokenError(used);
      const [row] = await this.db.query<StatusRow>(
        tctx,
        `UPDATE registration_request
            SET status = CASE WHEN status = 'UNVERIFIED' THEN 'PENDING' ELSE status END,
                email_verified_at = coalesce(email_verified_at, now()), updated_at = now()
          WHERE id = $1 RETURNING *`,
        [used.payload.registrationId],
      );
      return row ? toView(row) : new InvalidTokenError(TokenProblem.UNKNOWN);
    });
  }

  async status(ctx: RequestContext, statusToken: string): Promise<RegistrationStatusViewType | InvalidTokenError> {
    if (!statusToken || statusToken.length > 200) return new InvalidTokenError(TokenProblem.UNKNOWN);
    const [row] = await this.db.query<StatusRow>(
      ctx,
      `SELECT * FROM registration_request WHERE status_token_hash = $1`,
      [sha256(statusToken)],
    );
    return row ? toView(row) : new InvalidTokenError(TokenProblem.UNKNOWN);
  }

  private async throttle(ctx: RequestContext): Promise<TooManyAttemptsError | null> {
    const wait = await this.limiter.hit(
      ctx,
      `register:ip:${ctx.ip}`,
      this.config.registrationMaxPerIp,
      this.config.registrationWindowSeconds,
    );
    return wait > 0 ? new TooManyAttemptsError(wait) : null;
  }

  private async submit(
    ctx: RequestContext,
    values: Record<string, string | null>,
  ): Promise<RegistrationSubmittedType | DuplicateRegistrationError> {
    const statusToken = randomSecret(24);
    return this.db.transaction(ctx, async (tctx) => {
      // A request whose confirmation link expired unused does not block a new one.
      await this.db.query(
        tctx,
        `DELETE FROM registration_request
          WHERE inn = $1 AND email = $2 AND status = 'UNVERIFIED' AND created_at < now() - make_interval(secs => $3)`,
        [values.inn, values.email, TOKEN_TTL.email_verification],
      );
      const columns = Object.keys(values);
      const params = [...Object.values(values), sha256(statusToken), ctx.ip.slice(0, 64)];
      const [row] = await this.db.query<{ id: string }>(
        tctx,
        `INSERT INTO registration_request (${columns.join(', ')}, status, consent_at, status_token_hash, ip)
         VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, 'UNVERIFIED', now(), $${columns.length + 1}, $${columns.length + 2})
         ON CONFLICT (inn, email) WHERE status IN ('UNVERIFIED', 'PENDING') DO NOTHING
         RETURNING id`,
        params,
      );
      if (!row) return new DuplicateRegistrationError();
      const verifyToken = await this.tokens.issue(tctx, {
        purpose: 'email_verification',
        payload: { registrationId: row.id },
        ttlSeconds: TOKEN_TTL.email_verification,
      });
      await this.mail.send(tctx, {
        to: values.email!,
        toName: values.contact_name,
        locale: values.locale,
        template: 'registration_verify',
        params: {
          name: values.contact_name!,
          verifyUrl: this.mail.link(REGISTRATION_PAGES.verify, { token: verifyToken }),
          statusUrl: this.mail.link(REGISTRATION_PAGES.status, { token: statusToken }),
        },
      });
      return { statusToken, status: RegistrationStatusType.UNVERIFIED, email: values.email! };
    });
  }
}
