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
import { PriceListService, type BulkPricer, type EntryTuple } from '../pricing/price-list.service';
import { startPriceListSheet, type CellValue } from './xlsx-writer';

const BATCH = 5000;

interface ExportRow {
  id: string;
  sku: string;
  name: string;
  unit: string;
  packaging: string | null;
  step: string;
  min: string;
  vat_rate: string | null;
  brand_id: string | null;
  category_id: string | null;
  stock: Record<string, string> | null;
  next_incoming: string | null;
  /** Base-unit entries of the pricer's price types. */
  entries: EntryTuple[] | null;
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
 * Streamed in batches of 5 000 products (five set-based reads per batch in parallel: products,
 * packagings, stock, next supplies, price entries; the next batch is read while this one is written), priced by the bulk pricer of the CSV
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
      const fetch = (i: number) => this.rows(ctx, head.ids.slice(i, i + BATCH), pricer);
      let next = head.ids.length ? fetch(0) : null;
      for (let i = 0; next !== null && !closed; i += BATCH) {
        const rows = await next;
        next = i + BATCH < head.ids.length ? fetch(i + BATCH) : null;
        for (const r of rows) {
          const price = pricer ? pricer.price(this.bulkProduct(r), r.entries) : null;
          const stock = r.stock ?? {};
          // Spreadsheet cells are doubles anyway: plain numbers here, no Decimal per cell.
          let total = 0;
          for (const v of Object.values(stock)) total += Number(v);
          const values: CellValue[] = columns.map((c) => {
            switch (c.key) {
              case 'sku':
                return r.sku;
              case 'name':
                return r.name;
              case 'unit':
                return r.unit;
              case 'packaging':
                return r.packaging;
              case 'multiplicity':
                return Number(r.step);
              case 'minQuantity':
                return Number(r.min);
              case 'price':
                return price === null ? null : Number(price.toFixed(4));
              case 'vatRate':
                return r.vat_rate === null ? null : Number(r.vat_rate) / 100;
              case 'stockTotal':
                return total;
              case 'warehouseStock':
                return Number(stock[c.warehouseId!] ?? 0);
              case 'nextIncomingDate':
                return r.next_incoming ? new Date(`${r.next_incoming}T00:00:00Z`) : null;
              case 'quantity':
                return null;
            }
          });
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

  private bulkProduct(r: ExportRow) {
    return { id: r.id, vatRate: r.vat_rate, brandId: r.brand_id, categoryId: r.category_id, minQuantity: r.min };
  }

  /**
   * One batch: five set-based reads in parallel on the pool (products in the given order, packagings,
   * stock, next supplies, price entries), joined here — per-product subqueries cost far more.
   */
  private async rows(ctx: RequestContext, ids: string[], pricer: BulkPricer | null): Promise<ExportRow[]> {
    type Product = Omit<ExportRow, 'packaging' | 'stock' | 'next_incoming' | 'entries'>;
    const [products, packagings, stock, supplies, entries] = await this.db.all<
      [
        Product[],
        { product_id: string; packaging: string }[],
        { product_id: string; warehouse_id: string; available: string }[],
        { product_id: string; next_incoming: string }[],
        { product_id: string; price_type_id: string; price: string; tiers: EntryTuple[2] }[],
      ]
    >(ctx, [
      () =>
        this.db.query<Product>(
          ctx,
          `SELECT p.id, p.sku, p.name, u.short_name AS unit, p.order_step::text AS step,
                  p.min_order_quantity::text AS min, p.vat_rate::text AS vat_rate, p.brand_id, p.category_id
             FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n)
             JOIN product p ON p.id = x.id JOIN unit u ON u.code = p.unit_code
            ORDER BY x.n`,
          [ids],
        ),
      () =>
        this.db.query(
          ctx,
          `SELECT k.product_id,
                  string_agg(k.name || ' = ' || trim_scale(k.factor)::text || ' ' || u.short_name, '; ' ORDER BY k.position) AS packaging
             FROM product_packaging k JOIN product p ON p.id = k.product_id JOIN unit u ON u.code = p.unit_code
            WHERE k.product_id = ANY($1::uuid[])
            GROUP BY k.product_id`,
          [ids],
        ),
      () =>
        this.db.query(
          ctx,
          `WITH ${STALE_CTE}
           SELECT s.product_id, s.warehouse_id, ${availableSql()}::text AS available
             FROM stock_level s LEFT JOIN stale st ON st.product_id = s.product_id AND st.warehouse_id = s.warehouse_id
            WHERE s.product_id = ANY($1::uuid[])`,
          [ids],
        ),
      () =>
        this.db.query(
          ctx,
          `SELECT product_id, to_char(min(expected_at), 'YYYY-MM-DD') AS next_incoming
             FROM incoming_supply
            WHERE product_id = ANY($1::uuid[]) AND status IN ('EXPECTED', 'IN_TRANSIT')
            GROUP BY product_id`,
          [ids],
        ),
      () =>
        pricer
          ? this.db.query(
              ctx,
              `SELECT product_id, price_type_id, price::text AS price, CASE WHEN tiers = '[]' THEN NULL ELSE tiers END AS tiers
                 FROM price_entry
                WHERE product_id = ANY($1::uuid[]) AND price_type_id = ANY($2::uuid[]) AND packaging_code = ''`,
              [ids, pricer.typeIds],
            )
          : Promise.resolve([]),
    ]);
    const packagingOf = new Map(packagings.map((k) => [k.product_id, k.packaging]));
    const nextOf = new Map(supplies.map((i) => [i.product_id, i.next_incoming]));
    const stockOf = new Map<string, Record<string, string>>();
    for (const s of stock) {
      const byWarehouse = stockOf.get(s.product_id);
      if (byWarehouse) byWarehouse[s.warehouse_id] = s.available;
      else stockOf.set(s.product_id, { [s.warehouse_id]: s.available });
    }
    const entriesOf = new Map<string, EntryTuple[]>();
    for (const e of entries) {
      const entry: EntryTuple = [e.price_type_id, e.price, e.tiers];
      const list = entriesOf.get(e.product_id);
      if (list) list.push(entry);
      else entriesOf.set(e.product_id, [entry]);
    }
    return products.map((p) => ({
      ...p,
      packaging: packagingOf.get(p.id) ?? null,
      stock: stockOf.get(p.id) ?? null,
      next_incoming: nextOf.get(p.id) ?? null,
      entries: entriesOf.get(p.id) ?? null,
    }));
  }
}
