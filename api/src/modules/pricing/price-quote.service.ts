import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { EntityNotFoundError } from '../../common/errors/domain-errors';
import { Dec, roundAmount, roundPrice } from '../../common/money/decimal';
import { priceFor, type BuyerPriceView, type PriceResult, type ProductPriceEntries } from './engine';
import { buyerViewOf } from './buyer-price-view';
import { PricingLoader, type LoadedPricing } from './pricing-loader.service';
import { toPricingProduct, toProductEntries, type PriceTypeRow, type ProductRow } from './pricing-rows';
import { splitVat } from './vat';

/** One line to price. */
export interface QuoteLineInput {
  productId: string;
  /** In `unit` (packages) when given, else in the product's base unit. Must be > 0. */
  quantity: Dec;
  /**
   * The packaging unit the quantity is counted in: a ProductPackaging code of the product ("box").
   * null, absent, '' or the product's own unit code ("pcs") = the base unit.
   */
  unit?: string | null;
  /** The warehouse the line ships from (rules may be limited to warehouses); null = not chosen. */
  warehouseId?: string | null;
}

export interface QuoteInput {
  /** The contract to price for. The caller decides who may use it (the shop passes the session's). */
  contractId: string;
  lines: readonly QuoteLineInput[];
  /** The order total, for rules with a minimum order amount; absent = unknown (such rules are skipped). */
  orderAmount?: Dec | null;
  /** The instant prices are asked for (rule validity); default now. */
  at?: Date;
}

export interface QuoteOptions {
  /** Build the step-by-step explanation and trace (default true). Without it prices come faster. */
  explain?: boolean;
  /** Quantity hints ("from 100 pcs: 91.20") in the buyer view (default false). */
  hints?: boolean;
  /** Also load rules that ended before `at`, so the trace reports them as EXPIRED (the staff simulator). */
  withEndedRules?: boolean;
}

export enum QuoteLineStatus {
  PRICED = 'PRICED',
  PRODUCT_NOT_FOUND = 'PRODUCT_NOT_FOUND',
  /** `unit` is not a packaging of the product. */
  UNKNOWN_UNIT = 'UNKNOWN_UNIT',
  INVALID_QUANTITY = 'INVALID_QUANTITY',
  /** The product has no price for this contract (no base price and no rule that sets one). */
  NO_PRICE = 'NO_PRICE',
}

export interface QuotedPriceType {
  id: string;
  code: string;
  name: string;
  /** Purchase and the like: never show it to a buyer (buyer views already hide it). */
  staffOnly: boolean;
  currency: string;
  vatIncluded: boolean;
  isDefault: boolean;
  position: number;
}

export interface QuoteVat {
  /** Percent; null = not subject to VAT. */
  rate: Dec | null;
  /** Whether unitPrice and lineAmount include VAT (the price type's mode). */
  included: boolean;
  /** The line amount without VAT, the VAT in it, and with VAT (2 places). */
  net: Dec;
  amount: Dec;
  gross: Dec;
}

export interface QuotedLine {
  /** Position in input.lines. */
  index: number;
  productId: string;
  status: QuoteLineStatus;
  /** As given. */
  quantity: Dec;
  /** The packaging code, or null for the base unit. */
  unit: string | null;
  /** Base units per line unit (1 for the base unit). */
  unitFactor: Dec;
  /** quantity × unitFactor: what the engine priced. */
  baseQuantity: Dec;
  /** Price of one line unit (a package for packaging lines), 4 places; null unless PRICED. */
  unitPrice: Dec | null;
  /** Price of one base unit, 4 places (= unitPrice for base-unit lines). */
  baseUnitPrice: Dec | null;
  /** roundAmount(unitPrice × quantity); null unless PRICED. */
  lineAmount: Dec | null;
  currency: string | null;
  vat: QuoteVat | null;
  /** The base price type used (after any switch); null when the contract has none. */
  priceType: QuotedPriceType | null;
  /**
   * What the buyer may see: base type, base and final price, applied steps with public labels (only
   * with `explain`), hints (only with `hints`). Safe for the shop API. null when the product was not priced.
   */
  explanation: BuyerPriceView | null;
  /** The full engine result with every rule considered: staff only. null without explain or a product. */
  trace: PriceResult | null;
}

export interface Quote {
  contractId: string;
  at: Date;
  /** The contract's base price type (before switches), null if none is configured. */
  basePriceType: QuotedPriceType | null;
  lines: QuotedLine[];
}

const ONE = new Dec(1);

/** What one quote read: the prepared contract and the products, for one or two pricing passes. */
interface QuoteRead {
  at: Date;
  loaded: LoadedPricing;
  products: ReadonlyMap<string, ProductRow>;
  baseUnitEntries: Map<ProductRow, ProductPriceEntries>;
}

/**
 * Prices lines for a contract: the one entry point for everything that needs a buyer's price (cart,
 * checkout, quick order, catalog, price lists, the staff simulator). Two SQL statements however many
 * lines (the contract with its rules and price types; the products with their entries), no caching
 * between calls — a rule or price change shows in the next quote. docs/pricing.md describes the engine.
 *
 *   const q = await quotes.quote(ctx, { contractId, lines: [{ productId, quantity: new Dec(120) }] });
 *   q.lines[0].unitPrice   // Dec, 4 places
 *
 * It does not check who asks: shop callers pass the session's contract (ctx.buyer.contractId).
 * Throws EntityNotFoundError when the contract does not exist; per-line problems are statuses.
 */
@Injectable()
export class PriceQuoteService {
  constructor(private readonly loader: PricingLoader) {}

  async quote(ctx: RequestContext, input: QuoteInput, options: QuoteOptions = {}): Promise<Quote> {
    const read = await this.read(ctx, input, options);
    return this.priceAll(read, input, options);
  }

  /**
   * For an order or a cart: prices the lines without an order amount, asks `amountOf` for the order's
   * amount from that quote and, when a rule in scope has a minimum order amount, prices them again with
   * it — so those rules apply as they will at placement. One read of the contract and products.
   */
  async quoteForOrder(
    ctx: RequestContext,
    input: QuoteInput,
    options: QuoteOptions,
    amountOf: (first: Quote) => Dec,
  ): Promise<Quote> {
    const read = await this.read(ctx, input, options);
    const first = this.priceAll(read, input, options);
    const byAmount = read.loaded.prepared?.rules.some((r) => r.minOrderAmount !== null) ?? false;
    return byAmount ? this.priceAll(read, { ...input, orderAmount: amountOf(first) }, options) : first;
  }

  /**
   * Like quote, for products the caller has read itself — with their entries of `loaded.entryTypeIds`
   * (entriesColumn) — in a statement of its own, e.g. a catalog page: no SQL, no waiting. `loaded` must be
   * the prepared contract whose types were read (PricingLoader.load), so prices and entries agree.
   */
  quoteRows(
    loaded: LoadedPricing,
    at: Date,
    products: readonly ProductRow[],
    input: QuoteInput,
    options: QuoteOptions = {},
  ): Quote {
    const byId = new Map(products.map((p) => [p.id, p]));
    return this.priceAll({ at, loaded, products: byId, baseUnitEntries: new Map() }, input, options);
  }

  private async read(ctx: RequestContext, input: QuoteInput, options: QuoteOptions): Promise<QuoteRead> {
    const at = input.at ?? new Date();
    const loaded = await this.loader.load(ctx, input.contractId, at, { withEnded: options.withEndedRules === true });
    if (loaded === null) throw new EntityNotFoundError('Contract', input.contractId);
    const products =
      loaded.prepared === null
        ? new Map<string, ProductRow>()
        : await this.loader.products(
            ctx,
            loaded,
            input.lines.map((l) => l.productId),
          );
    return { at, loaded, products, baseUnitEntries: new Map() };
  }

  private priceAll(read: QuoteRead, input: QuoteInput, options: QuoteOptions): Quote {
    const { loaded, at } = read;
    const baseType = loaded.prepared === null ? null : loaded.priceTypes.get(loaded.prepared.baseType.id);
    return {
      contractId: input.contractId,
      at,
      basePriceType: baseType ? quotedType(baseType) : null,
      lines: input.lines.map((line, index) => this.priceLine(read, line, index, input, options)),
    };
  }

  private priceLine(
    read: QuoteRead,
    line: QuoteLineInput,
    index: number,
    input: QuoteInput,
    options: QuoteOptions,
  ): QuotedLine {
    const { loaded, products, at } = read;
    const row = products.get(line.productId);
    const unit = row && line.unit && line.unit !== row.unit_code ? line.unit : null;
    const packaging = unit === null ? null : (row?.packagings?.find((k) => k.code === unit) ?? null);
    const unitFactor = packaging === null ? ONE : new Dec(packaging.factor);
    const empty: QuotedLine = {
      index,
      productId: line.productId,
      status: QuoteLineStatus.PRICED,
      quantity: line.quantity,
      unit: unit ?? (row ? null : (line.unit ?? null)),
      unitFactor,
      baseQuantity: line.quantity.times(unitFactor),
      unitPrice: null,
      baseUnitPrice: null,
      lineAmount: null,
      currency: null,
      vat: null,
      priceType: null,
      explanation: null,
      trace: null,
    };
    if (loaded.prepared === null)
      return { ...empty, status: row ? QuoteLineStatus.NO_PRICE : QuoteLineStatus.PRODUCT_NOT_FOUND };
    if (!row) return { ...empty, status: QuoteLineStatus.PRODUCT_NOT_FOUND };
    if (unit !== null && packaging === null) return { ...empty, status: QuoteLineStatus.UNKNOWN_UNIT };
    if (!line.quantity.isFinite() || line.quantity.lte(0))
      return { ...empty, status: QuoteLineStatus.INVALID_QUANTITY };

    const product = toPricingProduct(row);
    // Base-unit entries are the same for every line and pass of the product: converted once.
    let entries = packaging === null ? read.baseUnitEntries.get(row) : undefined;
    if (entries === undefined) {
      entries = toProductEntries(row.entries, packaging === null ? null : { code: packaging.code, factor: unitFactor });
      if (packaging === null) read.baseUnitEntries.set(row, entries);
    }
    const explain = options.explain !== false;
    const result = priceFor(
      loaded.prepared,
      product,
      entries,
      {
        quantity: empty.baseQuantity,
        warehouseId: line.warehouseId ?? null,
        at,
        orderAmount: input.orderAmount ?? null,
      },
      { explain, hints: options.hints === true },
    );
    const type = loaded.priceTypes.get(result.priceTypeId);
    const priceType = type ? quotedType(type) : null;
    const priced = {
      ...empty,
      currency: result.currency,
      priceType,
      explanation: buyerViewOf(result, priceType?.staffOnly ?? false),
      trace: explain ? result : null,
    };
    if (result.finalPrice === null || result.unroundedPrice === null)
      return { ...priced, status: QuoteLineStatus.NO_PRICE };
    const unitPrice = packaging === null ? result.finalPrice : roundPrice(result.unroundedPrice.times(unitFactor));
    const lineAmount = roundAmount(unitPrice.times(line.quantity));
    const rate = row.vat_rate === null ? null : new Dec(row.vat_rate);
    const vat = splitVat(lineAmount, rate, result.vatIncluded);
    return {
      ...priced,
      unitPrice,
      baseUnitPrice: result.finalPrice,
      lineAmount,
      vat: { rate, included: result.vatIncluded, net: vat.net, amount: vat.vat, gross: vat.gross },
    };
  }
}

function quotedType(t: PriceTypeRow): QuotedPriceType {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    staffOnly: t.staff_only,
    currency: t.currency,
    vatIncluded: t.vat_included,
    isDefault: t.is_default,
    position: t.position,
  };
}
