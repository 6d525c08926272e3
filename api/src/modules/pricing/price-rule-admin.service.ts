import { Injectable } from '@nestjs/common';
import { RowErrors, type BatchResult } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { Dec } from '../../common/money/decimal';
import type { Page } from '../../common/pagination/pagination.types';
import { AuditService } from '../audit/audit.service';
import { ScopeKind, TargetKind, type ActionKind, type PaymentTerms, type RulePolicy, type TierBasis } from './engine';
import { RULE_JSON } from './pricing-data.repository';
import { PricingLoader } from './pricing-loader.service';
import { toPriceRule, type RuleRow } from './pricing-rows';
import { PriceRuleFilterInput, PriceRuleInput } from './pricing.admin.inputs';
import { PriceRuleSavedType, PriceRuleType, PriceRuleUpsertItemType } from './pricing.admin.types';
import { draftAsRule, ruleWarnings, validateRuleDraft, type FieldProblem, type RuleDraft } from './rule-validation';

type StoredRule = RuleRow & {
  external_id: string | null;
  special_price_request_id: string | null;
  created_at: string;
  updated_at: string;
  scope_name?: string | null;
  target_name?: string | null;
};

const FULL_JSON = `${RULE_JSON}, 'external_id', r.external_id, 'special_price_request_id', r.special_price_request_id,
  'created_at', r.created_at, 'updated_at', r.updated_at`;

/** The display name of a rule's scope / target (one lookup per kind, by primary key). */
const NAMES_SQL = `
  CASE r.scope_kind WHEN 'GROUP' THEN (SELECT g.name FROM contractor_group g WHERE g.id = r.scope_id)
                    WHEN 'COMPANY' THEN (SELECT c.name FROM company c WHERE c.id = r.scope_id)
                    WHEN 'LEGAL_ENTITY' THEN (SELECT l.name FROM legal_entity l WHERE l.id = r.scope_id)
                    WHEN 'CONTRACT' THEN (SELECT k.number FROM contract k WHERE k.id = r.scope_id) END AS scope_name,
  CASE r.target_kind WHEN 'CATEGORY' THEN (SELECT c.name FROM category c WHERE c.id = r.target_id)
                     WHEN 'BRAND' THEN (SELECT b.name FROM brand b WHERE b.id = r.target_id)
                     WHEN 'PRODUCT' THEN (SELECT p.sku || ' ' || p.name FROM product p WHERE p.id = r.target_id) END AS target_name`;

export function toRuleType(r: StoredRule): PriceRuleType {
  const dec = (v: string | number | null) => (v === null ? null : new Dec(v));
  return {
    id: r.id,
    name: r.name,
    publicLabel: r.public_label,
    priority: r.priority,
    policy: r.policy as RulePolicy,
    scopeKind: r.scope_kind as ScopeKind,
    scopeId: r.scope_id,
    scopeName: r.scope_name ?? null,
    targetKind: r.target_kind as TargetKind,
    targetId: r.target_id,
    targetName: r.target_name ?? null,
    actionKind: r.action_kind as ActionKind,
    value: dec(r.value),
    priceTypeId: r.price_type_id,
    currency: r.currency,
    tierBasis: r.tier_basis as TierBasis | null,
    tiers: r.tiers?.map((s) => ({ from: new Dec(s.from), value: new Dec(s.value) })) ?? null,
    validFrom: r.valid_from ? new Date(r.valid_from) : null,
    validTo: r.valid_to ? new Date(r.valid_to) : null,
    warehouseIds: r.warehouse_ids,
    paymentTerms: r.payment_terms as PaymentTerms | null,
    maxDeferralDays: r.max_deferral_days,
    minOrderAmount: dec(r.min_order_amount),
    active: r.active,
    externalId: r.external_id,
    specialPriceRequestId: r.special_price_request_id,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

/** What the audit log keeps of a rule: its row without names and timestamps. */
function auditSnapshot(r: StoredRule): Record<string, unknown> {
  const { scope_name: _s, target_name: _t, created_at: _c, updated_at: _u, ...rest } = r;
  return rest;
}

/** The columns written from a draft, in INSERT/UPDATE order ($n from `first`). */
const WRITE_COLUMNS = [
  'name',
  'public_label',
  'priority',
  'policy',
  'scope_kind',
  'scope_id',
  'target_kind',
  'target_id',
  'action_kind',
  'value',
  'price_type_id',
  'currency',
  'tier_basis',
  'tiers',
  'valid_from',
  'valid_to',
  'warehouse_ids',
  'payment_terms',
  'max_deferral_days',
  'min_order_amount',
  'active',
];

function writeValues(d: RuleDraft): unknown[] {
  return [
    d.name.trim(),
    d.publicLabel?.trim() || null,
    d.priority,
    d.policy,
    d.scopeKind,
    d.scopeId,
    d.targetKind,
    d.targetId,
    d.actionKind,
    d.value?.toFixed() ?? null,
    d.priceTypeId,
    d.currency,
    d.tierBasis,
    d.tiers === null
      ? null
      : JSON.stringify(d.tiers.map((s) => ({ from: s.from.toFixed(), value: s.value.toFixed() }))),
    d.validFrom,
    d.validTo,
    d.warehouseIds?.length ? d.warehouseIds : null,
    d.paymentTerms,
    d.maxDeferralDays,
    d.minOrderAmount?.toFixed() ?? null,
    d.active,
  ];
}

/**
 * Price rules for staff (list with filters, editor with validation and warnings) and integrators
 * (upsert by external id). Every change is audited with before and after; a change is visible to the
 * next price asked (nothing is cached).
 */
@Injectable()
export class PriceRuleAdminService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly loader: PricingLoader,
  ) {}

  /** After the change commits, this replica prices with it at once. */
  private changed(ctx: RequestContext): void {
    this.db.afterCommit(ctx, () => this.loader.invalidate());
  }

  async list(
    ctx: RequestContext,
    filter: PriceRuleFilterInput | null | undefined,
    skip: number,
    take: number,
  ): Promise<Page<PriceRuleType>> {
    const params: unknown[] = [];
    const add = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = ['TRUE'];
    if (filter?.search?.trim()) {
      const s = add(
        `%${filter.search
          .trim()
          .toLowerCase()
          .replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      );
      where.push(`(lower(r.name) LIKE ${s} OR lower(coalesce(r.public_label, '')) LIKE ${s})`);
    }
    if (filter?.scopeKind) where.push(`r.scope_kind = ${add(filter.scopeKind)}`);
    if (filter?.scopeId) where.push(`r.scope_id = ${add(filter.scopeId)}::uuid`);
    if (filter?.targetKind) where.push(`r.target_kind = ${add(filter.targetKind)}`);
    if (filter?.targetId) where.push(`r.target_id = ${add(filter.targetId)}::uuid`);
    if (filter?.actionKind) where.push(`r.action_kind = ${add(filter.actionKind)}`);
    if (filter?.active != null) where.push(`r.active = ${add(filter.active)}`);
    if (filter?.currentlyValid != null) {
      const valid = `(coalesce(r.valid_from, '-infinity') <= now() AND coalesce(r.valid_to, 'infinity') > now())`;
      where.push(filter.currentlyValid ? valid : `NOT ${valid}`);
    }
    const rows = await this.db.query<{
      rule: StoredRule;
      scope_name: string | null;
      target_name: string | null;
      total: string;
    }>(
      ctx,
      `SELECT json_build_object(${FULL_JSON}) AS rule, ${NAMES_SQL}, count(*) OVER () AS total
         FROM price_rule r WHERE ${where.join(' AND ')}
        ORDER BY r.priority DESC, r.name, r.id LIMIT ${add(take)} OFFSET ${add(skip)}`,
      params,
    );
    return {
      totalCount: rows.length ? Number(rows[0].total) : 0,
      items: rows.map((r) => toRuleType({ ...r.rule, scope_name: r.scope_name, target_name: r.target_name })),
    };
  }

  async get(ctx: RequestContext, id: string): Promise<PriceRuleType> {
    return toRuleType(await this.load(ctx, id, false));
  }

  async create(ctx: RequestContext, input: PriceRuleInput): Promise<PriceRuleSavedType> {
    return this.db.transaction(ctx, async (tctx) => {
      const draft = await this.draftOrThrow(tctx, input);
      const id = await this.insert(tctx, draft, input.externalId ?? null, null);
      const after = await this.load(tctx, id, false);
      await this.audit.record(tctx, {
        action: 'priceRule.create',
        entityType: 'PriceRule',
        entityId: id,
        after: auditSnapshot(after),
      });
      return { rule: toRuleType(after), warnings: await this.warnings(tctx, id, draft) };
    });
  }

  /** Used by special-price approval: the rule is created in the caller's transaction, with its origin. */
  async createFromRequest(ctx: RequestContext, draft: RuleDraft, requestId: string): Promise<string> {
    const problems = validateRuleDraft(draft);
    if (problems.length) throw new UserInputError(problems[0].field, problems[0].message);
    const id = await this.insert(ctx, draft, null, requestId);
    const after = await this.load(ctx, id, false);
    await this.audit.record(ctx, {
      action: 'priceRule.create',
      entityType: 'PriceRule',
      entityId: id,
      after: auditSnapshot(after),
    });
    return id;
  }

  async update(ctx: RequestContext, id: string, input: PriceRuleInput): Promise<PriceRuleSavedType> {
    return this.db.transaction(ctx, async (tctx) => {
      const before = await this.load(tctx, id, true);
      const draft = await this.draftOrThrow(tctx, input);
      this.changed(tctx);
      await this.db.query(
        tctx,
        `UPDATE price_rule SET (${WRITE_COLUMNS.join(', ')}, external_id, updated_at)
              = (${WRITE_COLUMNS.map((_, i) => `$${i + 2}`).join(', ')}, $${WRITE_COLUMNS.length + 2}, now())
          WHERE id = $1`,
        [id, ...writeValues(draft), input.externalId ?? before.external_id],
      );
      const after = await this.load(tctx, id, false);
      await this.audit.record(tctx, {
        action: 'priceRule.update',
        entityType: 'PriceRule',
        entityId: id,
        before: auditSnapshot(before),
        after: auditSnapshot(after),
      });
      return { rule: toRuleType(after), warnings: await this.warnings(tctx, id, draft) };
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    return this.db.transaction(ctx, async (tctx) => {
      const before = await this.load(tctx, id, true);
      await this.db.query(tctx, `DELETE FROM price_rule WHERE id = $1`, [id]);
      this.changed(tctx);
      await this.audit.record(tctx, {
        action: 'priceRule.delete',
        entityType: 'PriceRule',
        entityId: id,
        before: auditSnapshot(before),
      });
      return true;
    });
  }

  /** Warnings for a saved rule without changing it (the editor may ask while typing: pass a draft). */
  async warningsFor(ctx: RequestContext, id: string | null, input: PriceRuleInput) {
    const draft = await this.draftOrThrow(ctx, input);
    return this.warnings(ctx, id, draft);
  }

  /** Integrators: rules by externalId, all or nothing; unchanged rows are left alone. */
  async upsert(ctx: RequestContext, rows: PriceRuleInput[]): Promise<BatchResult<PriceRuleUpsertItemType>> {
    const errors = new RowErrors();
    return this.db.transaction(ctx, async (tctx) => {
      const drafts: (RuleDraft | null)[] = [];
      const seen = new Map<string, number>();
      for (const [i, input] of rows.entries()) {
        const n = i + 1;
        const key = input.externalId?.trim() || null;
        if (!key) {
          errors.add(n, 'externalId', 'REQUIRED', 'externalId: required to upsert', null);
          drafts.push(null);
          continue;
        }
        if (seen.has(key))
          errors.add(n, 'externalId', 'DUPLICATE_KEY', `the same externalId as row ${seen.get(key)}`, key);
        seen.set(key, n);
        const { draft, problems } = await this.resolveDraft(tctx, input);
        for (const p of problems) errors.add(n, p.field, 'INVALID', p.message, key);
        drafts.push(problems.length ? null : draft);
      }
      if (errors.size) return { items: [], rowErrors: errors.list, applied: 0 };
      const existing = await this.db.query<{ id: string; external_id: string }>(
        tctx,
        `SELECT id, external_id FROM price_rule WHERE external_id = ANY($1) FOR UPDATE`,
        [[...seen.keys()]],
      );
      const idByKey = new Map(existing.map((e) => [e.external_id, e.id]));
      const items: PriceRuleUpsertItemType[] = [];
      let applied = 0;
      for (const [i, input] of rows.entries()) {
        const key = (input.externalId as string).trim();
        const draft = drafts[i] as RuleDraft;
        const id = idByKey.get(key);
        if (id === undefined) {
          const newId = await this.insert(tctx, draft, key, null);
          const after = await this.load(tctx, newId, false);
          await this.audit.record(tctx, {
            action: 'priceRule.create',
            entityType: 'PriceRule',
            entityId: newId,
            after: auditSnapshot(after),
          });
          items.push({ row: i + 1, id: newId, externalId: key, created: true });
          applied++;
          continue;
        }
        const before = await this.load(tctx, id, false);
        const { affected } = await this.db.run(
          tctx,
          `UPDATE price_rule SET (${WRITE_COLUMNS.join(', ')}, updated_at)
                = (${WRITE_COLUMNS.map((_, j) => `$${j + 2}`).join(', ')}, now())
            WHERE id = $1 AND (${WRITE_COLUMNS.join(', ')}) IS DISTINCT FROM (${WRITE_COLUMNS.map((c, j) => `$${j + 2}::${castOf(c)}`).join(', ')})`,
          [id, ...writeValues(draft)],
        );
        if (affected > 0) {
          applied++;
          this.changed(tctx);
          const after = await this.load(tctx, id, false);
          await this.audit.record(tctx, {
            action: 'priceRule.update',
            entityType: 'PriceRule',
            entityId: id,
            before: auditSnapshot(before),
            after: auditSnapshot(after),
          });
        }
        items.push({ row: i + 1, id, externalId: key, created: false });
      }
      return { items, rowErrors: [], applied };
    });
  }

  private async insert(
    ctx: RequestContext,
    d: RuleDraft,
    externalId: string | null,
    requestId: string | null,
  ): Promise<string> {
    this.changed(ctx);
    const n = WRITE_COLUMNS.length;
    const [row] = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO price_rule (${WRITE_COLUMNS.join(', ')}, external_id, special_price_request_id)
       VALUES (${WRITE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}, $${n + 1}, $${n + 2}) RETURNING id`,
      [...writeValues(d), externalId, requestId],
    );
    return row.id;
  }

  private async load(ctx: RequestContext, id: string, lock: boolean): Promise<StoredRule> {
    const [row] = await this.db.query<{ rule: StoredRule; scope_name: string | null; target_name: string | null }>(
      ctx,
      `SELECT json_build_object(${FULL_JSON}) AS rule, ${NAMES_SQL} FROM price_rule r WHERE r.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    if (!row) throw new EntityNotFoundError('Price rule', id);
    return { ...row.rule, scope_name: row.scope_name, target_name: row.target_name };
  }

  private async warnings(ctx: RequestContext, id: string | null, draft: RuleDraft) {
    const rows = await this.db.query<{ rule: RuleRow }>(
      ctx,
      `SELECT json_build_object(${RULE_JSON}) AS rule FROM price_rule r
        WHERE r.active AND r.id IS DISTINCT FROM $1::uuid
          AND (r.scope_kind = 'EVERYONE' OR $2 = 'EVERYONE' OR (r.scope_kind = $2 AND r.scope_id = $3::uuid))
          AND (r.target_kind = 'ALL' OR $4 = 'ALL' OR (r.target_kind = $4 AND r.target_id = $5::uuid))
        ORDER BY r.priority DESC, r.id LIMIT 500`,
      [id, draft.scopeKind, draft.scopeId, draft.targetKind, draft.targetId],
    );
    return ruleWarnings(
      draftAsRule(id ?? 'new', draft),
      rows.map((r) => toPriceRule(r.rule)),
    ).slice(0, 50);
  }

  private async draftOrThrow(ctx: RequestContext, input: PriceRuleInput): Promise<RuleDraft> {
    const { draft, problems } = await this.resolveDraft(ctx, input);
    if (problems.length)
      throw new UserInputError(`input.${problems[0].field}`, `input.${problems[0].message}`, { problems });
    return draft;
  }

  /** Resolves external keys (scope by external id, product by SKU, price type by code), checks every reference exists. */
  private async resolveDraft(
    ctx: RequestContext,
    input: PriceRuleInput,
  ): Promise<{ draft: RuleDraft; problems: FieldProblem[] }> {
    const problems: FieldProblem[] = [];
    const [refs] = await this.db.query<{
      scope_id: string | null;
      target_id: string | null;
      price_type_id: string | null;
      missing_warehouses: number;
    }>(
      ctx,
      `SELECT
         CASE $1 WHEN 'GROUP' THEN (SELECT g.id FROM contractor_group g WHERE g.id::text = $2 OR g.code = $3)
                 WHEN 'COMPANY' THEN (SELECT c.id FROM company c WHERE c.id::text = $2 OR c.external_id = $3)
                 WHEN 'LEGAL_ENTITY' THEN (SELECT l.id FROM legal_entity l WHERE l.id::text = $2 OR l.external_id = $3)
                 WHEN 'CONTRACT' THEN (SELECT k.id FROM contract k WHERE k.id::text = $2 OR k.external_id = $3) END AS scope_id,
         CASE $4 WHEN 'CATEGORY' THEN (SELECT c.id FROM category c WHERE c.id::text = $5)
                 WHEN 'BRAND' THEN (SELECT b.id FROM brand b WHERE b.id::text = $5)
                 WHEN 'PRODUCT' THEN (SELECT p.id FROM product p WHERE p.id::text = $5 OR lower(p.sku) COLLATE "C" = lower($6)) END AS target_id,
         (SELECT t.id FROM price_type t WHERE t.id::text = $7 OR t.code = $8) AS price_type_id,
         (SELECT count(*)::int FROM unnest($9::uuid[]) w WHERE NOT EXISTS (SELECT 1 FROM warehouse x WHERE x.id = w)) AS missing_warehouses`,
      [
        input.scopeKind,
        input.scopeId ?? null,
        input.scopeExternalId ?? null,
        input.targetKind,
        input.targetId ?? null,
        input.targetSku ?? null,
        input.priceTypeId ?? null,
        input.priceTypeCode ?? null,
        input.warehouseIds ?? [],
      ],
    );
    const scopeGiven = Boolean(input.scopeId || input.scopeExternalId);
    const targetGiven = Boolean(input.targetId || input.targetSku);
    if (input.scopeKind !== ScopeKind.EVERYONE && scopeGiven && !refs.scope_id) {
      problems.push({
        field: 'scopeId',
        message: `scopeId: no such ${input.scopeKind.toLowerCase().replace('_', ' ')}`,
      });
    }
    if (input.targetKind !== TargetKind.ALL && targetGiven && !refs.target_id) {
      problems.push({ field: 'targetId', message: `targetId: no such ${input.targetKind.toLowerCase()}` });
    }
    const typeGiven = Boolean(input.priceTypeId || input.priceTypeCode);
    if (typeGiven && !refs.price_type_id)
      problems.push({ field: 'priceTypeId', message: 'priceTypeId: no such price type' });
    if (refs.missing_warehouses > 0)
      problems.push({ field: 'warehouseIds', message: 'warehouseIds: unknown warehouse' });
    const draft: RuleDraft = {
      name: input.name,
      publicLabel: input.publicLabel ?? null,
      priority: input.priority ?? 0,
      policy: input.policy,
      scopeKind: input.scopeKind,
      scopeId:
        input.scopeKind === ScopeKind.EVERYONE
          ? scopeGiven
            ? 'given'
            : null
          : (refs.scope_id ?? (scopeGiven ? 'missing' : null)),
      targetKind: input.targetKind,
      targetId:
        input.targetKind === TargetKind.ALL
          ? targetGiven
            ? 'given'
            : null
          : (refs.target_id ?? (targetGiven ? 'missing' : null)),
      actionKind: input.actionKind,
      value: input.value ?? null,
      priceTypeId: refs.price_type_id ?? (typeGiven ? 'missing' : null),
      currency: input.currency ?? null,
      tierBasis: input.tierBasis ?? null,
      tiers: input.tiers?.map((s) => ({ from: s.from, value: s.value })) ?? null,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
      warehouseIds: input.warehouseIds?.length ? input.warehouseIds : null,
      paymentTerms: input.paymentTerms ?? null,
      maxDeferralDays: input.maxDeferralDays ?? null,
      minOrderAmount: input.minOrderAmount ?? null,
      active: input.active ?? true,
    };
    // Reference problems first (they name the real cause); the draft's own checks skip what they repeat.
    const own = validateRuleDraft(draft).filter((p) => !problems.some((q) => q.field === p.field));
    return { draft, problems: [...problems, ...own] };
  }
}

function castOf(column: string): string {
  switch (column) {
    case 'priority':
    case 'max_deferral_days':
      return 'int';
    case 'scope_id':
    case 'target_id':
    case 'price_type_id':
      return 'uuid';
    case 'value':
    case 'min_order_amount':
      return 'numeric';
    case 'tiers':
      return 'jsonb';
    case 'valid_from':
    case 'valid_to':
      return 'timestamptz';
    case 'warehouse_ids':
      return 'uuid[]';
    case 'active':
      return 'boolean';
    default:
      return 'varchar';
  }
}
