import { Inject, Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { Dec } from '../../common/money/decimal';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { finalPriceFor, type PreparedPricing, type PriceTier, type ProductPriceEntries } from './engine';
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
    const entries = new EntryTiers();
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
      price(product, tuples) {
        let quantity = quantities.get(product.minQuantity);
        if (!quantity) quantities.set(product.minQuantity, (quantity = new Dec(product.minQuantity)));
        const vat = rate(product.vatRate);
        query.quantity = quantity;
        const result = finalPriceFor(
          prepared,
          {
            id: product.id,
            categoryIds: (product.categoryId && paths.get(product.categoryId)) || [],
            brandId: product.brandId,
            vatRate: vat ?? ZERO,
          },
          entries.of(tuples),
          query,
        );
        return result.price === null ? null : unitPriceInVatMode(result.price, vat, result.vatIncluded, withVat);
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
   * One statement on its own connection, read through a cursor in batches (the next fetched while the
   * current one is priced): the products with their base-unit entries aggregated per product — scans,
   * one hash aggregate and one sort, which PostgreSQL does several times faster than looking products
   * up by SKU and entries by product batch after batch. A repeatable-read snapshot, so every batch sees
   * the same prices; `work_mem` is raised for this statement so the aggregate and the sort stay in memory.
   */
  private async *batches(pricer: BulkPricer): AsyncGenerator<PriceListRow[]> {
    const runner = this.db.dataSource.createQueryRunner('slave');
    await runner.connect();
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    let open = false;
    let pending: Promise<ListTuple[]> | null = null;
    try {
      await client.query(
        `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;
         SET LOCAL work_mem = '${LIST_WORK_MEM}'; SET LOCAL max_parallel_workers_per_gather = 0`,
      );
      open = true;
      await client.query({
        text: `DECLARE price_list NO SCROLL CURSOR FOR
          SELECT p.sku, p.name, p.unit_code, p.id, p.vat_rate::text, p.brand_id, p.category_id,
                 p.min_order_quantity::text, e.list
            FROM product p LEFT JOIN (
                 SELECT product_id, ${ENTRY_LIST} AS list FROM price_entry
                  WHERE price_type_id = ANY($1::uuid[]) AND packaging_code = '' GROUP BY product_id) e
              ON e.product_id = p.id
           WHERE p.active ORDER BY lower(p.sku) COLLATE "C"`,
        values: [pricer.typeIds],
      });
      const fetch = () => {
        const fetched = client
          .query<ListTuple>({ text: `FETCH ${BATCH} FROM price_list`, rowMode: 'array' })
          .then((r) => r.rows);
        fetched.catch(() => undefined); // awaited below, or dropped when the reader stops early
        return fetched;
      };
      pending = fetch();
      for (;;) {
        const products: ListTuple[] = await pending;
        pending = products.length === BATCH ? fetch() : null;
        const out: PriceListRow[] = new Array<PriceListRow>(products.length);
        for (let i = 0; i < products.length; i++) {
          const [sku, name, unit, id, vatRate, brandId, categoryId, minQuantity, list] = products[i];
          out[i] = {
            sku,
            name,
            unit,
            price: pricer.price({ id, vatRate, brandId, categoryId, minQuantity }, entryTuples(list, pricer.typeIds)),
            vatRate: pricer.rate(vatRate),
          };
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

/** Per product: `index of the type in typeIds (from 1)␠price[␠tiers JSON]`, joined by `;`. */
const ENTRY_LIST = `string_agg(array_position($1::uuid[], price_type_id)::text || ' ' || price::text
                     || CASE WHEN tiers = '[]' THEN '' ELSE ' ' || tiers::text END, ';')`;

/** Memory for the list statement's aggregate and sort (a 200 000-product list needs ≈ 40 MB). */
const LIST_WORK_MEM = '64MB';

type ListTuple = [string, string, string, string, string | null, string | null, string | null, string, string | null];

/** The entries of ENTRY_LIST as the pricer takes them. */
export function entryTuples(list: string | null, typeIds: readonly string[]): EntryTuple[] | null {
  if (list === null) return null;
  const out: EntryTuple[] = [];
  for (const entry of list.split(';')) {
    const space = entry.indexOf(' ');
    const tiersAt = entry.indexOf(' ', space + 1);
    const typeId = typeIds[Number(entry.slice(0, space)) - 1];
    if (tiersAt < 0) out.push([typeId, entry.slice(space + 1), null]);
    else out.push([typeId, entry.slice(space + 1, tiersAt), JSON.parse(entry.slice(tiersAt + 1)) as EntryTuple[2]]);
  }
  return out;
}

/**
 * One product's entries for the engine at a time (the pricer prices one product after another), each
 * type's tiers converted to decimals only when the engine asks for them — a list's product usually has
 * entries of several types the contract's rules might use, and its price reads one.
 */
class EntryTiers implements ProductPriceEntries {
  private tuples: readonly EntryTuple[] = [];
  private readonly converted = new Map<string, PriceTier[]>();

  of(tuples: readonly EntryTuple[] | null): this {
    this.tuples = tuples ?? [];
    this.converted.clear();
    return this;
  }

  get(priceTypeId: string): readonly PriceTier[] | undefined {
    let tiers = this.converted.get(priceTypeId);
    if (tiers) return tiers;
    const tuple = this.tuples.find((t) => t[0] === priceTypeId);
    if (!tuple) return undefined;
    tiers = [{ minQuantity: ZERO, price: new Dec(tuple[1]) }];
    for (const t of tuple[2] ?? []) tiers.push({ minQuantity: new Dec(t.from), price: new Dec(t.price) });
    this.converted.set(priceTypeId, tiers);
    return tiers;
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
