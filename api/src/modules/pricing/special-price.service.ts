import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { Dec } from '../../common/money/decimal';
import type { Page } from '../../common/pagination/pagination.types';
import { AuditService } from '../audit/audit.service';
import { assertBuyerMay, companyScopeSql } from '../companies/access-policy';
import { AlreadyDecidedError } from '../companies/companies.errors';
import { CompanyAdminService } from '../companies/company-admin.service';
import { MailService } from '../mail/mail.service';
import { ActionKind, RulePolicy, ScopeKind, TargetKind, TierBasis } from './engine';
import { PriceQuoteService, QuoteLineStatus } from './price-quote.service';
import { PriceRuleAdminService } from './price-rule-admin.service';
import type { SpecialPriceStatus } from './special-price-request.entity';
import {
  AdminSpecialPriceRequestType,
  DecideSpecialPriceInput,
  RequestSpecialPriceInput,
  SpecialPriceFilterInput,
  SpecialPriceRequestType,
  SpecialPriceStatusEnum,
} from './special-price.types';

/** Special prices outrank every other rule and stop the walk: the agreed price is the price. */
export const SPECIAL_PRICE_PRIORITY = 1_000_000;
const DAY_MS = 86_400_000;

interface RequestRow {
  id: string;
  number: number;
  company_id: string;
  company_name: string;
  manager_id: string | null;
  contract_id: string;
  contract_number: string;
  buyer_user_id: string;
  buyer_email: string;
  buyer_name: string;
  buyer_locale: string;
  status: SpecialPriceStatus;
  comment: string;
  manager_comment: string | null;
  reject_reason: string | null;
  decline_comment: string | null;
  valid_until: Date | null;
  created_at: Date;
  decided_at: Date | null;
  lines: {
    id: string;
    product_id: string;
    sku: string;
    name: string;
    quantity: string;
    target_price: string;
    current_price: string | null;
    offered_price: string | null;
    approved_price: string | null;
  }[];
  rule_ids: string[];
  total?: string;
}

const SELECT = `
  SELECT r.id, r.number, r.company_id, c.name AS company_name, c.manager_id, r.contract_id, k.number AS contract_number,
         r.buyer_user_id, u.email AS buyer_email, u.full_name AS buyer_name, u.locale AS buyer_locale,
         r.status, r.comment, r.manager_comment, r.reject_reason, r.decline_comment, r.valid_until, r.created_at, r.decided_at,
         (SELECT coalesce(json_agg(json_build_object('id', l.id, 'product_id', l.product_id, 'sku', p.sku, 'name', p.name,
                   'quantity', l.quantity::text, 'target_price', l.target_price::text, 'current_price', l.current_price::text,
                   'offered_price', l.offered_price::text, 'approved_price', l.approved_price::text) ORDER BY l.position), '[]')
            FROM special_price_request_line l JOIN product p ON p.id = l.product_id WHERE l.request_id = r.id) AS lines,
         ARRAY(SELECT pr.id FROM price_rule pr WHERE pr.special_price_request_id = r.id ORDER BY pr.created_at) AS rule_ids
    FROM special_price_request r
    JOIN company c ON c.id = r.company_id
    JOIN contract k ON k.id = r.contract_id
    JOIN buyer_user u ON u.id = r.buyer_user_id`;

function toShop(r: RequestRow): SpecialPriceRequestType {
  const dec = (v: string | null) => (v === null ? null : new Dec(v));
  const granted = r.status === 'APPROVED' || r.status === 'ACCEPTED';
  return {
    id: r.id,
    number: r.number,
    status: r.status as SpecialPriceStatusEnum,
    comment: r.comment,
    managerComment: r.manager_comment,
    rejectReason: r.reject_reason,
    declineComment: r.decline_comment,
    validUntil: r.valid_until,
    active: granted && r.valid_until !== null && new Date(r.valid_until).getTime() > Date.now(),
    createdAt: r.created_at,
    decidedAt: r.decided_at,
    lines: r.lines.map((l) => ({
      id: l.id,
      product: { id: l.product_id, sku: l.sku, name: l.name },
      quantity: new Dec(l.quantity),
      targetPrice: new Dec(l.target_price),
      currentPrice: dec(l.current_price),
      offeredPrice: dec(l.offered_price),
      approvedPrice: dec(l.approved_price),
    })),
  };
}

function toAdmin(r: RequestRow): AdminSpecialPriceRequestType {
  return {
    ...toShop(r),
    client: {
      companyId: r.company_id,
      companyName: r.company_name,
      contractId: r.contract_id,
      contractNumber: r.contract_number,
      buyerEmail: r.buyer_email,
      buyerName: r.buyer_name,
    },
    ruleIds: r.rule_ids,
  };
}

/**
 * Special-price requests: the buyer asks (under his session's contract), the manager of the client (or a
 * head of sales) approves — creating one exclusive fixed-price rule per line, scoped to the contract and
 * the product, from the asked quantity, valid until a date — counter-offers (the buyer accepts, which
 * creates the rules, or declines) or rejects with a reason. The other side is told by e-mail.
 */
@Injectable()
export class SpecialPriceService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly quotes: PriceQuoteService,
    private readonly rules: PriceRuleAdminService,
    private readonly companies: CompanyAdminService,
    private readonly mail: MailService,
  ) {}

  // ------------------------------------------------------------------ buyer

  async request(ctx: RequestContext, input: RequestSpecialPriceInput): Promise<SpecialPriceRequestType> {
    const buyer = ctx.buyer;
    assertBuyerMay(ctx, 'prices.request', { companyId: buyer.companyId });
    if (!buyer.contractId) throw new UserInputError('input', 'input: choose a valid contract first');
    input.lines.forEach((l, i) => {
      if (l.quantity.lte(0))
        throw new UserInputError(`input.lines.${i}.quantity`, `input.lines.${i}.quantity: must be above 0`);
      if (l.targetPrice.lt(0) || l.targetPrice.decimalPlaces() > 4) {
        throw new UserInputError(
          `input.lines.${i}.targetPrice`,
          `input.lines.${i}.targetPrice: a price ≥ 0 with at most 4 decimals`,
        );
      }
    });
    const ids = input.lines.map((l) => l.productId);
    if (new Set(ids).size !== ids.length) throw new UserInputError('input.lines', 'input.lines: each product once');
    const quote = await this.quotes.quote(
      ctx,
      {
        contractId: buyer.contractId,
        lines: input.lines.map((l) => ({ productId: l.productId, quantity: l.quantity })),
      },
      { explain: false },
    );
    quote.lines.forEach((l, i) => {
      if (l.status === QuoteLineStatus.PRODUCT_NOT_FOUND) {
        throw new UserInputError(`input.lines.${i}.productId`, `input.lines.${i}.productId: no such product`);
      }
    });
    const active = await this.db.query<{ id: string }>(
      ctx,
      `SELECT id FROM product WHERE id = ANY($1::uuid[]) AND active`,
      [ids],
    );
    const activeIds = new Set(active.map((a) => a.id));
    const inactive = ids.findIndex((id) => !activeIds.has(id));
    if (inactive >= 0)
      throw new UserInputError(
        `input.lines.${inactive}.productId`,
        `input.lines.${inactive}.productId: no such product`,
      );
    const id = await this.db.transaction(ctx, async (tctx) => {
      const [row] = await this.db.query<{ id: string }>(
        tctx,
        `INSERT INTO special_price_request (company_id, contract_id, buyer_user_id, comment) VALUES ($1, $2, $3, $4) RETURNING id`,
        [buyer.companyId, buyer.contractId, buyer.userId, input.comment.trim()],
      );
      await this.db.query(
        tctx,
        `INSERT INTO special_price_request_line (request_id, product_id, position, quantity, target_price, current_price)
         SELECT $1, x.product_id, x.ord - 1, x.quantity, x.target_price, x.current_price
           FROM unnest($2::uuid[], $3::numeric[], $4::numeric[], $5::numeric[]) WITH ORDINALITY
                AS x(product_id, quantity, target_price, current_price, ord)`,
        [
          row.id,
          ids,
          input.lines.map((l) => l.quantity.toFixed()),
          input.lines.map((l) => l.targetPrice.toFixed()),
          quote.lines.map((l) => l.baseUnitPrice?.toFixed() ?? null),
        ],
      );
      const created = await this.load(tctx, row.id, true);
      await this.audit.record(tctx, {
        action: 'specialPrice.request',
        entityType: 'SpecialPriceRequest',
        entityId: row.id,
        after: { number: created.number, lines: created.lines },
      });
      await this.notifyManager(tctx, created);
      return row.id;
    });
    return toShop(await this.load(ctx, id, false));
  }

  async listForBuyer(ctx: RequestContext, skip: number, take: number): Promise<Page<SpecialPriceRequestType>> {
    const rows = await this.db.query<RequestRow>(
      ctx,
      `${SELECT.replace('SELECT r.id', 'SELECT count(*) OVER () AS total, r.id')} WHERE r.company_id = $1
        ORDER BY r.created_at DESC, r.number DESC LIMIT $2 OFFSET $3`,
      [ctx.buyer.companyId, take, skip],
    );
    return { items: rows.map(toShop), totalCount: rows.length ? Number(rows[0].total) : 0 };
  }

  async getForBuyer(ctx: RequestContext, id: string): Promise<SpecialPriceRequestType> {
    const row = await this.loadForBuyer(ctx, id, false);
    return toShop(row);
  }

  async accept(ctx: RequestContext, id: string): Promise<SpecialPriceRequestType | AlreadyDecidedError> {
    assertBuyerMay(ctx, 'prices.request', { companyId: ctx.buyer.companyId });
    return this.db.transaction(ctx, async (tctx) => {
      const row = await this.loadForBuyer(tctx, id, true);
      if (row.status !== 'COUNTER_OFFERED') return new AlreadyDecidedError(row.status);
      if (row.valid_until && new Date(row.valid_until).getTime() <= Date.now())
        return new AlreadyDecidedError('expired');
      await this.db.query(
        tctx,
        `UPDATE special_price_request_line SET approved_price = offered_price WHERE request_id = $1`,
        [id],
      );
      await this.createRules(tctx, row, new Map(row.lines.map((l) => [l.id, new Dec(l.offered_price as string)])));
      await this.setStatus(tctx, id, 'ACCEPTED', {});
      await this.audit.record(tctx, { action: 'specialPrice.accept', entityType: 'SpecialPriceRequest', entityId: id });
      return toShop(await this.load(tctx, id, false));
    });
  }

  async decline(
    ctx: RequestContext,
    id: string,
    comment: string | null,
  ): Promise<SpecialPriceRequestType | AlreadyDecidedError> {
    assertBuyerMay(ctx, 'prices.request', { companyId: ctx.buyer.companyId });
    return this.db.transaction(ctx, async (tctx) => {
      const row = await this.loadForBuyer(tctx, id, true);
      if (row.status !== 'COUNTER_OFFERED') return new AlreadyDecidedError(row.status);
      await this.setStatus(tctx, id, 'DECLINED', { decline_comment: comment?.trim() || null });
      await this.audit.record(tctx, {
        action: 'specialPrice.decline',
        entityType: 'SpecialPriceRequest',
        entityId: id,
        reason: comment,
      });
      return toShop(await this.load(tctx, id, false));
    });
  }

  // ------------------------------------------------------------------ staff

  async list(
    ctx: RequestContext,
    filter: SpecialPriceFilterInput | null | undefined,
    skip: number,
    take: number,
  ): Promise<Page<AdminSpecialPriceRequestType>> {
    const params: unknown[] = [];
    const where = [companyScopeSql(ctx, 'c', params)];
    if (filter?.statuses?.length) {
      params.push(filter.statuses);
      where.push(`r.status = ANY($${params.length})`);
    }
    if (filter?.companyId) {
      params.push(filter.companyId);
      where.push(`r.company_id = $${params.length}::uuid`);
    }
    params.push(take, skip);
    const rows = await this.db.query<RequestRow>(
      ctx,
      `${SELECT.replace('SELECT r.id', 'SELECT count(*) OVER () AS total, r.id')} WHERE ${where.join(' AND ')}
        ORDER BY (r.status = 'PENDING') DESC, r.created_at DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(toAdmin), totalCount: rows.length ? Number(rows[0].total) : 0 };
  }

  async get(ctx: RequestContext, id: string): Promise<AdminSpecialPriceRequestType> {
    const row = await this.load(ctx, id, false);
    await this.companies.require(ctx, row.company_id, 'company.view');
    return toAdmin(row);
  }

  async approve(
    ctx: RequestContext,
    id: string,
    input: DecideSpecialPriceInput,
  ): Promise<AdminSpecialPriceRequestType | AlreadyDecidedError> {
    return this.db.transaction(ctx, async (tctx) => {
      const row = await this.loadForStaff(tctx, id);
      if (row.status !== 'PENDING') return new AlreadyDecidedError(row.status);
      const validUntil = this.validUntil(input);
      const prices = this.prices(row, input, false);
      await this.savePrices(tctx, id, prices, 'approved_price');
      row.valid_until = validUntil;
      await this.createRules(tctx, row, prices);
      await this.setStatus(
        tctx,
        id,
        'APPROVED',
        { manager_comment: input.comment?.trim() || null, valid_until: validUntil },
        true,
      );
      await this.audit.record(tctx, {
        action: 'specialPrice.approve',
        entityType: 'SpecialPriceRequest',
        entityId: id,
        companyId: row.company_id,
        after: { validUntil, prices: Object.fromEntries([...prices].map(([k, v]) => [k, v.toFixed()])) },
      });
      await this.notifyBuyer(tctx, row, 'APPROVED', input.comment ?? null, validUntil);
      return toAdmin(await this.load(tctx, id, false));
    });
  }

  async counterOffer(
    ctx: RequestContext,
    id: string,
    input: DecideSpecialPriceInput,
  ): Promise<AdminSpecialPriceRequestType | AlreadyDecidedError> {
    return this.db.transaction(ctx, async (tctx) => {
      const row = await this.loadForStaff(tctx, id);
      if (row.status !== 'PENDING') return new AlreadyDecidedError(row.status);
      const validUntil = this.validUntil(input);
      const prices = this.prices(row, input, true);
      await this.savePrices(tctx, id, prices, 'offered_price');
      await this.setStatus(
        tctx,
        id,
        'COUNTER_OFFERED',
        { manager_comment: input.comment?.trim() || null, valid_until: validUntil },
        true,
      );
      await this.audit.record(tctx, {
        action: 'specialPrice.counterOffer',
        entityType: 'SpecialPriceRequest',
        entityId: id,
        companyId: row.company_id,
        after: { validUntil, prices: Object.fromEntries([...prices].map(([k, v]) => [k, v.toFixed()])) },
      });
      await this.notifyBuyer(tctx, row, 'COUNTER_OFFERED', input.comment ?? null, validUntil);
      return toAdmin(await this.load(tctx, id, false));
    });
  }

  async reject(
    ctx: RequestContext,
    id: string,
    reason: string,
  ): Promise<AdminSpecialPriceRequestType | AlreadyDecidedError> {
    if (!reason.trim()) throw new UserInputError('input.reason', 'input.reason: required');
    return this.db.transaction(ctx, async (tctx) => {
      const row = await this.loadForStaff(tctx, id);
      if (row.status !== 'PENDING') return new AlreadyDecidedError(row.status);
      await this.setStatus(tctx, id, 'REJECTED', { reject_reason: reason.trim() }, true);
      await this.audit.record(tctx, {
        action: 'specialPrice.reject',
        entityType: 'SpecialPriceRequest',
        entityId: id,
        companyId: row.company_id,
        reason,
      });
      await this.notifyBuyer(tctx, row, 'REJECTED', reason, null);
      return toAdmin(await this.load(tctx, id, false));
    });
  }

  // ------------------------------------------------------------------ internals

  private validUntil(input: DecideSpecialPriceInput): Date {
    const now = Date.now();
    const until = input.validUntil ?? new Date(now + 30 * DAY_MS);
    if (until.getTime() <= now) throw new UserInputError('input.validUntil', 'input.validUntil: must be in the future');
    if (until.getTime() > now + 366 * DAY_MS)
      throw new UserInputError('input.validUntil', 'input.validUntil: at most a year ahead');
    return until;
  }

  /** Line id → price: given ones checked, the rest the target price (approve) or required (counter-offer). */
  private prices(row: RequestRow, input: DecideSpecialPriceInput, everyLine: boolean): Map<string, Dec> {
    const given = new Map((input.prices ?? []).map((p) => [p.lineId, p.price]));
    const prices = new Map<string, Dec>();
    (input.prices ?? []).forEach((p, i) => {
      if (!row.lines.some((l) => l.id === p.lineId))
        throw new UserInputError(`input.prices.${i}.lineId`, `input.prices.${i}.lineId: not a line of this request`);
      if (p.price.lt(0) || p.price.decimalPlaces() > 4) {
        throw new UserInputError(
          `input.prices.${i}.price`,
          `input.prices.${i}.price: a price ≥ 0 with at most 4 decimals`,
        );
      }
    });
    for (const l of row.lines) {
      const price = given.get(l.id);
      if (price === undefined && everyLine)
        throw new UserInputError('input.prices', `input.prices: give a price for every line (${l.sku})`);
      prices.set(l.id, price ?? new Dec(l.target_price));
    }
    return prices;
  }

  private async savePrices(
    ctx: RequestContext,
    id: string,
    prices: Map<string, Dec>,
    column: 'approved_price' | 'offered_price',
  ) {
    await this.db.query(
      ctx,
      `UPDATE special_price_request_line l SET ${column} = x.price
         FROM unnest($2::uuid[], $3::numeric[]) AS x(id, price) WHERE l.id = x.id AND l.request_id = $1`,
      [id, [...prices.keys()], [...prices.values()].map((p) => p.toFixed())],
    );
  }

  private async createRules(ctx: RequestContext, row: RequestRow, prices: Map<string, Dec>): Promise<void> {
    for (const l of row.lines) {
      const price = prices.get(l.id) as Dec;
      await this.rules.createFromRequest(
        ctx,
        {
          name: `Special price, request ${row.number}: ${l.sku}`,
          publicLabel: null,
          priority: SPECIAL_PRICE_PRIORITY,
          policy: RulePolicy.EXCLUSIVE,
          scopeKind: ScopeKind.CONTRACT,
          scopeId: row.contract_id,
          targetKind: TargetKind.PRODUCT,
          targetId: l.product_id,
          actionKind: ActionKind.FIXED_PRICE,
          value: null,
          priceTypeId: null,
          currency: null,
          tierBasis: TierBasis.QUANTITY,
          tiers: [{ from: new Dec(l.quantity), value: price }],
          validFrom: new Date(),
          validTo: row.valid_until ? new Date(row.valid_until) : null,
          warehouseIds: null,
          paymentTerms: null,
          maxDeferralDays: null,
          minOrderAmount: null,
          active: true,
        },
        row.id,
      );
    }
  }

  private async setStatus(
    ctx: RequestContext,
    id: string,
    status: SpecialPriceStatus,
    extra: Record<string, unknown>,
    byStaff = false,
  ): Promise<void> {
    const sets = ['status = $2', 'updated_at = now()'];
    const params: unknown[] = [id, status];
    if (byStaff) {
      params.push(ctx.staff.userId);
      sets.push('decided_at = now()', `decided_by_staff_id = $${params.length}`);
    }
    for (const [column, value] of Object.entries(extra)) {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    }
    await this.db.query(ctx, `UPDATE special_price_request SET ${sets.join(', ')} WHERE id = $1`, params);
  }

  private async load(ctx: RequestContext, id: string, lock: boolean): Promise<RequestRow> {
    const [row] = await this.db.query<RequestRow>(ctx, `${SELECT} WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`, [
      id,
    ]);
    if (!row) throw new EntityNotFoundError('Special price request', id);
    return row;
  }

  /** Another company's request does not exist for this buyer. */
  private async loadForBuyer(ctx: RequestContext, id: string, lock: boolean): Promise<RequestRow> {
    const [found] = await this.db.query<{ company_id: string }>(
      ctx,
      `SELECT company_id FROM special_price_request WHERE id = $1`,
      [id],
    );
    // Not even the id echoed back: another company's request does not exist.
    if (!found || found.company_id !== ctx.buyer.companyId) throw new EntityNotFoundError('Special price request');
    const row = await this.load(ctx, id, lock);
    return row;
  }

  /** Locked; the manager of the client or someone who sees all clients. */
  private async loadForStaff(ctx: RequestContext, id: string): Promise<RequestRow> {
    const row = await this.load(ctx, id, true);
    await this.companies.require(ctx, row.company_id, 'company.edit');
    return row;
  }

  private async notifyManager(ctx: RequestContext, r: RequestRow): Promise<void> {
    if (!r.manager_id) return;
    const [manager] = await this.db.query<{ email: string; full_name: string; locale: string }>(
      ctx,
      `SELECT email, full_name, locale FROM staff_user WHERE id = $1 AND active`,
      [r.manager_id],
    );
    if (!manager) return;
    await this.mail.send(ctx, {
      to: manager.email,
      toName: manager.full_name,
      locale: manager.locale,
      template: 'special_price_requested',
      params: {
        name: manager.full_name,
        companyName: r.company_name,
        number: r.number,
        lines: r.lines.length,
        url: this.mail.link(`/admin/pricing/special-prices/${r.id}`),
      },
      companyId: r.company_id,
    });
  }

  private async notifyBuyer(
    ctx: RequestContext,
    r: RequestRow,
    decision: 'APPROVED' | 'COUNTER_OFFERED' | 'REJECTED',
    comment: string | null,
    validUntil: Date | null,
  ): Promise<void> {
    await this.mail.send(ctx, {
      to: r.buyer_email,
      toName: r.buyer_name,
      locale: r.buyer_locale,
      template: 'special_price_decided',
      params: {
        name: r.buyer_name,
        number: r.number,
        decision,
        comment: comment?.trim() || null,
        validUntil: validUntil ? validUntil.toISOString().slice(0, 10) : null,
        url: this.mail.link(`/special-prices/${r.id}`),
      },
      companyId: r.company_id,
    });
  }
}
