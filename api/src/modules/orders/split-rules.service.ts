import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { UserInputError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { splitRuleProblems, type SplitDivision, type SplitRule } from './split-rules';
import {
  SellerDivisionInput,
  SellerDivisionType,
  SellerLegalEntityInput,
  SellerLegalEntityType,
  SplitRuleInput,
  SplitRuleKindEnum,
  SplitRuleSetType,
  SplitRuleType,
} from './split-rules.types';

interface RuleRow {
  id: string;
  name: string;
  kind: 'warehouse' | 'category' | 'sellerLegalEntity';
  warehouse_ids: string[] | null;
  category_ids: string[] | null;
  division_ids: string[] | null;
  division_id: string | null;
  seller_legal_entity_id: string | null;
}

const KIND_TO_ROW = {
  [SplitRuleKindEnum.WAREHOUSE]: 'warehouse',
  [SplitRuleKindEnum.CATEGORY]: 'category',
  [SplitRuleKindEnum.SELLER_LEGAL_ENTITY]: 'sellerLegalEntity',
} as const;
const ROW_TO_KIND = {
  warehouse: SplitRuleKindEnum.WAREHOUSE,
  category: SplitRuleKindEnum.CATEGORY,
  sellerLegalEntity: SplitRuleKindEnum.SELLER_LEGAL_ENTITY,
} as const;

function toSplitRule(r: RuleRow): SplitRule {
  if (r.kind === 'warehouse') return { id: r.id, kind: 'warehouse', warehouseIds: r.warehouse_ids };
  if (r.kind === 'category')
    return { id: r.id, kind: 'category', categoryIds: r.category_ids ?? [], divisionId: r.division_id! };
  return {
    id: r.id,
    kind: 'sellerLegalEntity',
    sellerLegalEntityId: r.seller_legal_entity_id!,
    warehouseIds: r.warehouse_ids,
    categoryIds: r.category_ids,
    divisionIds: r.division_ids,
  };
}

/** The staff's split rules (ordered), seller divisions and legal entities. */
@Injectable()
export class SplitRulesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  private rows(ctx: RequestContext): Promise<RuleRow[]> {
    return this.db.query<RuleRow>(
      ctx,
      `SELECT id, name, kind, warehouse_ids, category_ids, division_ids, division_id, seller_legal_entity_id
         FROM split_rule WHERE active ORDER BY position, id`,
    );
  }

  /** What placement needs, in one statement. */
  async active(ctx: RequestContext): Promise<{ rules: SplitRule[]; divisions: SplitDivision[] }> {
    const [row] = await this.db.query<{ rules: RuleRow[] | null; divisions: SplitDivision[] | null }>(
      ctx,
      `SELECT (SELECT json_agg(r ORDER BY r.position, r.id) FROM (
                SELECT id, name, kind, warehouse_ids, category_ids, division_ids, division_id, seller_legal_entity_id, position
                  FROM split_rule WHERE active) r) AS rules,
              (SELECT json_agg(json_build_object('id', id, 'sellerLegalEntityId', seller_legal_entity_id)) FROM seller_division) AS divisions`,
    );
    return { rules: (row.rules ?? []).map(toSplitRule), divisions: row.divisions ?? [] };
  }

  async ruleSet(ctx: RequestContext): Promise<SplitRuleSetType> {
    const [rows, divisions] = await Promise.all([this.rows(ctx), this.divisions(ctx)]);
    return {
      rules: rows.map((r) => this.toType(r)),
      problems: splitRuleProblems(
        rows.map(toSplitRule),
        divisions.map((d) => ({ id: d.id, sellerLegalEntityId: d.sellerLegalEntityId })),
      ),
    };
  }

  private toType(r: RuleRow): SplitRuleType {
    return {
      id: r.id,
      name: r.name,
      kind: ROW_TO_KIND[r.kind],
      warehouseIds: r.warehouse_ids ?? [],
      categoryIds: r.category_ids ?? [],
      divisionIds: r.division_ids ?? [],
      divisionId: r.division_id,
      sellerLegalEntityId: r.seller_legal_entity_id,
    };
  }

  /** Replaces the rule list with the given ordered one (the editor saves the whole list). */
  async save(ctx: RequestContext, rules: SplitRuleInput[]): Promise<SplitRuleSetType> {
    rules.forEach((r, i) => {
      if (r.kind === SplitRuleKindEnum.CATEGORY) {
        if (!r.divisionId) throw new UserInputError(`rules.${i}.divisionId`, `Rule ${i + 1}: choose the division`);
        if (!r.categoryIds?.length)
          throw new UserInputError(`rules.${i}.categoryIds`, `Rule ${i + 1}: choose at least one category`);
      }
      if (r.kind === SplitRuleKindEnum.SELLER_LEGAL_ENTITY && !r.sellerLegalEntityId) {
        throw new UserInputError(`rules.${i}.sellerLegalEntityId`, `Rule ${i + 1}: choose the seller legal entity`);
      }
    });
    return this.db.transaction(ctx, async (tctx) => {
      const before = await this.rows(tctx);
      await this.db.query(tctx, `DELETE FROM split_rule`);
      for (const [i, r] of rules.entries()) {
        try {
          await this.db.query(
            tctx,
            `INSERT INTO split_rule (position, kind, name, warehouse_ids, category_ids, division_ids, division_id, seller_legal_entity_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              i + 1,
              KIND_TO_ROW[r.kind],
              r.name ?? '',
              r.warehouseIds?.length ? r.warehouseIds : null,
              r.categoryIds?.length ? r.categoryIds : null,
              r.divisionIds?.length ? r.divisionIds : null,
              r.kind === SplitRuleKindEnum.CATEGORY ? r.divisionId : null,
              r.kind === SplitRuleKindEnum.SELLER_LEGAL_ENTITY ? r.sellerLegalEntityId : null,
            ],
          );
        } catch {
          throw new UserInputError(`rules.${i}`, `Rule ${i + 1}: unknown division or seller legal entity`);
        }
      }
      await this.audit.record(tctx, {
        action: 'split_rules.saved',
        entityType: 'split_rule',
        before: { count: before.length },
        after: { count: rules.length, kinds: rules.map((r) => r.kind) },
      });
      return this.ruleSet(tctx);
    });
  }

  async divisions(ctx: RequestContext): Promise<SellerDivisionType[]> {
    return this.db.query<SellerDivisionType>(
      ctx,
      `SELECT id, name, seller_legal_entity_id AS "sellerLegalEntityId" FROM seller_division ORDER BY name`,
    );
  }

  async legalEntities(ctx: RequestContext): Promise<SellerLegalEntityType[]> {
    return this.db.query<SellerLegalEntityType>(ctx, `SELECT id, name, inn FROM seller_legal_entity ORDER BY name`);
  }

  async createDivision(ctx: RequestContext, input: SellerDivisionInput): Promise<SellerDivisionType> {
    const [row] = await this.db.query<SellerDivisionType>(
      ctx,
      `INSERT INTO seller_division (name, seller_legal_entity_id)
       SELECT $1, $2 WHERE $2::uuid IS NULL OR EXISTS (SELECT 1 FROM seller_legal_entity WHERE id = $2)
       RETURNING id, name, seller_legal_entity_id AS "sellerLegalEntityId"`,
      [input.name.trim(), input.sellerLegalEntityId ?? null],
    );
    if (!row)
      throw new UserInputError('input.sellerLegalEntityId', 'input.sellerLegalEntityId: no such seller legal entity');
    return row;
  }

  async createLegalEntity(ctx: RequestContext, input: SellerLegalEntityInput): Promise<SellerLegalEntityType> {
    const [row] = await this.db.query<SellerLegalEntityType>(
      ctx,
      `INSERT INTO seller_legal_entity (name, inn) VALUES ($1, $2) RETURNING id, name, inn`,
      [input.name.trim(), input.inn ?? null],
    );
    return row;
  }
}
