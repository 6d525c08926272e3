import { Inject, Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { Dec } from '../../common/money/decimal';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import {
  finalPriceFor,
  type PreparedPricing,
  type PriceTier,
  type PricingProduct,
  type ProductPriceEntries,
} from './engine';
import { Exact } from '../../common/money/exact';
import { PricingLoader } from './pricing-loader.service';
import { unitPriceTextInVatMode, vatFactor } from './vat';
import { listEntry } from './entry-list';

export interface PriceListRow {
  sku: string;
  name: string;
  unit: string;
  /** Per base unit at the minimum order quantity, in the shop's VAT mode, as decimal text; null: no price. */
  price: string | null;
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
const BATCH = 2_000;

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
 * their entry lists (price_entry_list) themselves, in the shape their list needs, and ask per product.
 */
export interface BulkPricer {
  currency: string;
  /** Prices are given with VAT when true (SHOP_PRICES_WITH_VAT), as the shop shows them. */
  vatIncluded: boolean;
  /** The next instant a rule in the contract's scope starts or ends (the prices may change then). */
  validUntil: Date | null;
  /**
   * Per base unit at the product's minimum quantity, in the shop's VAT mode, as decimal text (as Dec's
   * toFixed() writes it); null: no price. `entryList`: the product's price_entry_list.list.
   */
  price(product: BulkProduct, entryList: string | null): string | null;
  /** The VAT rate as a Dec (shared objects: price lists repeat a handful of rates). */
  rate(vat: string | null): Dec | null;
}

/**
 * A contract's whole price list (every active product, by SKU) and the bulk pricer behind it and the
 * .xlsx price list. One statement streamed through a cursor in batches of 2 000 products: memory stays
 * flat for 200 000 products.
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
    const keys = new Map(
      (await this.db.query<{ id: string; list_key: number }>(ctx, `SELECT id, list_key FROM price_type`)).map((t) => [
        t.id,
        t.list_key,
      ]),
    );
    const withVat = this.config.shopPricesWithVat;
    const quantities = new Map<string, Dec>();
    const rates = new Map<string, { rate: Dec; addVat: Exact }>();
    const entries = new EntryListTiers(keys);
    const rateOf = (vat: string) => {
      let r = rates.get(vat);
      if (!r) {
        const rate = new Dec(vat);
        rates.set(vat, (r = { rate, addVat: vatFactor(rate) }));
      }
      return r;
    };
    const query = { quantity: ZERO, warehouseId: null, at, orderAmount: null };
    // One product object for the engine, filled per product (the engine keeps none).
    const priced: PricingProduct = { id: '', categoryIds: [], brandId: null, vatRate: ZERO };
    return {
      currency: prepared.baseType.currency,
      vatIncluded: withVat,
      validUntil: nextRuleBoundary(prepared, at),
      rate: (vat) => (vat === null ? null : rateOf(vat).rate),
      price(product, entryList) {
        let quantity = quantities.get(product.minQuantity);
        if (!quantity) quantities.set(product.minQuantity, (quantity = new Dec(product.minQuantity)));
        const vat = product.vatRate === null ? null : rateOf(product.vatRate);
        query.quantity = quantity;
        priced.id = product.id;
        priced.categoryIds = (product.categoryId && paths.get(product.categoryId)) || [];
        priced.brandId = product.brandId;
        priced.vatRate = vat?.rate ?? ZERO;
        const result = finalPriceFor(prepared, priced, entries.of(entryList), query);
        if (result.price === null) return null;
        return unitPriceTextInVatMode(
          result.price,
          vat?.rate ?? null,
          vat?.addVat ?? null,
          result.vatIncluded,
          withVat,
        );
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

  /**
   * One statement on its own connection, read through a cursor in batches of 2 000: the active products
   * in SKU order (the SKU index) with their entry lists (price_entry_list, one lookup per product) —
   * rows leave from the first product on, nothing is sorted or aggregated first. A batch is priced while
   * the next one is read, so PostgreSQL does not wait for the pricing of rows it has sent. A
   * repeatable-read snapshot, so every batch sees the same prices.
   */
  private async *batches(pricer: BulkPricer): AsyncGenerator<PriceListRow[]> {
    const runner = this.db.dataSource.createQueryRunner('slave');
    await runner.connect();
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    let open = false;
    let pending: Promise<ListTuple[]> | null = null;
    try {
      await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`);
      open = true;
      await client.query(
        `DECLARE price_list NO SCROLL CURSOR FOR
          SELECT p.sku, p.name, p.unit_code, p.id, p.vat_rate::text, p.brand_id, p.category_id,
                 p.min_order_quantity::text, l.list
            FROM product p LEFT JOIN price_entry_list l ON l.product_id = p.id
           WHERE p.active ORDER BY lower(p.sku) COLLATE "C"`,
      );
      const product: BulkProduct = { id: '', vatRate: null, brandId: null, categoryId: null, minQuantity: '' };
      const fetch = () => {
        const fetched = client
          .query<ListTuple>({ text: `FETCH ${BATCH} FROM price_list`, rowMode: 'array' })
          .then((r) => r.rows);
        fetched.catch(() => undefined); // awaited below, or dropped when the reader stops early
        return fetched;
      };
      pending = fetch();
      for (;;) {
        const rows: ListTuple[] = await pending;
        pending = rows.length === BATCH ? fetch() : null;
        const out = new Array<PriceListRow>(rows.length);
        for (let i = 0; i < rows.length; i++) {
          const [sku, name, unit, id, vatRate, brandId, categoryId, minQuantity, list] = rows[i];
          product.id = id;
          product.vatRate = vatRate;
          product.brandId = brandId;
          product.categoryId = categoryId;
          product.minQuantity = minQuantity;
          out[i] = { sku, name, unit, price: pricer.price(product, list), vatRate: pricer.rate(vatRate) };
        }
        if (out.length) yield out;
        if (pending === null) break;
      }
    } finally {
      if (open) await pending?.catch(() => undefined);
      if (open) await client.query('ROLLBACK').catch(() => undefined); // read only: nothing to keep
      await runner.release();
    }
  }
}

type ListTuple = [string, string, string, string, string | null, string | null, string | null, string, string | null];

/**
 * One product's entries for the engine at a time (the pricer prices one product after another), each
 * type cut out of the list and converted to decimals only when the engine asks for it — a product has
 * entries of every price type, and its price usually reads one.
 */
class EntryListTiers implements ProductPriceEntries {
  private list = '';
  /** Types asked for this product and their tiers (null: no entry), in the order asked. */
  private readonly askedIds: string[] = [];
  private readonly askedTiers: (ListTier[] | null)[] = [];

  /** `keys`: price type id → list key. */
  constructor(private readonly keys: ReadonlyMap<string, number>) {}

  of(list: string | null): this {
    this.list = list ?? '';
    this.askedIds.length = 0;
    this.askedTiers.length = 0;
    return this;
  }

  get(priceTypeId: string): readonly PriceTier[] | undefined {
    const asked = this.askedIds.indexOf(priceTypeId);
    if (asked >= 0) return this.askedTiers[asked] ?? undefined;
    const key = this.keys.get(priceTypeId);
    const entry = key === undefined ? null : listEntry(this.list, key);
    const tiers = entry && [new ListTier(ZERO, entry.price)];
    for (const t of entry?.tiers ?? []) tiers!.push(new ListTier(new Dec(t.from), t.price));
    this.askedIds.push(priceTypeId);
    this.askedTiers.push(tiers);
    return tiers ?? undefined;
  }
}

/** A tier read from a list: the engine computes with its exact price; the Dec is made only if asked for. */
class ListTier implements PriceTier {
  readonly exact: Exact;
  private dec: Dec | null = null;

  constructor(
    readonly minQuantity: Dec,
    private readonly text: string,
  ) {
    this.exact = Exact.fromText(text);
  }

  get price(): Dec {
    return (this.dec ??= new Dec(this.text));
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
