import { Inject, Injectable } from '@nestjs/common';
import { priceListColumns, priceListHeaders, type PriceListLocale } from '@wholesail/shared';
import type { Writable } from 'node:stream';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { UserInputError } from '../../common/errors/domain-errors';
import { assertBuyerMay } from '../companies/access-policy';
import { CatalogQueryRepository } from '../catalog/catalog-query.repository';
import type { CatalogFilterInput } from '../catalog/catalog.inputs';
import { availableSql, STALE_CTE } from '../inventory/availability.sql';
import { PriceListService, type BulkPricer } from '../pricing/price-list.service';
import { startPriceListSheet, type CellValue } from './xlsx-writer';

const BATCH = 2000;

/** A product row: position in the batch (1-based), id, sku, name, unit, order step, minimum quantity, VAT rate, brand, category. */
type ProductTuple = [
  number,
  string,
  string,
  string,
  string,
  string,
  string,
  string | null,
  string | null,
  string | null,
];

/**
 * One batch, by the product's position in it: compact, so that what outlives a few young-generation
 * collections (the batch being written, the one read ahead) is small — not hundreds of thousands of
 * row arrays and id strings for the old generation to collect.
 */
interface Batch {
  products: ProductTuple[];
  packaging: (string | undefined)[];
  /** Available at the warehouse columns: `stock[(position - 1) * warehouses + column]`. */
  stock: Float64Array;
  /** Available at all warehouses (the total column). */
  total: Float64Array;
  nextIncoming: (string | undefined)[];
  /** price_entry_list.list per product. */
  entries: (string | undefined)[];
}

export interface PriceListHead {
  fileName: string;
  ids: string[];
  title: string[];
  warehouses: { id: string; name: string }[];
}

/**
 * The buyer's personal price list as .xlsx: the whole catalog or the current category, filters and
 * search, with personal prices, stock per warehouse, next incoming date and an empty Quantity column.
 * Streamed in batches of 2 000 products (five set-based reads per batch in parallel: products,
 * packagings, stock, next supplies, entry lists; the next batch is read while this one is written), priced by the bulk pricer of the CSV
 * price list (the engine's price-only pass, prices in the shop's VAT mode), so memory stays flat
 * whatever the size and the first bytes leave at once.
 */
@Injectable()
export class PriceListExportService {
  constructor(
    private readonly db: Db,
    private readonly catalog: CatalogQueryRepository,
    private readonly priceLists: PriceListService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Everything decided before the first byte: the products, the title and the warehouse columns. */
  async prepare(ctx: RequestContext, filter: CatalogFilterInput, locale: PriceListLocale): Promise<PriceListHead> {
    assertBuyerMay(ctx, 'catalog.view');
    const buyer = ctx.buyer;
    const max = this.config.priceListMaxRows;
    const ids = await this.catalog.matchingIds(ctx, filter, max);
    if (ids.length > max) {
      throw new UserInputError('filter', `filter: more than ${max} products; choose a category or filters`);
    }
    const [head] = await this.db.query<{ company: string; le: string; contract: string | null; today: string }>(
      ctx,
      `SELECT c.name AS company, le.name AS le, k.number AS contract, to_char(now(), 'YYYY-MM-DD') AS today
         FROM company c JOIN legal_entity le ON le.id = $2 LEFT JOIN contract k ON k.id = $3 WHERE c.id = $1`,
      [buyer.companyId, buyer.legalEntityId, buyer.contractId],
    );
    const warehouses = await this.db.query<{ id: string; name: string }>(
      ctx,
      `SELECT id, name FROM warehouse WHERE active ORDER BY position, code`,
    );
    const ru = locale === 'ru';
    return {
      fileName: `price-list-${head.today}.xlsx`,
      ids,
      warehouses,
      title: [
        `${ru ? 'Прайс-лист' : 'Price list'}: ${head.le}`,
        `${ru ? 'Договор' : 'Contract'}: ${head.contract ?? '—'} · ${head.today} · ${ids.length} ${ru ? 'товаров' : 'products'}`,
      ],
    };
  }

  async write(ctx: RequestContext, head: PriceListHead, locale: PriceListLocale, out: Writable): Promise<void> {
    const columns = priceListColumns(head.warehouses);
    const sheet = startPriceListSheet(out, {
      sheetName: locale === 'ru' ? 'Прайс-лист' : 'Price list',
      title: head.title,
      columns,
      headers: priceListHeaders(columns, locale),
    });
    let closed = false;
    out.once('close', () => (closed = true));
    try {
      const contractId = ctx.buyer.contractId;
      const pricer = contractId ? await this.priceLists.pricer(ctx, contractId) : null;
      const warehouseIds = head.warehouses.map((w) => w.id);
      const fetch = (i: number) => this.batch(ctx, head.ids.slice(i, i + BATCH), warehouseIds, pricer);
      const keys = columns.map((c) => c.key);
      const warehouseOf = columns.map((c) => (c.warehouseId ? warehouseIds.indexOf(c.warehouseId) : -1));
      const W = warehouseIds.length;
      const values: CellValue[] = new Array<CellValue>(columns.length).fill(null);
      let next = head.ids.length ? fetch(0) : null;
      for (let i = 0; next !== null && !closed; i += BATCH) {
        const batch = await next;
        next = i + BATCH < head.ids.length ? fetch(i + BATCH) : null;
        for (const p of batch.products) {
          const [position, id, sku, name, unit, step, min, vatRate, brandId, categoryId] = p;
          const at = position - 1;
          const price = pricer
            ? pricer.price({ id, vatRate, brandId, categoryId, minQuantity: min }, batch.entries[at] ?? null)
            : null;
          const incoming = batch.nextIncoming[at];
          for (let c = 0; c < keys.length; c++) {
            switch (keys[c]) {
              case 'sku':
                values[c] = sku;
                break;
              case 'name':
                values[c] = name;
                break;
              case 'unit':
                values[c] = unit;
                break;
              case 'packaging':
                values[c] = batch.packaging[at] ?? null;
                break;
              case 'multiplicity':
                values[c] = Number(step);
                break;
              case 'minQuantity':
                values[c] = Number(min);
                break;
              case 'price':
                values[c] = price === null ? null : Number(price);
                break;
              case 'vatRate':
                values[c] = vatRate === null ? null : Number(vatRate) / 100;
                break;
              case 'stockTotal':
                // Spreadsheet cells are doubles anyway: plain numbers here, no Decimal per cell.
                values[c] = batch.total[at];
                break;
              case 'warehouseStock':
                values[c] = batch.stock[at * W + warehouseOf[c]];
                break;
              case 'nextIncomingDate':
                values[c] = incoming ? new Date(`${incoming}T00:00:00Z`) : null;
                break;
              case 'quantity':
                values[c] = null;
                break;
            }
          }
          // The writer has encoded the values when this returns: the array is reused for the next row.
          await sheet.row(values);
        }
      }
      // A batch read ahead for a client that left is still awaited: its connection goes back to the pool.
      await next?.catch(() => undefined);
      if (closed) sheet.abort();
      else await sheet.finish();
    } catch (e) {
      sheet.abort();
      throw e;
    }
  }

  /**
   * One batch: five set-based reads in parallel on the pool (products in the given order, packagings,
   * stock, next supplies, price entry lists), each row put in its place by the product's position as it
   * arrives (no result arrays kept): stock as numbers per warehouse column. Each read filters by
   * `= ANY(ids)` (joining the ids' unnest instead gives plans that flip with the batch size). Per-product subqueries cost far more, and so does
   * aggregating stock and entries to JSON.
   */
  private async batch(
    ctx: RequestContext,
    ids: string[],
    warehouseIds: string[],
    pricer: BulkPricer | null,
  ): Promise<Batch> {
    const n = ids.length;
    const W = warehouseIds.length;
    const batch: Batch = {
      products: [],
      packaging: new Array<string | undefined>(n),
      stock: new Float64Array(n * W),
      total: new Float64Array(n),
      nextIncoming: new Array<string | undefined>(n),
      entries: new Array<string | undefined>(n),
    };
    const at = new Map<string, number>();
    for (let i = 0; i < n; i++) at.set(ids[i], i);
    // The ids as one array literal for all five reads: pg would build (and escape) it per read, element
    // by element — a tenth of what an export allocates. UUIDs need no quoting.
    const idList = `{${ids.join(',')}}`;
    await this.db.all<[void, void, void, void, void]>(ctx, [
      () =>
        this.db.eachRow<ProductTuple>(
          ctx,
          `SELECT x.n::int, p.id, p.sku, p.name, u.short_name, p.order_step::text, p.min_order_quantity::text,
                  p.vat_rate::text, p.brand_id, p.category_id
             FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n) JOIN product p ON p.id = x.id JOIN unit u ON u.code = p.unit_code
            ORDER BY x.n`,
          [idList],
          (row) => batch.products.push(row),
        ),
      () =>
        this.db.eachRow<[string, string]>(
          ctx,
          `SELECT k.product_id,
                  string_agg(k.name || ' = ' || trim_scale(k.factor)::text || ' ' || u.short_name, '; ' ORDER BY k.position)
             FROM product_packaging k JOIN product p ON p.id = k.product_id JOIN unit u ON u.code = p.unit_code
            WHERE k.product_id = ANY($1::uuid[]) AND p.id = ANY($1::uuid[])
            GROUP BY k.product_id`,
          [idList],
          ([id, packaging]) => (batch.packaging[at.get(id)!] = packaging),
        ),
      () =>
        // The warehouse as its column (null: not a column, e.g. inactive), the quantity as a double.
        this.db.eachRow<[string, number | null, number]>(
          ctx,
          `WITH ${STALE_CTE}
           SELECT s.product_id, array_position($2::uuid[], s.warehouse_id), ${availableSql()}::float8
             FROM stock_level s LEFT JOIN stale st ON st.product_id = s.product_id AND st.warehouse_id = s.warehouse_id
            WHERE s.product_id = ANY($1::uuid[])`,
          [idList, warehouseIds],
          ([id, column, available]) => {
            const i = at.get(id)!;
            batch.total[i] += available;
            if (column !== null) batch.stock[i * W + column - 1] = available;
          },
        ),
      () =>
        this.db.eachRow<[string, string]>(
          ctx,
          `SELECT product_id, to_char(min(expected_at), 'YYYY-MM-DD')
             FROM incoming_supply
            WHERE product_id = ANY($1::uuid[]) AND status IN ('EXPECTED', 'IN_TRANSIT')
            GROUP BY product_id`,
          [idList],
          ([id, date]) => (batch.nextIncoming[at.get(id)!] = date),
        ),
      () =>
        pricer
          ? this.db.eachRow<[string, string]>(
              ctx,
              `SELECT product_id, list FROM price_entry_list WHERE product_id = ANY($1::uuid[]) AND list IS NOT NULL`,
              [idList],
              ([id, list]) => (batch.entries[at.get(id)!] = list),
            )
          : Promise.resolve(),
    ]);
    return batch;
  }
}
