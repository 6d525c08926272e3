import { Inject, Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { Dec } from '../../common/money/decimal';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { priceFor, type PreparedPricing, type PriceTier } from './engine';
import { PricingLoader } from './pricing-loader.service';
import { unitPriceInVatMode } from './vat';

export interface PriceListRow {
  sku: string;
  name: string;
  unit: string;
  /** Per base unit at the minimum order quantity, in the shop's VAT mode; null: no price. */
  price: Dec | null;
  vatRate: Dec | null;
}

export interface PriceList {
  currency: string;
  vatIncluded: boolean;
  /** Batches of rows in SKU order; read them once. */
  batches: AsyncIterable<PriceListRow[]>;
}

const ZERO = new Dec(0);
const BATCH = 10_000;

type ProductTuple = [string, string, string, string, string | null, string | null, string | null, string];
type EntryTuple = [string, string, string, { from: string; price: string }[] | null];

/**
 * A contract's whole price list (every active product, by SKU), priced by the engine's price-only pass
 * (compiled plans, no explanation or hints) — the same prices as the catalog. Read in batches of 10 000
 * products (keyset on the SKU index, their entries by primary key) on one connection, the next batch
 * fetched while the current one is priced, rows as arrays: memory stays flat for 200 000 products.
 */
@Injectable()
export class PriceListService {
  constructor(
    private readonly db: Db,
    private readonly loader: PricingLoader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forContract(ctx: RequestContext, contractId: string): Promise<PriceList> {
    const at = new Date();
    const loaded = await this.loader.load(ctx, contractId, at);
    const withVat = this.config.shopPricesWithVat;
    if (!loaded?.prepared) return { currency: '', vatIncluded: withVat, batches: (async function* () {})() };
    const prepared = loaded.prepared;
    return {
      currency: prepared.baseType.currency,
      vatIncluded: withVat,
      batches: this.batches(prepared, loaded.entryTypeIds, at, withVat),
    };
  }

  private async *batches(
    prepared: PreparedPricing,
    typeIds: string[],
    at: Date,
    withVat: boolean,
  ): AsyncGenerator<PriceListRow[]> {
    const runner = this.db.dataSource.createQueryRunner('slave');
    await runner.connect();
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    const rows = async <T>(text: string, values: unknown[]) =>
      (await client.query<T extends unknown[] ? T : never>({ text, values, rowMode: 'array' })).rows as T[];
    try {
      const paths = new Map(
        (await rows<[string, string[]]>(`SELECT id, path FROM category`, [])).map(([id, path]) => [id, path]),
      );
      const fetch = async (after: string) => {
        const products = await rows<ProductTuple>(
          `SELECT id, sku, name, unit_code, vat_rate::text, brand_id, category_id, min_order_quantity::text
             FROM product WHERE active AND lower(sku) COLLATE "C" > $1 ORDER BY lower(sku) COLLATE "C" LIMIT ${BATCH}`,
          [after],
        );
        const entries = products.length
          ? await rows<EntryTuple>(
              `SELECT product_id, price_type_id, price::text, CASE WHEN tiers = '[]' THEN NULL ELSE tiers END FROM price_entry
                WHERE product_id = ANY($1::uuid[]) AND price_type_id = ANY($2::uuid[]) AND packaging_code = ''`,
              [products.map((p) => p[0]), typeIds],
            )
          : [];
        return { products, entries };
      };
      const quantities = new Map<string, Dec>();
      const rates = new Map<string, Dec>();
      const dec = (text: string) => new Dec(text);
      const noEntries = new Map<string, PriceTier[]>();
      let next = fetch('');
      for (;;) {
        const { products, entries } = await next;
        if (products.length === 0) break;
        const last = products[products.length - 1][1].toLowerCase();
        if (products.length === BATCH) next = fetch(last);
        const byProduct = new Map<string, Map<string, PriceTier[]>>();
        for (const [productId, typeId, price, tiers] of entries) {
          let types = byProduct.get(productId);
          if (!types) byProduct.set(productId, (types = new Map<string, PriceTier[]>()));
          const list: PriceTier[] = [{ minQuantity: ZERO, price: dec(price) }];
          if (tiers) for (const t of tiers) list.push({ minQuantity: dec(t.from), price: dec(t.price) });
          types.set(typeId, list);
        }
        const out: PriceListRow[] = new Array<PriceListRow>(products.length);
        for (let i = 0; i < products.length; i++) {
          const [id, sku, name, unit, vat, brandId, categoryId, minQuantity] = products[i];
          let quantity = quantities.get(minQuantity);
          if (!quantity) quantities.set(minQuantity, (quantity = new Dec(minQuantity)));
          let rate: Dec | null = null;
          if (vat !== null) {
            rate = rates.get(vat) ?? null;
            if (!rate) rates.set(vat, (rate = new Dec(vat)));
          }
          const result = priceFor(
            prepared,
            { id, categoryIds: (categoryId && paths.get(categoryId)) || [], brandId, vatRate: rate ?? ZERO },
            byProduct.get(id) ?? noEntries,
            { quantity, warehouseId: null, at, orderAmount: null },
            { explain: false, hints: false },
          );
          out[i] = {
            sku,
            name,
            unit,
            price:
              result.finalPrice === null
                ? null
                : unitPriceInVatMode(result.finalPrice, rate, result.vatIncluded, withVat),
            vatRate: rate,
          };
        }
        yield out;
        if (products.length < BATCH) break;
      }
    } finally {
      await runner.release();
    }
  }
}
