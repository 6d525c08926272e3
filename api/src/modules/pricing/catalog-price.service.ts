import { Inject, Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Dec, decimalText } from '../../common/money/decimal';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PriceQuoteService, QuoteLineStatus, type QuotedLine } from './price-quote.service';
import { PricingLoader, type LoadedPricing } from './pricing-loader.service';
import { RowPriceCache } from './price-list-cache';
import { nextRuleBoundary } from './price-list.service';
import type { ProductRow } from './pricing-rows';
import type { PackagingPriceType, PriceExplanationType, ProductPriceType } from './pricing.shop.types';
import { unitPriceInVatMode } from './vat';

interface Pending {
  productId: string;
  quantity: Dec;
  resolve: (line: QuotedLine | null) => void;
  reject: (error: unknown) => void;
}

/** The rows of one GraphQL request waiting for their explanations. */
const pendingByRequest = new WeakMap<RequestContext, Pending[]>();

/** A catalog row to price: its product at its minimum order quantity (decimal text, as read). */
export interface RowToPrice {
  productId: string;
  quantity: string;
  /** The row as pricing reads it: made only when its price is not kept. */
  product: () => ProductRow;
}

/** A buyer's prepared contract for pricing rows read with their entries (CatalogPriceService.prepare). */
export interface RowPricing {
  contractId: string;
  at: Date;
  loaded: LoadedPricing;
  /** Read the rows' entries of these price types. */
  typeIds: string[];
  /** Those types with their keys in the rows' entry lists (entryRowsFromList). */
  listKeys: [string, number][];
  /** Taken before the contract and the rows were read: a price made of them may be kept (RowPriceCache). */
  keepToken: number;
  /** Until when a price computed at `at` holds (the next rule boundary; Infinity: none). */
  validUntil: number;
}

/**
 * Personal prices of catalog rows and cards for the buyer's active contract. The catalog reads a page's
 * price entries with its rows and prices them at once (prepare + rowPrices: no statement of its own).
 * Field resolvers (explanations, a card's packages) ask per row; the asks of one request are collected
 * and priced in one quote, like a DataLoader. A buyer without a valid contract gets no prices.
 */
@Injectable()
export class CatalogPriceService {
  constructor(
    private readonly quotes: PriceQuoteService,
    private readonly loader: PricingLoader,
    private readonly kept: RowPriceCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The session's prepared contract, for rows a caller reads with their entries of `typeIds`
   * (entriesColumn) and prices with rowPrices: a catalog page prices its rows in its own statement.
   * null: no valid contract or nothing can be priced (every price is then null).
   */
  async prepare(ctx: RequestContext): Promise<RowPricing | null> {
    const contractId = ctx.buyer.contractId;
    if (contractId === null) return null;
    const keepToken = this.kept.begin();
    const at = new Date();
    const loaded = await this.loader.load(ctx, contractId, at);
    if (loaded === null || loaded.prepared === null) return null;
    const listKeys = loaded.entryTypeIds.flatMap((id): [string, number][] => {
      const type = loaded.priceTypes.get(id);
      return type ? [[id, type.list_key]] : [];
    });
    const validUntil = nextRuleBoundary(loaded.prepared, at)?.getTime() ?? Infinity;
    return { contractId, at, loaded, typeIds: loaded.entryTypeIds, listKeys, keepToken, validUntil };
  }

  /**
   * Prices of rows read with their entries under `pricing` (see prepare), in their order; synchronous.
   * Prices kept from an earlier request (RowPriceCache) are reused; the others are quoted together and kept.
   */
  rowPrices(pricing: RowPricing, rows: readonly RowToPrice[]): (ProductPriceType | null)[] {
    const prices: (ProductPriceType | null)[] = new Array<ProductPriceType | null>(rows.length).fill(null);
    const keys = rows.map((r) => `${pricing.contractId}|${r.productId}|${r.quantity}`);
    const missing: number[] = [];
    keys.forEach((key, i) => {
      const kept = this.kept.get(key);
      if (kept === null) missing.push(i);
      else prices[i] = kept.price;
    });
    if (missing.length === 0) return prices;
    const quote = this.quotes.quoteRows(
      pricing.loaded,
      pricing.at,
      missing.map((i) => rows[i].product()),
      {
        contractId: pricing.contractId,
        lines: missing.map((i) => ({ productId: rows[i].productId, quantity: new Dec(rows[i].quantity) })),
      },
      { explain: false, hints: true },
    );
    quote.lines.forEach((line, j) => {
      const i = missing[j];
      prices[i] = this.view(line);
      this.kept.put(keys[i], pricing.keepToken, { price: prices[i] }, pricing.validUntil);
    });
    return prices;
  }

  /**
   * A priced line as the buyer's row price (in the shop's VAT mode, with hints), its decimals written
   * once: the row price is kept and sent with every page that shows the row.
   */
  private view(line: QuotedLine | null): ProductPriceType | null {
    if (line === null || line.status !== QuoteLineStatus.PRICED || line.baseUnitPrice === null) return null;
    const view = line.explanation;
    const rate = line.vat?.rate ?? null;
    const included = line.vat?.included ?? true;
    const withVat = this.config.shopPricesWithVat;
    const priceWithVat = decimalText(unitPriceInVatMode(line.baseUnitPrice, rate, included, true));
    const priceWithoutVat = decimalText(unitPriceInVatMode(line.baseUnitPrice, rate, included, false));
    return {
      price: withVat ? priceWithVat : priceWithoutVat,
      priceWithVat,
      priceWithoutVat,
      currency: line.currency ?? '',
      vatIncluded: withVat,
      vatRate: rate === null ? null : decimalText(rate),
      quantity: decimalText(line.baseQuantity),
      priceTypeName: view?.priceTypeName ?? '',
      personal: view?.basePrice == null || !view.basePrice.eq(line.baseUnitPrice),
      hints: (view?.hints ?? []).map((h) => ({
        fromQuantity: decimalText(h.fromQuantity),
        price: decimalText(unitPriceInVatMode(h.price, rate, included, withVat)),
      })),
    };
  }

  async explanation(ctx: RequestContext, productId: string, quantity: Dec): Promise<PriceExplanationType | null> {
    const line = await this.line(ctx, productId, quantity);
    const view = line?.explanation;
    if (!line || !view || line.status !== QuoteLineStatus.PRICED) return null;
    return { ...view, quantity: line.baseQuantity, steps: view.steps, hints: [...view.hints] };
  }

  /**
   * The price of one whole package of each of the product's packagings (a package price of its own
   * where the price column has one, otherwise the base-unit price × factor), in one quote.
   */
  async packagingPrices(ctx: RequestContext, productId: string, codes: string[]): Promise<PackagingPriceType[]> {
    const contractId = ctx.buyer.contractId;
    if (contractId === null || codes.length === 0) return [];
    const quote = await this.quotes.quote(
      ctx,
      { contractId, lines: codes.map((unit) => ({ productId, quantity: new Dec(1), unit })) },
      { explain: false, hints: false },
    );
    const withVat = this.config.shopPricesWithVat;
    return quote.lines.flatMap((line, i) => {
      if (line.status !== QuoteLineStatus.PRICED || line.unitPrice === null || line.baseUnitPrice === null) return [];
      const rate = line.vat?.rate ?? null;
      const included = line.vat?.included ?? true;
      return [
        {
          code: codes[i],
          price: unitPriceInVatMode(line.unitPrice, rate, included, withVat),
          unitPrice: unitPriceInVatMode(line.baseUnitPrice, rate, included, withVat),
          currency: line.currency ?? '',
          vatIncluded: withVat,
        },
      ];
    });
  }

  /** One explained line; the asks of one request are priced together in one quote. */
  private line(ctx: RequestContext, productId: string, quantity: Dec): Promise<QuotedLine | null> {
    const contractId = ctx.buyer.contractId;
    if (contractId === null) return Promise.resolve(null);
    let batch = pendingByRequest.get(ctx);
    if (batch === undefined) {
      const fresh: Pending[] = [];
      pendingByRequest.set(ctx, (batch = fresh));
      // After the resolvers of this tick have asked (GraphQL resolves a list's fields together).
      void Promise.resolve().then(() =>
        process.nextTick(() => {
          pendingByRequest.delete(ctx);
          void this.flush(ctx, contractId, fresh);
        }),
      );
    }
    return new Promise((resolve, reject) => batch.push({ productId, quantity, resolve, reject }));
  }

  private async flush(ctx: RequestContext, contractId: string, batch: Pending[]): Promise<void> {
    try {
      const quote = await this.quotes.quote(
        ctx,
        { contractId, lines: batch.map((p) => ({ productId: p.productId, quantity: p.quantity })) },
        { explain: true, hints: true },
      );
      batch.forEach((p, i) => p.resolve(quote.lines[i]));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }
}
