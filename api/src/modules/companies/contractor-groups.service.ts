import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { assertStaffMay } from './access-policy';
import { AlreadyExistsError } from './companies.errors';
import { ContractorGroupInput } from './companies.inputs';
import { ContractorGroupType } from './companies.types';

const SELECT = `SELECT g.id, g.code, g.name,
  (SELECT count(*)::int FROM company_contractor_group x WHERE x.contractor_group_id = g.id) AS company_count
  FROM contractor_group g`;

interface GroupRow {
  id: string;
  code: string;
  name: string;
  company_count: number;
}
const toType = (r: GroupRow): ContractorGroupType => ({
  id: r.id,
  code: r.code,
  name: r.name,
  companyCount: r.company_count,
});

/** Contractor groups («Дилеры», «Крупный опт»…): a flat list that price rules target by id. */
@Injectable()
export class ContractorGroupsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext): Promise<ContractorGroupType[]> {
    return (await this.db.query<GroupRow>(ctx, `${SELECT} ORDER BY g.name, g.id`)).map(toType);
  }

  async create(ctx: RequestContext, input: ContractorGroupInput): Promise<ContractorGroupType | AlreadyExistsError> {
    assertStaffMay(ctx, 'groups.manage');
    return this.db.transaction(ctx, async (tctx) => {
      const [row] = await this.db.query<{ id: string }>(
        tctx,
        `INSERT INTO contractor_group (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING RETURNING id`,
        [input.code, input.name.trim()],
      );
      if (!row) return new AlreadyExistsError('input.code', 'A group with this code already exists');
      await this.audit.record(tctx, {
        action: 'contractor_group.created',
        entityType: 'ContractorGroup',
        entityId: row.id,
        after: { ...input },
      });
      return this.get(tctx, row.id);
    });
  }

  async update(
    ctx: RequestContext,
    id: string,
    input: ContractorGroupInput,
  ): Promise<ContractorGroupType | AlreadyExistsError> {
    assertStaffMay(ctx, 'groups.manage');
    return this.db.transaction(ctx, async (tctx) => {
      const [clash] = await this.db.query(tctx, `SELECT 1 FROM contractor_group WHERE code = $1 AND id <> $2`, [
        input.code,
        id,
      ]);
      if (clash) return new AlreadyExistsError('input.code', 'A group with this code already exists');
      const { affected } = await this.db.run(
        tctx,
        `UPDATE contractor_group SET code = $2, name = $3, updated_at = now() WHERE id = $1`,
        [id, input.code, input.name.trim()],
      );
      if (!affected) throw new EntityNotFoundError('Contractor group', id);
      return this.get(tctx, id);
    });
  }

  /** Removes the group from every company (price rules that target it stop matching). */
  async delete(ctx: RequestContext, id: string): Promise<{ id: string }> {
    assertStaffMay(ctx, 'groups.manage');
    return this.db.transaction(ctx, async (tctx) => {
      await this.db.query(
        tctx,
        `UPDATE company SET updated_at = now()
          WHERE id IN (SELECT company_id FROM company_contractor_group WHERE contractor_group_id = $1)`,
        [id],
      );
      const { affected } = await this.db.run(tctx, `DELETE FROM contractor_group WHERE id = $1`, [id]);
      if (!affected) throw new EntityNotFoundError('Contractor group', id);
      await this.audit.record(tctx, {
        action: 'contractor_group.deleted',
        entityType: 'ContractorGroup',
        entityId: id,
      });
      return { id };
    });
  }

  private async get(ctx: RequestContext, id: string): Promise<ContractorGroupType> {
    const [row] = await this.db.query<GroupRow>(ctx, `${SELECT} WHERE g.id = $1`, [id]);
    if (!row) throw new EntityNotFoundError('Contractor group', id);
    return toType(row);
  }
}
