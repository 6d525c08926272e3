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
  /** The next instant a rule in the contract's scope starts or ends (the prices may change then). */
  validUntil: Date | null;
}

const ZERO = new Dec(0);
const BATCH = 10_000;

type ProductTuple = [string, string, string, string, string | null, string | null, string | null, string];
/** A price entry of the base unit: type id, price, higher tiers (null if none). */
export type EntryTuple = [string, string, { from: string; price: string }[] | null];

/** What the bulk pricer needs of a product (price lists read it with their own columns). */
export interface BulkProduct {
  id: string;
  /** null: not subject to VAT. */
  vatRate: string | null;
  brandId: string | null;
  categoryId: string | null;
  /** Priced at this quantity of the base unit (the product's minimum order quantity). */
  minQuantity: string;
}

/**
 * One contract's prices for many products at once: the engine's price-only pass (compiled plans, no
 * explanation or hints) — the same prices as the catalog and the cart. Callers read the products and
 * their base-unit entries of `typeIds` themselves (in the shape their list needs) and ask per product.
 */
export interface BulkPricer {
  currency: string;
  /** Prices are given with VAT when true (SHOP_PRICES_WITH_VAT), as the shop shows them. */
  vatIncluded: boolean;
  /** The price types whose entries pricing reads. */
  typeIds: string[];
  /** The next instant a rule in the contract's scope starts or ends (the prices may change then). */
  validUntil: Date | null;
  /** Per base unit at the product's minimum quantity, in the shop's VAT mode; null: no price. */
  price(product: BulkProduct, entries: readonly EntryTuple[] | null): Dec | null;
  /** The VAT rate as a Dec (shared objects: price lists repeat a handful of rates). */
  rate(vat: string | null): Dec | null;
}

/**
 * A contract's whole price list (every active product, by SKU) and the bulk pricer behind it and the
 * .xlsx price list. Read in batches of 10 000 products (keyset on the SKU index, their entries by
 * primary key) on one connection, the next batch fetched while the current one is priced, rows as
 * arrays: memory stays flat for 200 000 products.
 */
@Injectable()
export class PriceListService {
  constructor(
    private readonly db: Db,
    private readonly loader: PricingLoader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** null when the contract does not exist or has no base price type (nothing can be priced). */
  async pricer(ctx: RequestContext, contractId: string): Promise<BulkPricer | null> {
    const at = new Date();
    const loaded = await this.loader.load(ctx, contractId, at);
    if (!loaded?.prepared) return null;
    const prepared = loaded.prepared;
    const paths = new Map(
      (await this.db.query<{ id: string; path: string[] }>(ctx, `SELECT id, path FROM category`)).map((c) => [
        c.id,
        c.path,
      ]),
    );
    const withVat = this.config.shopPricesWithVat;
    const quantities = new Map<string, Dec>();
    const rates = new Map<string, Dec>();
    const noEntries = new Map<string, PriceTier[]>();
    const rate = (vat: string | null): Dec | null => {
      if (vat === null) return null;
      let r = rates.get(vat);
      if (!r) rates.set(vat, (r = new Dec(vat)));
      return r;
    };
    const query = { quantity: ZERO, warehouseId: null, at, orderAmount: null };
    return {
      currency: prepared.baseType.currency,
      vatIncluded: withVat,
      typeIds: loaded.entryTypeIds,
      validUntil: nextRuleBoundary(prepared, at),
      rate,
      price(product, entries) {
        let byType = noEntries;
        if (entries && entries.length) {
          byType = new Map<string, PriceTier[]>();
          for (const [typeId, price, tiers] of entries) {
            const list: PriceTier[] = [{ minQuantity: ZERO, price: new Dec(price) }];
            if (tiers) for (const t of tiers) list.push({ minQuantity: new Dec(t.from), price: new Dec(t.price) });
            byType.set(typeId, list);
          }
        }
        let quantity = quantities.get(product.minQuantity);
        if (!quantity) quantities.set(product.minQuantity, (quantity = new Dec(product.minQuantity)));
        const vat = rate(product.vatRate);
        query.quantity = quantity;
        const result = priceFor(
          prepared,
          {
            id: product.id,
            categoryIds: (product.categoryId && paths.get(product.categoryId)) || [],
            brandId: product.brandId,
            vatRate: vat ?? ZERO,
          },
          byType,
          query,
          { explain: false, hints: false },
        );
        return result.finalPrice === null
          ? null
          : unitPriceInVatMode(result.finalPrice, vat, result.vatIncluded, withVat);
      },
    };
  }

  async forContract(ctx: RequestContext, contractId: string): Promise<PriceList> {
    const pricer = await this.pricer(ctx, contractId);
    if (!pricer) {
      const vatIncluded = this.config.shopPricesWithVat;
      return { currency: '', vatIncluded, batches: (async function* () {})(), validUntil: null };
    }
    return {
      currency: pricer.currency,
      vatIncluded: pricer.vatIncluded,
      batches: this.batches(pricer),
      validUntil: pricer.validUntil,
    };
  }

  private async *batches(pricer: BulkPricer): AsyncGenerator<PriceListRow[]> {
    const runner = this.db.dataSource.createQueryRunner('slave');
    await runner.connect();
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    const rows = async <T>(text: string, values: unknown[]) =>
      (await client.query<T extends unknown[] ? T : never>({ text, values, rowMode: 'array' })).rows as T[];
    try {
      const fetch = async (after: string) => {
        const products = await rows<ProductTuple>(
          `SELECT id, sku, name, unit_code, vat_rate::text, brand_id, category_id, min_order_quantity::text
             FROM product WHERE active AND lower(sku) COLLATE "C" > $1 ORDER BY lower(sku) COLLATE "C" LIMIT ${BATCH}`,
          [after],
        );
        const entries = products.length
          ? await rows<[string, ...EntryTuple]>(
              `SELECT product_id, price_type_id, price::text, CASE WHEN tiers = '[]' THEN NULL ELSE tiers END FROM price_entry
                WHERE product_id = ANY($1::uuid[]) AND price_type_id = ANY($2::uuid[]) AND packaging_code = ''`,
              [products.map((p) => p[0]), pricer.typeIds],
            )
          : [];
        return { products, entries };
      };
      let next = fetch('');
      for (;;) {
        const { products, entries } = await next;
        if (products.length === 0) break;
        const last = products[products.length - 1][1].toLowerCase();
        if (products.length === BATCH) next = fetch(last);
        const byProduct = new Map<string, EntryTuple[]>();
        for (const [productId, typeId, price, tiers] of entries) {
          const list = byProduct.get(productId);
          if (list) list.push([typeId, price, tiers]);
          else byProduct.set(productId, [[typeId, price, tiers]]);
        }
        const out: PriceListRow[] = new Array<PriceListRow>(products.length);
        for (let i = 0; i < products.length; i++) {
          const [id, sku, name, unit, vatRate, brandId, categoryId, minQuantity] = products[i];
          const product = { id, vatRate, brandId, categoryId, minQuantity };
          out[i] = {
            sku,
            name,
            unit,
            price: pricer.price(product, byProduct.get(id) ?? null),
            vatRate: pricer.rate(vatRate),
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

/** The first instant after `at` at which a rule in scope starts or ends; null if none does. */
export function nextRuleBoundary(prepared: PreparedPricing, at: Date): Date | null {
  let next: number | null = null;
  for (const { rule } of prepared.rules) {
    for (const d of [rule.conditions.validFrom, rule.conditions.validTo]) {
      const t = d?.getTime();
      if (t !== undefined && t > at.getTime() && (next === null || t < next)) next = t;
    }
  }
  return next === null ? null : new Date(next);
}
