import { Injectable } from '@nestjs/common';
import type { RoundingMode } from '@wholesail/shared';
import { RowErrors } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { ForbiddenError, UserInputError } from '../../common/errors/domain-errors';
import { NotFoundError } from '../../common/errors/error-result';
import { Dec } from '../../common/money/decimal';
import { assertBuyerMay } from '../companies/access-policy';
import { QuantityNotAllowedError } from '../inventory/inventory.types';
import { cartLineKey, checkLine, lineWarning, type RequestedLine } from './cart-lines';
import { CartPricingService, type LinePriceQuote, type PricedProducts } from './cart-pricing.service';
import {
  CartProductsRepository,
  type AnalogFacts,
  type ProductFacts,
  type ProductRules,
} from './cart-products.repository';
import { lineMoney, totalsOf, type PricedLine } from './cart-totals';
import {
  AddCartLinesInput,
  CartAddMode,
  CartChangeType,
  CartLineType,
  CartLineUpdateType,
  CartTotalsType,
  CartType,
  MAX_CART_LINES,
  QuantityAdjustmentType,
  QuantityRounding,
  UpdateCartLineInput,
} from './cart.types';

interface LineRow {
  id: string;
  position: number;
  product_id: string;
  packaging_code: string | null;
  quantity: string;
  base_quantity: string;
  warehouse: { id: string; code: string; name: string; city: string } | null;
  price: string | null;
  vat_included: boolean;
  vat_rate: string | null;
}

const LINE_COLUMNS = `l.id, l.position, l.product_id, l.packaging_code, l.quantity::text, l.base_quantity::text,
  CASE WHEN w.id IS NULL THEN NULL ELSE json_build_object('id', w.id, 'code', w.code, 'name', w.name, 'city', w.city) END AS warehouse,
  l.price::text, l.vat_included, l.vat_rate::text`;

/** What the totals need of a stored line. */
interface TotalsRow {
  quantity: string;
  price: string | null;
  vat_included: boolean;
  vat_rate: string | null;
}
const TOTALS_COLUMNS = `quantity::text, price::text, vat_included, vat_rate::text`;

const pricedLine = (r: TotalsRow): PricedLine => ({
  quantity: new Dec(r.quantity),
  price: r.price === null ? null : new Dec(r.price),
  vatIncluded: r.vat_included,
  vatRate: r.vat_rate === null ? null : new Dec(r.vat_rate),
});

const tooManyLines = () => new UserInputError('lines', `lines: a cart holds at most ${MAX_CART_LINES} lines`);

export const roundingMode = (r: QuantityRounding | undefined): RoundingMode =>
  r === QuantityRounding.REJECT ? 'reject' : 'roundUp';

/** A line to put in the cart after it was checked (quick order, Excel, templates, repeat order, table entry). */
export interface CheckedLine {
  row: number;
  productId: string;
  packagingCode: string | null;
  warehouseId: string | null;
  quantity: Dec;
  baseQuantity: Dec;
}

/**
 * The buyer's cart for the session's active contract. Every change validates lines with the shared
 * quantity rules, prices the changed lines and keeps the price on the line; reading the cart re-prices
 * every line and shows availability warnings with analogs. Statement count does not grow with lines.
 */
@Injectable()
export class CartService {
  constructor(
    private readonly db: Db,
    private readonly products: CartProductsRepository,
    private readonly pricing: CartPricingService,
  ) {}

  /** The contract the cart belongs to: the session's active one, re-checked as valid. */
  contractOf(ctx: RequestContext): string {
    const contractId = ctx.buyer.contractId;
    if (!contractId) {
      throw new ForbiddenError('Your legal entity has no valid contract: the cart needs one (ask your manager)');
    }
    return contractId;
  }

  async cartId(ctx: RequestContext): Promise<string> {
    assertBuyerMay(ctx, 'orders.place');
    const buyer = ctx.buyer;
    const contractId = this.contractOf(ctx);
    const [row] = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO cart (buyer_user_id, company_id, legal_entity_id, contract_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (buyer_user_id, legal_entity_id, contract_id) DO UPDATE SET updated_at = cart.updated_at
       RETURNING id`,
      [buyer.userId, buyer.companyId, buyer.legalEntityId, contractId],
    );
    return row.id;
  }

  async cart(ctx: RequestContext): Promise<CartType> {
    const cartId = await this.cartId(ctx);
    return this.load(ctx, cartId, true);
  }

  private async currency(ctx: RequestContext): Promise<string> {
    const [row] = await this.db.query<{ currency: string }>(ctx, `SELECT currency FROM contract WHERE id = $1`, [
      this.contractOf(ctx),
    ]);
    return row?.currency ?? 'RUB';
  }

  /** The whole cart; `reprice` quotes every line again and stores what changed. */
  async load(ctx: RequestContext, cartId: string, reprice: boolean): Promise<CartType> {
    const rows = await this.db.query<LineRow>(
      ctx,
      `SELECT ${LINE_COLUMNS} FROM cart_line l LEFT JOIN warehouse w ON w.id = l.warehouse_id
        WHERE l.cart_id = $1 ORDER BY l.position, l.id`,
      [cartId],
    );
    const facts = await this.products.facts(
      ctx,
      rows.map((r) => r.product_id),
    );
    let currency = await this.currency(ctx);
    if (reprice && rows.length) {
      const quotes = await this.pricing.quote(
        ctx,
        this.contractOf(ctx),
        rows.map((r) => ({
          key: r.id,
          productId: r.product_id,
          quantity: new Dec(r.quantity),
          unit: r.packaging_code,
          warehouseId: r.warehouse?.id ?? null,
        })),
        { twoPass: true },
      );
      currency = [...quotes.values()].find((q) => q)?.currency ?? currency;
      await this.storePrices(ctx, rows, quotes);
    }
    const warned = rows.filter((r) => {
      const f = facts.get(r.product_id);
      return (
        f && lineWarning(f, new Dec(r.base_quantity), r.warehouse?.id ?? null, r.price !== null)?.code.endsWith('STOCK')
      );
    });
    const analogs = await this.products.analogs(
      ctx,
      warned.map((r) => r.product_id),
    );
    const lines = rows.map((r) => this.toLine(r, facts.get(r.product_id)!, analogs.get(r.product_id) ?? []));
    return {
      id: cartId,
      contractId: this.contractOf(ctx),
      lines,
      totals: this.totals(rows, currency),
      warningCount: lines.filter((l) => l.warning).length,
    };
  }

  /** Writes the quoted prices into the lines whose price changed (one statement). */
  private async storePrices(
    ctx: RequestContext,
    rows: LineRow[],
    quotes: Map<string, LinePriceQuote | null>,
  ): Promise<void> {
    const changed: LineRow[] = [];
    for (const r of rows) {
      const q = quotes.get(r.id) ?? null;
      const price = q ? q.price.toFixed() : null;
      const vatRate = q ? (q.vatRate?.toFixed() ?? null) : r.vat_rate;
      const same =
        (price === null ? r.price === null : r.price !== null && new Dec(r.price).eq(price)) &&
        (q === null ||
          (q.vatIncluded === r.vat_included &&
            String(vatRate) === String(r.vat_rate === null ? null : new Dec(r.vat_rate).toFixed())));
      if (same) continue;
      r.price = price;
      r.vat_included = q?.vatIncluded ?? r.vat_included;
      r.vat_rate = vatRate;
      changed.push(r);
    }
    if (!changed.length) return;
    await this.db.query(
      ctx,
      `UPDATE cart_line l SET price = x.price, vat_included = x.vi, vat_rate = x.vr
         FROM unnest($1::uuid[], $2::numeric[], $3::boolean[], $4::numeric[]) AS x(id, price, vi, vr)
        WHERE l.id = x.id`,
      [
        changed.map((r) => r.id),
        changed.map((r) => r.price),
        changed.map((r) => r.vat_included),
        changed.map((r) => r.vat_rate),
      ],
    );
  }

  private toLine(
    r: LineRow,
    f: ProductFacts,
    analogs: { id: string; sku: string; name: string; kind: string; available: string }[],
  ): CartLineType {
    const base = new Dec(r.base_quantity);
    const price = r.price === null ? null : new Dec(r.price);
    const vatRate = r.vat_rate === null ? null : new Dec(r.vat_rate);
    const money = lineMoney({ quantity: new Dec(r.quantity), price, vatIncluded: r.vat_included, vatRate });
    const warning = lineWarning(f, base, r.warehouse?.id ?? null, price !== null);
    return {
      id: r.id,
      position: r.position,
      product: {
        id: f.id,
        sku: f.sku,
        name: f.name,
        active: f.active,
        unit: { code: f.unitCode, name: f.unitShortName, shortName: f.unitShortName, scale: f.unitScale, okei: null },
        packagings: f.packagings.map((p) => ({ code: p.code, name: p.name, factor: new Dec(p.factor), barcode: null })),
        quantityRules: { unitScale: f.unitScale, step: new Dec(f.step), minQuantity: new Dec(f.minQuantity) },
      },
      packagingCode: r.packaging_code,
      quantity: new Dec(r.quantity),
      baseQuantity: base,
      warehouse: r.warehouse,
      price,
      vatIncluded: r.vat_included,
      vatRate,
      amount: money?.amount ?? null,
      vatAmount: money?.vatAmount ?? null,
      warning: warning
        ? {
            ...warning,
            analogs: warning.code.endsWith('STOCK')
              ? analogs.map((a) => ({ ...a, available: new Dec(a.available) }))
              : [],
          }
        : null,
    };
  }

  private totals(rows: TotalsRow[], currency: string): CartTotalsType {
    return { lineCount: rows.length, ...totalsOf(rows.map(pricedLine)), currency };
  }

  /** The cart's totals without its lines. */
  async totalsOnly(ctx: RequestContext, cartId: string): Promise<CartTotalsType> {
    const rows = await this.db.query<TotalsRow>(ctx, `SELECT ${TOTALS_COLUMNS} FROM cart_line WHERE cart_id = $1`, [
      cartId,
    ]);
    return this.totals(rows, await this.currency(ctx));
  }

  /** Checks requested lines (rows numbered from 1) against their products; nothing is written. */
  async checkLines(
    ctx: RequestContext,
    requests: (RequestedLine & { row: number })[],
    mode: RoundingMode,
    errors: RowErrors,
    adjustments: QuantityAdjustmentType[],
  ): Promise<{ checked: CheckedLine[]; facts: Map<string, ProductFacts> }> {
    const facts = await this.products.facts(
      ctx,
      requests.map((r) => r.productId),
    );
    return { checked: await this.checkAgainst(ctx, requests, mode, errors, adjustments, facts), facts };
  }

  /** checkLines with the products already read. */
  async checkAgainst(
    ctx: RequestContext,
    requests: (RequestedLine & { row: number })[],
    mode: RoundingMode,
    errors: RowErrors,
    adjustments: QuantityAdjustmentType[],
    products: ReadonlyMap<string, ProductRules>,
  ): Promise<CheckedLine[]> {
    // Only a line that names a warehouse needs to know which are active.
    const warehouseIds = requests.some((r) => r.warehouseId)
      ? new Set((await this.db.query<{ id: string }>(ctx, `SELECT id FROM warehouse WHERE active`)).map((w) => w.id))
      : new Set<string>();
    const checked: CheckedLine[] = [];
    for (const req of requests) {
      const f = products.get(req.productId);
      const result = checkLine(req, f, warehouseIds, mode);
      if (!result.ok) {
        errors.add(req.row, result.field, result.errorCode, result.message, f?.sku ?? null);
        continue;
      }
      if (result.adjustment) {
        adjustments.push({ row: req.row, message: result.adjustment, baseQuantity: result.baseQuantity });
      }
      checked.push({
        row: req.row,
        productId: req.productId,
        packagingCode: result.packagingCode,
        warehouseId: req.warehouseId ?? null,
        quantity: result.quantity,
        baseQuantity: result.baseQuantity,
      });
    }
    return checked;
  }

  /**
   * Puts checked lines into the cart in a constant number of statements whatever their number: merge
   * duplicates, lock the lines already there, price every line at the quantity it will have, then one
   * upsert that writes quantities and prices together (two halves, when `read` holds the products:
   * pricing is then computation only and overlaps the first half's write). `replace`: a line already
   * there takes the new quantity, else the new quantity is added to it. The cart row is locked by
   * `cartId` and the lines read here FOR UPDATE, so the quantity priced is the quantity written.
   */
  async putLines(
    ctx: RequestContext,
    cartId: string,
    lines: CheckedLine[],
    replace: boolean,
    read: PricedProducts | null = null,
  ): Promise<number> {
    return (await this.put(ctx, cartId, lines, replace, false, read)).applied;
  }

  /**
   * putLines, and the cart's totals after it — from the lines just written and the other lines of the
   * cart, without reading the written ones back (an uploaded sheet writes thousands).
   */
  async putLinesWithTotals(
    ctx: RequestContext,
    cartId: string,
    lines: CheckedLine[],
    replace: boolean,
    read: PricedProducts | null = null,
  ): Promise<{ applied: number; totals: CartTotalsType }> {
    const { applied, totals } = await this.put(ctx, cartId, lines, replace, true, read);
    return { applied, totals: totals ?? (await this.totalsOnly(ctx, cartId)) };
  }

  private async put(
    ctx: RequestContext,
    cartId: string,
    lines: CheckedLine[],
    replace: boolean,
    withTotals: boolean,
    read: PricedProducts | null,
  ): Promise<{ applied: number; totals: CartTotalsType | null }> {
    if (!lines.length) return { applied: 0, totals: null };
    const merged = new Map<string, CheckedLine>();
    for (const l of lines) {
      const key = cartLineKey(l.productId, l.packagingCode, l.warehouseId);
      const prev = merged.get(key);
      merged.set(
        key,
        prev
          ? { ...prev, quantity: prev.quantity.plus(l.quantity), baseQuantity: prev.baseQuantity.plus(l.baseQuantity) }
          : l,
      );
    }
    const keys = [...merged.keys()];
    const existing = new Map(
      (
        await this.db.query<{ line_key: string; quantity: string; base_quantity: string; vat_included: boolean }>(
          ctx,
          `SELECT line_key, quantity::text, base_quantity::text, vat_included FROM cart_line
            WHERE cart_id = $1 AND line_key = ANY($2::text[]) FOR UPDATE`,
          [cartId, keys],
        )
      ).map((r) => [r.line_key, r]),
    );
    const next = keys.map((key) => {
      const l = merged.get(key)!;
      const had = existing.get(key);
      const add = had !== undefined && !replace;
      return {
        key,
        line: l,
        quantity: add ? new Dec(had.quantity).plus(l.quantity) : l.quantity,
        baseQuantity: add ? new Dec(had.base_quantity).plus(l.baseQuantity) : l.baseQuantity,
        vatIncluded: had?.vat_included ?? true,
      };
    });
    // Every key will be a line of the cart: with the other lines, they make the cart (for its totals).
    const others = withTotals
      ? await this.db.query<TotalsRow>(
          ctx,
          `SELECT ${TOTALS_COLUMNS} FROM cart_line WHERE cart_id = $1 AND line_key <> ALL($2::text[])`,
          [cartId, keys],
        )
      : null;
    if (others && others.length + keys.length > MAX_CART_LINES) throw tooManyLines();
    // With the products already read, pricing is computation only: the lines are priced and written in
    // two halves, the first half written while the second is priced. New lines take the positions after
    // the cart's last one in key order, as one statement would give them.
    const half = read ? Math.ceil(next.length / 2) : next.length;
    const parts = [next.slice(0, half), next.slice(half)].filter((part) => part.length > 0);
    const prices: (string | null)[] = [];
    const vatIncluded: boolean[] = [];
    const vatRates: (string | null)[] = [];
    const writes: Promise<{ n: number }[]>[] = [];
    for (const part of parts) {
      const quotes = await this.pricing.quote(
        ctx,
        this.contractOf(ctx),
        part.map((n) => ({
          key: n.key,
          productId: n.line.productId,
          quantity: n.quantity,
          unit: n.line.packagingCode,
          warehouseId: n.line.warehouseId,
        })),
        { read },
      );
      const partPrices = part.map((n) => quotes.get(n.key)?.price.toFixed() ?? null);
      // Without a price the line keeps the VAT mode it had (a new line: prices include VAT).
      const partVatIncluded = part.map((n) => quotes.get(n.key)?.vatIncluded ?? n.vatIncluded);
      const partVatRates = part.map((n) => quotes.get(n.key)?.vatRate?.toFixed() ?? null);
      // The lines an earlier part inserted do not move the start of the positions.
      const inserted = next
        .slice(0, prices.length)
        .filter((n) => !existing.has(n.key))
        .map((n) => n.key);
      const writing = this.db.query<{ n: number }>(
        ctx,
        `WITH start AS (SELECT coalesce(max(position), 0) AS p FROM cart_line
                         WHERE cart_id = $1 AND line_key <> ALL($12::text[])),
         put AS (
           INSERT INTO cart_line (cart_id, line_key, product_id, packaging_code, quantity, base_quantity, warehouse_id,
                                  position, price, vat_included, vat_rate)
           SELECT $1, x.k, x.p, x.pk, x.q, x.b, x.w, start.p + $11 + x.i, x.price, x.vi, x.vr
             FROM unnest($2::text[], $3::uuid[], $4::text[], $5::numeric[], $6::numeric[], $7::uuid[],
                         $8::numeric[], $9::boolean[], $10::numeric[])
                  WITH ORDINALITY AS x(k, p, pk, q, b, w, price, vi, vr, i), start
           ON CONFLICT (cart_id, line_key) DO UPDATE
              SET quantity = excluded.quantity, base_quantity = excluded.base_quantity, price = excluded.price,
                  vat_included = excluded.vat_included, vat_rate = excluded.vat_rate, updated_at = now()
           RETURNING 1)
         SELECT count(*)::int AS n FROM put`,
        [
          cartId,
          part.map((n) => n.key),
          part.map((n) => n.line.productId),
          part.map((n) => n.line.packagingCode),
          part.map((n) => n.quantity.toFixed()),
          part.map((n) => n.baseQuantity.toFixed()),
          part.map((n) => n.line.warehouseId),
          partPrices,
          partVatIncluded,
          partVatRates,
          prices.length,
          inserted,
        ],
      );
      // Awaited below; the no-op handler only keeps a failure from counting as unhandled meanwhile.
      writing.catch(() => undefined);
      writes.push(writing);
      prices.push(...partPrices);
      vatIncluded.push(...partVatIncluded);
      vatRates.push(...partVatRates);
      // Let the statement go out before the next part is priced (or the totals worked out).
      await new Promise((resolve) => setImmediate(resolve));
    }
    let applied = 0;
    const allWritten = async () => {
      for (const w of writes) applied += (await w)[0].n;
    };
    if (!others) {
      await allWritten();
      const [{ n }] = await this.db.query<{ n: string }>(
        ctx,
        `SELECT count(*) AS n FROM cart_line WHERE cart_id = $1`,
        [cartId],
      );
      if (Number(n) > MAX_CART_LINES) throw tooManyLines();
      return { applied, totals: null };
    }
    // The totals are worked out while PostgreSQL writes.
    // As stored: numeric(18,6) quantities, numeric(19,4) prices, numeric(5,2) VAT rates.
    const written = next.map((n, i) => ({
      quantity: n.quantity.toDecimalPlaces(6),
      price: prices[i] === null ? null : new Dec(prices[i]).toDecimalPlaces(4),
      vatIncluded: vatIncluded[i],
      vatRate: vatRates[i] === null ? null : new Dec(vatRates[i]).toDecimalPlaces(2),
    }));
    const t = totalsOf([...others.map(pricedLine), ...written]);
    await allWritten();
    return {
      applied,
      totals: { lineCount: others.length + keys.length, ...t, currency: await this.currency(ctx) },
    };
  }

  /** Table entry and every other bulk way in: one mutation, any number of lines, per-row errors. */
  async addLines(ctx: RequestContext, input: AddCartLinesInput): Promise<CartChangeType> {
    return this.db.transaction(ctx, async (tctx) => {
      const cartId = await this.cartId(tctx);
      const errors = new RowErrors();
      const adjustments: QuantityAdjustmentType[] = [];
      const { checked } = await this.checkLines(
        tctx,
        input.lines.map((l, i) => ({ ...l, quantity: l.quantity.toFixed(), row: i + 1 })),
        roundingMode(input.rounding),
        errors,
        adjustments,
      );
      const refuse = input.allOrNothing && errors.size > 0;
      const applied = refuse ? 0 : await this.putLines(tctx, cartId, checked, input.mode === CartAddMode.REPLACE);
      return {
        cart: await this.load(tctx, cartId, false),
        applied,
        rowErrors: errors.list,
        adjustments: refuse ? [] : adjustments,
      };
    });
  }

  /** One line's quantity, answering just that line and the new totals (the grid stays fast at 500 lines). */
  async updateLine(
    ctx: RequestContext,
    input: UpdateCartLineInput,
  ): Promise<CartLineUpdateType | QuantityNotAllowedError | NotFoundError> {
    assertBuyerMay(ctx, 'orders.place');
    const buyer = ctx.buyer;
    const contractId = this.contractOf(ctx);
    return this.db.transaction(ctx, async (tctx) => {
      // The line, only through the buyer's own cart for the active contract (no cart upsert on this hot path).
      const [current] = await this.db.query<LineRow & { cart_id: string; currency: string }>(
        tctx,
        `SELECT ${LINE_COLUMNS}, l.cart_id, k.currency FROM cart_line l
           JOIN cart c ON c.id = l.cart_id AND c.buyer_user_id = $2 AND c.legal_entity_id = $3 AND c.contract_id = $4
           JOIN contract k ON k.id = c.contract_id
           LEFT JOIN warehouse w ON w.id = l.warehouse_id
          WHERE l.id = $1 FOR UPDATE OF l`,
        [input.lineId, buyer.userId, buyer.legalEntityId, contractId],
      );
      if (!current) return new NotFoundError('Cart line');
      const facts = await this.products.facts(tctx, [current.product_id]);
      const f = facts.get(current.product_id);
      const result = checkLine(
        {
          productId: current.product_id,
          quantity: input.quantity.toFixed(),
          packagingCode: current.packaging_code,
          warehouseId: current.warehouse?.id ?? null,
        },
        f,
        new Set(current.warehouse ? [current.warehouse.id] : []),
        roundingMode(input.rounding),
      );
      if (!result.ok) {
        return new QuantityNotAllowedError(result.errorCode, result.message, result.suggested);
      }
      const quotes = await this.pricing.quote(tctx, contractId, [
        {
          key: current.id,
          productId: current.product_id,
          quantity: result.quantity,
          unit: result.packagingCode,
          warehouseId: current.warehouse?.id ?? null,
        },
      ]);
      const q = quotes.get(current.id) ?? null;
      // The changed line, then what the totals need of every line (four narrow columns).
      const [mine] = await this.db.query<LineRow>(
        tctx,
        `WITH l AS (
           UPDATE cart_line SET quantity = $2, base_quantity = $3, packaging_code = $4, price = $5,
                  vat_included = coalesce($6, vat_included), vat_rate = CASE WHEN $5::numeric IS NULL THEN vat_rate ELSE $7 END,
                  updated_at = now()
            WHERE id = $1 RETURNING *)
         SELECT ${LINE_COLUMNS} FROM l LEFT JOIN warehouse w ON w.id = l.warehouse_id`,
        [
          current.id,
          result.quantity.toFixed(),
          result.baseQuantity.toFixed(),
          result.packagingCode,
          q?.price.toFixed() ?? null,
          q?.vatIncluded ?? null,
          q?.vatRate?.toFixed() ?? null,
        ],
      );
      const all = await this.db.query<{
        quantity: string;
        price: string | null;
        vat_included: boolean;
        vat_rate: string | null;
      }>(tctx, `SELECT quantity::text, price::text, vat_included, vat_rate::text FROM cart_line WHERE cart_id = $1`, [
        current.cart_id,
      ]);
      const warning = lineWarning(f!, result.baseQuantity, mine.warehouse?.id ?? null, mine.price !== null);
      const analogs = warning?.code.endsWith('STOCK')
        ? await this.products.analogs(tctx, [f!.id])
        : new Map<string, AnalogFacts[]>();
      return {
        line: this.toLine(mine, f!, analogs.get(f!.id) ?? []),
        totals: this.totals(all, q?.currency ?? current.currency),
        adjustment: result.adjustment
          ? { row: 1, message: result.adjustment, baseQuantity: result.baseQuantity }
          : null,
      };
    });
  }

  async removeLines(ctx: RequestContext, lineIds: string[]): Promise<CartType> {
    return this.db.transaction(ctx, async (tctx) => {
      const cartId = await this.cartId(tctx);
      await this.db.query(tctx, `DELETE FROM cart_line WHERE cart_id = $1 AND id = ANY($2::uuid[])`, [cartId, lineIds]);
      return this.load(tctx, cartId, false);
    });
  }

  async clear(ctx: RequestContext): Promise<CartType> {
    return this.db.transaction(ctx, async (tctx) => {
      const cartId = await this.cartId(tctx);
      await this.db.query(tctx, `DELETE FROM cart_line WHERE cart_id = $1`, [cartId]);
      return this.load(tctx, cartId, false);
    });
  }
}
