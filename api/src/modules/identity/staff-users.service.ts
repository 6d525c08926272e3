import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError } from '../../common/errors/domain-errors';
import { Page, PageArgs } from '../../common/pagination/pagination.types';
import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { ActionTokenService, TOKEN_TTL } from './action-token.service';
import { AlreadyExistsError, SelfChangeError } from './identity.errors';
import { toStaffUserType } from './identity.mappers';
import { StaffUserType } from './identity.types';
import { PASSWORD_PAGES } from './password.service';
import { StaffUser } from './staff-user.entity';
import { CreateStaffUserInput, StaffUsersArgs, UpdateStaffUserInput } from './staff-users.types';

/** Staff accounts (administrators only): created with an invitation link, never deleted, deactivated instead. */
@Injectable()
export class StaffUsersService {
  constructor(
    private readonly db: Db,
    private readonly tokens: ActionTokenService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, args: StaffUsersArgs, page: PageArgs): Promise<Page<StaffUserType>> {
    const qb = this.db
      .repo(ctx, StaffUser)
      .createQueryBuilder('s')
      .orderBy('s.fullName')
      .addOrderBy('s.id')
      .skip(page.skip)
      .take(page.take);
    if (args.search) {
      qb.andWhere('(s.fullName ILIKE :q OR s.email ILIKE :q)', { q: `%${escapeLike(args.search.trim())}%` });
    }
    if (args.role) qb.andWhere('s.role = :role', { role: args.role });
    if (args.active !== null && args.active !== undefined) qb.andWhere('s.active = :active', { active: args.active });
    const [users, totalCount] = await qb.getManyAndCount();
    return { items: users.map(toStaffUserType), totalCount };
  }

  async get(ctx: RequestContext, id: string): Promise<StaffUserType> {
    const user = await this.db.repo(ctx, StaffUser).findOneBy({ id });
    if (!user) throw new EntityNotFoundError('Staff user', id);
    return toStaffUserType(user);
  }

  async create(ctx: RequestContext, input: CreateStaffUserInput): Promise<StaffUserType | AlreadyExistsError> {
    const email = input.email.trim().toLowerCase();
    return this.db.transaction(ctx, async (tctx) => {
      const [created] = await this.db.query<{ id: string }>(
        tctx,
        `INSERT INTO staff_user (email, full_name, role, phone, photo_url, locale, password_hash)
         VALUES ($1, $2, $3, $4, $5, $6, NULL)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [email, input.fullName.trim(), input.role, input.phone ?? null, input.photoUrl ?? null, input.locale],
      );
      if (!created) return new AlreadyExistsError('input.email', 'A staff user with this e-mail already exists');
      const token = await this.tokens.issue(tctx, {
        purpose: 'invite',
        userKind: 'staff',
        userId: created.id,
        ttlSeconds: TOKEN_TTL.invite,
      });
      await this.mail.send(tctx, {
        to: email,
        toName: input.fullName,
        locale: input.locale,
        template: 'staff_invited',
        params: { name: input.fullName, setPasswordUrl: this.mail.link(PASSWORD_PAGES.staff, { token }) },
      });
      await this.audit.record(tctx, {
        action: 'staff.created',
        entityType: 'StaffUser',
        entityId: created.id,
        after: { email, role: input.role },
      });
      return this.get(tctx, created.id);
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateStaffUserInput): Promise<StaffUserType | SelfChangeError> {
    if (input.role && id === ctx.staff.userId) return new SelfChangeError('You cannot change your own role');
    return this.db.transaction(ctx, async (tctx) => {
      const user = await this.db.repo(tctx, StaffUser).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new EntityNotFoundError('Staff user', id);
      const before = { role: user.role, fullName: user.fullName };
      if (input.fullName !== undefined) user.fullName = input.fullName.trim();
      if (input.role) user.role = input.role;
      if (input.phone !== undefined) user.phone = input.phone;
      if (input.photoUrl !== undefined) user.photoUrl = input.photoUrl;
      if (input.locale) user.locale = input.locale;
      await this.db.repo(tctx, StaffUser).save(user);
      if (before.role !== user.role) {
        await this.audit.record(tctx, {
          action: 'staff.role_changed',
          entityType: 'StaffUser',
          entityId: id,
          before: { role: before.role },
          after: { role: user.role },
        });
      }
      return toStaffUserType(user);
    });
  }

  /** A deactivated staff user's sessions stop at once (the principal check needs an active user). */
  async setActive(ctx: RequestContext, id: string, active: boolean): Promise<StaffUserType | SelfChangeError> {
    if (id === ctx.staff.userId) return new SelfChangeError('You cannot deactivate yourself');
    return this.db.transaction(ctx, async (tctx) => {
      const { affected } = await this.db.run(
        tctx,
        `UPDATE staff_user SET active = $2, updated_at = now() WHERE id = $1 AND active <> $2`,
        [id, active],
      );
      const user = await this.get(tctx, id);
      if (affected > 0) {
        await this.audit.record(tctx, {
          action: active ? 'staff.activated' : 'staff.deactivated',
          entityType: 'StaffUser',
          entityId: id,
        });
      }
      return user;
    });
  }
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
