import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { ConflictError, EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { CompanyAdminService } from '../companies/company-admin.service';
import { PriceTypeInput, SetBasePriceTypeInput } from './pricing.admin.inputs';
import { PriceTypeType } from './pricing.admin.types';
import { PricingLoader } from './pricing-loader.service';

interface TypeRow {
  id: string;
  code: string;
  name: string;
  currency: string;
  vat_included: boolean;
  staff_only: boolean;
  is_default: boolean;
  position: number;
  entry_count?: string;
}

export function toPriceTypeType(r: TypeRow): PriceTypeType {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    currency: r.currency,
    vatIncluded: r.vat_included,
    staffOnly: r.staff_only,
    isDefault: r.is_default,
    position: r.position,
    entryCount: Number(r.entry_count ?? 0),
  };
}

const COLUMNS = 'id, code, name, currency, vat_included, staff_only, is_default, position';
const snapshot = (r: TypeRow) => {
  const { entry_count: _n, ...rest } = r;
  return rest as unknown as Record<string, unknown>;
};

/** Price types (columns) and which one a contract, legal entity or company starts from. Every change is audited. */
@Injectable()
export class PriceTypeAdminService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly companies: CompanyAdminService,
    private readonly loader: PricingLoader,
  ) {}

  async list(ctx: RequestContext): Promise<PriceTypeType[]> {
    const rows = await this.db.query<TypeRow>(
      ctx,
      `SELECT ${COLUMNS.replace(/(\w+)/g, 't.$1')},
              (SELECT count(*) FROM price_entry e WHERE e.price_type_id = t.id) AS entry_count
         FROM price_type t ORDER BY t.position, t.code`,
    );
    return rows.map(toPriceTypeType);
  }

  async create(ctx: RequestContext, input: PriceTypeInput): Promise<PriceTypeType> {
    return this.db.transaction(ctx, async (tctx) => {
      this.db.afterCommit(tctx, () => this.loader.invalidate());
      await this.checkCode(tctx, input.code, null);
      if (input.isDefault) await this.db.query(tctx, `UPDATE price_type SET is_default = false WHERE is_default`);
      const [row] = await this.db.query<TypeRow>(
        tctx,
        `INSERT INTO price_type (code, name, currency, vat_included, staff_only, is_default, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
        [
          input.code,
          input.name.trim(),
          input.currency,
          input.vatIncluded,
          input.staffOnly,
          input.isDefault,
          input.position,
        ],
      );
      await this.audit.record(tctx, {
        action: 'priceType.create',
        entityType: 'PriceType',
        entityId: row.id,
        after: snapshot(row),
      });
      return toPriceTypeType(row);
    });
  }

  async update(ctx: RequestContext, id: string, input: PriceTypeInput): Promise<PriceTypeType> {
    return this.db.transaction(ctx, async (tctx) => {
      this.db.afterCommit(tctx, () => this.loader.invalidate());
      const before = await this.lock(tctx, id);
      await this.checkCode(tctx, input.code, id);
      if (input.isDefault && !before.is_default) {
        await this.db.query(tctx, `UPDATE price_type SET is_default = false WHERE is_default`);
      }
      const [row] = await this.db.query<TypeRow>(
        tctx,
        `UPDATE price_type SET code = $2, name = $3, currency = $4, vat_included = $5, staff_only = $6, is_default = $7,
                position = $8, updated_at = now()
          WHERE id = $1 RETURNING ${COLUMNS}`,
        [
          id,
          input.code,
          input.name.trim(),
          input.currency,
          input.vatIncluded,
          input.staffOnly,
          input.isDefault,
          input.position,
        ],
      );
      await this.audit.record(tctx, {
        action: 'priceType.update',
        entityType: 'PriceType',
        entityId: id,
        before: snapshot(before),
        after: snapshot(row),
      });
      return toPriceTypeType(row);
    });
  }

  /** Only an unused type may go: entries, rules and base-type settings would silently change prices. */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    return this.db.transaction(ctx, async (tctx) => {
      this.db.afterCommit(tctx, () => this.loader.invalidate());
      const before = await this.lock(tctx, id);
      const [use] = await this.db.query<{ entries: string; rules: string; holders: string }>(
        tctx,
        `SELECT (SELECT count(*) FROM price_entry WHERE price_type_id = $1) AS entries,
                (SELECT count(*) FROM price_rule WHERE price_type_id = $1) AS rules,
                (SELECT count(*) FROM contract WHERE base_price_type_id = $1)
                + (SELECT count(*) FROM legal_entity WHERE base_price_type_id = $1)
                + (SELECT count(*) FROM company WHERE base_price_type_id = $1) AS holders`,
        [id],
      );
      if (Number(use.entries) + Number(use.rules) + Number(use.holders) > 0 || before.is_default) {
        throw new ConflictError(
          `Price type ${before.code} is in use: ${use.entries} entries, ${use.rules} rules, ${use.holders} contracts/legal entities/companies${before.is_default ? ', and it is the default' : ''}`,
          { entries: Number(use.entries), rules: Number(use.rules), holders: Number(use.holders) },
        );
      }
      await this.db.query(tctx, `DELETE FROM price_type WHERE id = $1`, [id]);
      await this.audit.record(tctx, {
        action: 'priceType.delete',
        entityType: 'PriceType',
        entityId: id,
        before: snapshot(before),
      });
      return true;
    });
  }

  /**
   * The base price type of one contract, legal entity or company (null: inherit). Sales managers only for
   * their own clients (like other changes to a client's terms).
   */
  async setBasePriceType(ctx: RequestContext, input: SetBasePriceTypeInput): Promise<boolean> {
    const targets = [
      ['contract', input.contractId],
      ['legal_entity', input.legalEntityId],
      ['company', input.companyId],
    ].filter(([, id]) => id) as [string, string][];
    if (targets.length !== 1)
      throw new UserInputError('input', 'input: give exactly one of contractId, legalEntityId, companyId');
    const [table, id] = targets[0];
    return this.db.transaction(ctx, async (tctx) => {
      this.db.afterCommit(tctx, () => this.loader.invalidate());
      const companySql = {
        contract: `SELECT le.company_id, k.base_price_type_id FROM contract k JOIN legal_entity le ON le.id = k.legal_entity_id WHERE k.id = $1 FOR UPDATE OF k`,
        legal_entity: `SELECT company_id, base_price_type_id FROM legal_entity WHERE id = $1 FOR UPDATE`,
        company: `SELECT id AS company_id, base_price_type_id FROM company WHERE id = $1 FOR UPDATE`,
      }[table]!;
      const [row] = await this.db.query<{ company_id: string; base_price_type_id: string | null }>(tctx, companySql, [
        id,
      ]);
      if (!row)
        throw new EntityNotFoundError(
          table === 'legal_entity' ? 'Legal entity' : table === 'contract' ? 'Contract' : 'Company',
          id,
        );
      await this.companies.require(tctx, row.company_id, 'company.edit');
      if (input.priceTypeId) {
        const [type] = await this.db.query(tctx, `SELECT 1 FROM price_type WHERE id = $1`, [input.priceTypeId]);
        if (!type) throw new UserInputError('input.priceTypeId', 'input.priceTypeId: no such price type');
      }
      await this.db.query(tctx, `UPDATE ${table} SET base_price_type_id = $2 WHERE id = $1`, [
        id,
        input.priceTypeId ?? null,
      ]);
      await this.audit.record(tctx, {
        action: 'pricing.setBasePriceType',
        entityType: table === 'legal_entity' ? 'LegalEntity' : table === 'contract' ? 'Contract' : 'Company',
        entityId: id,
        companyId: row.company_id,
        before: { basePriceTypeId: row.base_price_type_id },
        after: { basePriceTypeId: input.priceTypeId ?? null },
      });
      return true;
    });
  }

  private async lock(ctx: RequestContext, id: string): Promise<TypeRow> {
    const [row] = await this.db.query<TypeRow>(ctx, `SELECT ${COLUMNS} FROM price_type WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw new EntityNotFoundError('Price type', id);
    return row;
  }

  private async checkCode(ctx: RequestContext, code: string, exceptId: string | null): Promise<void> {
    const [taken] = await this.db.query(
      ctx,
      `SELECT 1 FROM price_type WHERE code = $1 AND id IS DISTINCT FROM $2::uuid`,
      [code, exceptId],
    );
    if (taken) throw new UserInputError('input.code', `input.code: ${code} is already used by another price type`);
  }
}
