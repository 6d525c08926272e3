import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { Page, PageArgs } from '../../common/pagination/pagination.types';
import { AuditService } from '../audit/audit.service';
import { adminActorOf, assertStaffMay, seesAllClients, StaffAction, staffMay } from './access-policy';
import { AlreadyExistsError } from './companies.errors';
import { CompaniesFilterInput, CreateCompanyInput, UpdateCompanyInput } from './companies.inputs';
import { ClientCompanyType, CompanyStatusType } from './companies.types';
import { CompanyReadRepository } from './company-read.repository';

export interface CompanyFactsRow {
  id: string;
  managerId: string | null;
  status: CompanyStatusType;
  name: string;
}

/** Client companies for staff: list, card, create, edit, status, manager and groups. */
@Injectable()
export class CompanyAdminService {
  constructor(
    private readonly db: Db,
    private readonly read: CompanyReadRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * The company if the actor may see it (NOT_FOUND otherwise — another manager's client does not
   * exist for a sales manager) and may do `action` on it (FORBIDDEN otherwise).
   */
  async require(ctx: RequestContext, companyId: string, action: StaffAction, lock = false): Promise<CompanyFactsRow> {
    const facts = await this.read.facts(ctx, companyId, lock);
    if (!facts || !staffMay(adminActorOf(ctx), 'company.view', facts).allowed) {
      throw new EntityNotFoundError('Company', companyId);
    }
    assertStaffMay(ctx, action, facts);
    return facts;
  }

  async list(
    ctx: RequestContext,
    filter: CompaniesFilterInput | null | undefined,
    page: PageArgs,
  ): Promise<Page<ClientCompanyType>> {
    const { ids, total } = await this.read.search(ctx, filter, page.skip, page.take);
    return { items: await this.read.cards(ctx, ids), totalCount: total };
  }

  async get(ctx: RequestContext, id: string): Promise<ClientCompanyType> {
    await this.require(ctx, id, 'company.view');
    const [card] = await this.read.cards(ctx, [id]);
    return card;
  }

  async create(ctx: RequestContext, input: CreateCompanyInput): Promise<ClientCompanyType | AlreadyExistsError> {
    assertStaffMay(ctx, 'company.create');
    const actor = adminActorOf(ctx);
    let managerId = input.managerId ?? null;
    if (!seesAllClients(actor)) {
      // A sales manager's new client is his own; he may not hand it to someone else.
      if (managerId && managerId !== actor.userId) {
        throw new UserInputError(
          'input.managerId',
          'input.managerId: only staff who see all clients may choose the manager',
        );
      }
      managerId = actor.userId;
    }
    return this.db.transaction(ctx, async (tctx) => {
      if (managerId) await this.requireManager(tctx, managerId, 'input.managerId');
      const [row] = await this.db.query<{ id: string }>(
        tctx,
        `INSERT INTO company (name, status, manager_id, notes, external_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (external_id) DO NOTHING RETURNING id`,
        [input.name.trim(), input.status, managerId, input.notes ?? null, input.externalId ?? null],
      );
      if (!row) return new AlreadyExistsError('input.externalId', 'A company with this external id already exists');
      await this.audit.record(tctx, {
        action: 'company.created',
        entityType: 'Company',
        entityId: row.id,
        companyId: row.id,
        after: { name: input.name, status: input.status, managerId },
      });
      const [card] = await this.read.cards(tctx, [row.id]);
      return card;
    });
  }

  async update(
    ctx: RequestContext,
    id: string,
    input: UpdateCompanyInput,
  ): Promise<ClientCompanyType | AlreadyExistsError> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.require(tctx, id, 'company.edit', true);
      if (input.externalId) {
        const [taken] = await this.db.query(tctx, `SELECT 1 FROM company WHERE external_id = $1 AND id <> $2`, [
          input.externalId,
          id,
        ]);
        if (taken) return new AlreadyExistsError('input.externalId', 'Another company has this external id');
      }
      const sets: string[] = [];
      const params: unknown[] = [id];
      if (input.name !== undefined) sets.push(`name = $${params.push(input.name.trim())}`);
      if (input.notes !== undefined) sets.push(`notes = $${params.push(input.notes)}`);
      if (input.externalId !== undefined) sets.push(`external_id = $${params.push(input.externalId)}`);
      if (sets.length)
        await this.db.query(tctx, `UPDATE company SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
      const [card] = await this.read.cards(tctx, [id]);
      return card;
    });
  }

  /**
   * Blocks, unblocks or activates a company. Blocking takes effect at once: every request checks
   * the company's status, so its users' sessions stop working and they cannot log in.
   */
  async setStatus(
    ctx: RequestContext,
    id: string,
    status: CompanyStatusType,
    reason: string | null,
  ): Promise<ClientCompanyType> {
    if (status === CompanyStatusType.BLOCKED && !reason?.trim()) {
      throw new UserInputError(
        'reason',
        'reason: say why the company is blocked (the manager and the audit log see it)',
      );
    }
    return this.db.transaction(ctx, async (tctx) => {
      const before = await this.require(tctx, id, 'company.setStatus', true);
      if (before.status !== status) {
        await this.db.query(
          tctx,
          `UPDATE company SET status = $2, blocked_reason = $3, updated_at = now() WHERE id = $1`,
          [id, status, status === CompanyStatusType.BLOCKED ? reason!.trim() : null],
        );
        await this.audit.record(tctx, {
          action:
            status === CompanyStatusType.BLOCKED
              ? 'company.blocked'
              : before.status === CompanyStatusType.BLOCKED
                ? 'company.unblocked'
                : 'company.status_changed',
          entityType: 'Company',
          entityId: id,
          companyId: id,
          before: { status: before.status },
          after: { status },
          reason: reason?.trim() || null,
        });
      }
      const [card] = await this.read.cards(tctx, [id]);
      return card;
    });
  }

  async setManager(ctx: RequestContext, id: string, managerId: string | null): Promise<ClientCompanyType> {
    return this.db.transaction(ctx, async (tctx) => {
      const before = await this.require(tctx, id, 'company.assignManager', true);
      if (managerId) await this.requireManager(tctx, managerId, 'managerId');
      if (before.managerId !== managerId) {
        await this.db.query(tctx, `UPDATE company SET manager_id = $2, updated_at = now() WHERE id = $1`, [
          id,
          managerId,
        ]);
        await this.audit.record(tctx, {
          action: 'company.manager_changed',
          entityType: 'Company',
          entityId: id,
          companyId: id,
          before: { managerId: before.managerId },
          after: { managerId },
        });
      }
      const [card] = await this.read.cards(tctx, [id]);
      return card;
    });
  }

  async setGroups(ctx: RequestContext, id: string, groupIds: string[]): Promise<ClientCompanyType> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.require(tctx, id, 'company.edit', true);
      const unique = [...new Set(groupIds)];
      const known = await this.db.query<{ id: string }>(tctx, `SELECT id FROM contractor_group WHERE id = ANY($1)`, [
        unique,
      ]);
      if (known.length !== unique.length) {
        const missing = unique.findIndex((g) => !known.some((k) => k.id === g));
        throw new UserInputError(`groupIds.${missing}`, `groupIds.${missing}: no such contractor group`);
      }
      const [before] = await this.db.query<{ ids: string[] }>(
        tctx,
        `SELECT coalesce(array_agg(contractor_group_id ORDER BY contractor_group_id), '{}') AS ids
           FROM company_contractor_group WHERE company_id = $1`,
        [id],
      );
      await this.db.query(
        tctx,
        `DELETE FROM company_contractor_group WHERE company_id = $1 AND NOT (contractor_group_id = ANY($2))`,
        [id, unique],
      );
      await this.db.query(
        tctx,
        `INSERT INTO company_contractor_group (company_id, contractor_group_id) SELECT $1, g FROM unnest($2::uuid[]) AS g
         ON CONFLICT DO NOTHING`,
        [id, unique],
      );
      const after = [...unique].sort();
      if (JSON.stringify(before.ids) !== JSON.stringify(after)) {
        // Group membership drives prices: integrators' change cursors must see it.
        await this.db.query(tctx, `UPDATE company SET updated_at = now() WHERE id = $1`, [id]);
        await this.audit.record(tctx, {
          action: 'company.groups_changed',
          entityType: 'Company',
          entityId: id,
          companyId: id,
          before: { groupIds: before.ids },
          after: { groupIds: after },
        });
      }
      const [card] = await this.read.cards(tctx, [id]);
      return card;
    });
  }

  private async requireManager(ctx: RequestContext, staffUserId: string, field: string): Promise<void> {
    const [row] = await this.db.query(ctx, `SELECT 1 FROM staff_user WHERE id = $1 AND active`, [staffUserId]);
    if (!row) throw new UserInputError(field, `${field}: no active staff user with this id`);
  }
}
