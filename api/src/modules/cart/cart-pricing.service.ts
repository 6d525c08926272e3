import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Dec } from '../../common/money/decimal';
import { PriceQuoteService, QuoteLineStatus, type Quote } from '../pricing/price-quote.service';
import { PricingLoader, type LoadedPricing } from '../pricing/pricing-loader.service';
import type { ProductRow } from '../pricing/pricing-rows';

export interface LinePriceQuote {
  /** Per line unit: per package when the line is in a packaging, else per base unit. */
  price: Dec;
  vatIncluded: boolean;
  vatRate: Dec | null;
  currency: string;
}

export interface PriceRequestLine {
  key: string;
  productId: string;
  /** In the line's unit. */
  quantity: Dec;
  /** Packaging code; null = base unit. */
  unit: string | null;
  warehouseId?: string | null;
}

/** A contract prepared for pricing, and the price types whose entries to read with the products. */
export interface PreparedPricing {
  contractId: string;
  at: Date;
  loaded: LoadedPricing;
  typeIds: string[];
}

/** Products read with their price entries (entriesColumn) under a prepared contract: pricing needs no read. */
export interface PricedProducts {
  pricing: PreparedPricing;
  products: ReadonlyMap<string, ProductRow>;
}

/**
 * Personal prices of cart and order lines for a contract through the pricing module's quote service
 * (two statements for any number of lines). With `twoPass`, lines are priced once to know the order
 * amount and, when rules with a minimum order amount are in scope, again with it (from the same read),
 * so those rules apply as they will at placement. With products already read (`read`, see prepare), no
 * statement at all.
 */
@Injectable()
export class CartPricingService {
  constructor(
    private readonly quotes: PriceQuoteService,
    private readonly loader: PricingLoader,
  ) {}

  /**
   * The contract prepared for pricing products a caller reads itself (with entriesColumn of `typeIds`),
   * or null when nothing can be priced (no base price type) or the contract does not exist.
   */
  async prepare(ctx: RequestContext, contractId: string): Promise<PreparedPricing | null> {
    const at = new Date();
    const loaded = await this.loader.load(ctx, contractId, at);
    if (loaded === null || loaded.prepared === null) return null;
    return { contractId, at, loaded, typeIds: loaded.entryTypeIds };
  }

  async quote(
    ctx: RequestContext,
    contractId: string,
    lines: readonly PriceRequestLine[],
    options: { twoPass?: boolean; orderAmount?: Dec | null; read?: PricedProducts | null } = {},
  ): Promise<Map<string, LinePriceQuote | null>> {
    if (!lines.length) return new Map();
    const input = lines.map((l) => ({
      productId: l.productId,
      quantity: l.quantity,
      unit: l.unit,
      warehouseId: l.warehouseId ?? null,
    }));
    const quoteInput = { contractId, lines: input, orderAmount: options.orderAmount ?? null };
    const read = options.read?.pricing.contractId === contractId && !options.twoPass ? options.read : null;
    const quote: Quote = read
      ? this.quotes.quoteRows(read.pricing.loaded, read.pricing.at, [...read.products.values()], quoteInput, {
          explain: false,
        })
      : options.twoPass
        ? await this.quotes.quoteForOrder(ctx, quoteInput, { explain: false }, (first) =>
            first.lines.reduce((sum, l) => sum.plus(l.vat?.gross ?? 0), new Dec(0)),
          )
        : await this.quotes.quote(ctx, quoteInput, { explain: false });
    return new Map(
      quote.lines.map((q) => [
        lines[q.index].key,
        q.status === QuoteLineStatus.PRICED && q.unitPrice && q.vat
          ? { price: q.unitPrice, vatIncluded: q.vat.included, vatRate: q.vat.rate, currency: q.currency ?? 'RUB' }
          : null,
      ]),
    );
  }
}
