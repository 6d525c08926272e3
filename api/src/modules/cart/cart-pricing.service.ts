import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Dec } from '../../common/money/decimal';
import { PriceQuoteService, QuoteLineStatus } from '../pricing/price-quote.service';

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

/**
 * Personal prices of cart and order lines for a contract through the pricing module's quote service
 * (two statements for any number of lines). With `twoPass`, lines are priced once to know the order
 * amount and, when rules with a minimum order amount are in scope, again with it (from the same read),
 * so those rules apply as they will at placement.
 */
@Injectable()
export class CartPricingService {
  constructor(private readonly quotes: PriceQuoteService) {}

  async quote(
    ctx: RequestContext,
    contractId: string,
    lines: readonly PriceRequestLine[],
    options: { twoPass?: boolean; orderAmount?: Dec | null } = {},
  ): Promise<Map<string, LinePriceQuote | null>> {
    if (!lines.length) return new Map();
    const input = lines.map((l) => ({
      productId: l.productId,
      quantity: l.quantity,
      unit: l.unit,
      warehouseId: l.warehouseId ?? null,
    }));
    const quoteInput = { contractId, lines: input, orderAmount: options.orderAmount ?? null };
    const quote = options.twoPass
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
