import { Inject, Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Dec } from '../../common/money/decimal';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PriceQuoteService, QuoteLineStatus, type QuotedLine } from './price-quote.service';
import type { PackagingPriceType, PriceExplanationType, ProductPriceType } from './pricing.shop.types';
import { unitPriceInVatMode } from './vat';

interface Pending {
  productId: string;
  quantity: Dec;
  resolve: (line: QuotedLine | null) => void;
  reject: (error: unknown) => void;
}

/** The rows of one GraphQL request waiting for prices, by whether they need the explanation. */
interface Batches {
  plain: Pending[] | null;
  explained: Pending[] | null;
}

const batchesByRequest = new WeakMap<RequestContext, Batches>();

/**
 * Personal prices of catalog rows and cards for the buyer's active contract. Field resolvers ask per
 * row; the asks of one request are collected and priced in one quote (two SQL statements for a page of
 * any size), like a DataLoader. A buyer without a valid contract gets no prices.
 */
@Injectable()
export class CatalogPriceService {
  constructor(
    private readonly quotes: PriceQuoteService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async price(ctx: RequestContext, productId: string, quantity: Dec): Promise<ProductPriceType | null> {
    const line = await this.line(ctx, productId, quantity, false);
    if (line === null || line.status !== QuoteLineStatus.PRICED || line.baseUnitPrice === null) return null;
    const view = line.explanation;
    const rate = line.vat?.rate ?? null;
    const included = line.vat?.included ?? true;
    const withVat = this.config.shopPricesWithVat;
    const inMode = (p: Dec) => unitPriceInVatMode(p, rate, included, withVat);
    return {
      price: inMode(line.baseUnitPrice),
      priceWithVat: unitPriceInVatMode(line.baseUnitPrice, rate, included, true),
      priceWithoutVat: unitPriceInVatMode(line.baseUnitPrice, rate, included, false),
      currency: line.currency ?? '',
      vatIncluded: withVat,
      vatRate: rate,
      quantity: line.baseQuantity,
      priceTypeName: view?.priceTypeName ?? '',
      personal: view?.basePrice == null || !view.basePrice.eq(line.baseUnitPrice),
      hints: (view?.hints ?? []).map((h) => ({ fromQuantity: h.fromQuantity, price: inMode(h.price) })),
    };
  }

  async explanation(ctx: RequestContext, productId: string, quantity: Dec): Promise<PriceExplanationType | null> {
    const line = await this.line(ctx, productId, quantity, true);
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

  private line(ctx: RequestContext, productId: string, quantity: Dec, explained: boolean): Promise<QuotedLine | null> {
    const contractId = ctx.buyer.contractId;
    if (contractId === null) return Promise.resolve(null);
    let batches = batchesByRequest.get(ctx);
    if (!batches) {
      batches = { plain: null, explained: null };
      batchesByRequest.set(ctx, batches);
    }
    const key = explained ? 'explained' : 'plain';
    let batch = batches[key];
    if (batch === null) {
      const fresh: Pending[] = [];
      batch = batches[key] = fresh;
      // After the resolvers of this tick have asked (GraphQL resolves a list's fields together).
      void Promise.resolve().then(() =>
        process.nextTick(() => {
          batches[key] = null;
          void this.flush(ctx, contractId, fresh, explained);
        }),
      );
    }
    return new Promise((resolve, reject) => batch.push({ productId, quantity, resolve, reject }));
  }

  private async flush(ctx: RequestContext, contractId: string, batch: Pending[], explained: boolean): Promise<void> {
    try {
      const quote = await this.quotes.quote(
        ctx,
        { contractId, lines: batch.map((p) => ({ productId: p.productId, quantity: p.quantity })) },
        { explain: explained, hints: true },
      );
      batch.forEach((p, i) => p.resolve(quote.lines[i]));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }
}
