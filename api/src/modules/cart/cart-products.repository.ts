import { Injectable } from '@nestjs/common';
import { normalizeSku } from '@wholesail/shared';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { availableSql, STALE_CTE } from '../inventory/availability.sql';

/** What the cart, quick order, Excel and placement need to know about a product, in one statement for any number. */
export interface ProductFacts {
  id: string;
  sku: string;
  name: string;
  active: boolean;
  unitCode: string;
  unitShortName: string;
  unitScale: number;
  step: string;
  minQuantity: string;
  vatRate: string | null;
  categoryId: string | null;
  /** The category and its ancestors. */
  categoryPath: string[];
  brandId: string | null;
  packagings: { code: string; name: string; factor: string }[];
  /** Availability per active warehouse (stale holds counted as released). */
  stock: { warehouseId: string; warehouseCode: string; available: string }[];
}

export interface AnalogFacts {
  productId: string;
  id: string;
  sku: string;
  name: string;
  kind: string;
  available: string;
}

@Injectable()
export class CartProductsRepository {
  constructor(private readonly db: Db) {}

  async facts(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, ProductFacts>> {
    if (!ids.length) return new Map();
    const rows = await this.db.query<ProductFacts>(
      ctx,
      `WITH ${STALE_CTE}
       SELECT p.id, p.sku, p.name, p.active, p.unit_code AS "unitCode", u.short_name AS "unitShortName", u.scale AS "unitScale",
              p.order_step::text AS step, p.min_order_quantity::text AS "minQuantity", p.vat_rate::text AS "vatRate",
              p.category_id AS "categoryId", p.brand_id AS "brandId", coalesce(c.path::text[], '{}') AS "categoryPath",
              (SELECT coalesce(json_agg(json_build_object('code', k.code, 'name', k.name, 'factor', k.factor::text) ORDER BY k.position), '[]')
                 FROM product_packaging k WHERE k.product_id = p.id) AS packagings,
              (SELECT coalesce(json_agg(json_build_object('warehouseId', s.warehouse_id, 'warehouseCode', w.code,
                                                          'available', ${availableSql()}::text) ORDER BY w.position, w.code), '[]')
                 FROM stock_level s JOIN warehouse w ON w.id = s.warehouse_id AND w.active
                 LEFT JOIN stale st ON st.product_id = s.product_id AND st.warehouse_id = s.warehouse_id
                WHERE s.product_id = p.id) AS stock
         FROM product p JOIN unit u ON u.code = p.unit_code LEFT JOIN category c ON c.id = p.category_id
        WHERE p.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Active analogs with stock of the given products, best stocked first. */
  async analogs(ctx: RequestContext, productIds: readonly string[]): Promise<Map<string, AnalogFacts[]>> {
    const result = new Map<string, AnalogFacts[]>();
    if (!productIds.length) return result;
    const rows = await this.db.query<AnalogFacts>(
      ctx,
      `WITH ${STALE_CTE}
       SELECT a.product_id AS "productId", ap.id, ap.sku, ap.name, a.kind, x.available::text AS available
         FROM product_analog a JOIN product ap ON ap.id = a.analog_id AND ap.active
         CROSS JOIN LATERAL (
           SELECT coalesce(sum(${availableSql()}), 0) AS available
             FROM stock_level s JOIN warehouse w ON w.id = s.warehouse_id AND w.active
             LEFT JOIN stale st ON st.product_id = s.product_id AND st.warehouse_id = s.warehouse_id
            WHERE s.product_id = ap.id) x
        WHERE a.product_id = ANY($1::uuid[]) AND x.available > 0
        ORDER BY a.product_id, a.kind, x.available DESC, ap.sku`,
      [[...new Set(productIds)]],
    );
    for (const r of rows) {
      const list = result.get(r.productId) ?? [];
      if (list.length < 5) list.push(r);
      result.set(r.productId, list);
    }
    return result;
  }

  /**
   * Typed SKUs and barcodes → product ids. An SKU is compared by its lookup key (normalizeSku) and as
   * typed; a barcode by the product's and its packagings' barcodes (a packaging barcode also names the
   * packaging). Returns per typed text: the product, and the packaging a barcode named.
   */
  async resolve(
    ctx: RequestContext,
    texts: readonly string[],
  ): Promise<Map<string, { productId: string; packagingCode: string | null; active: boolean }>> {
    const unique = [...new Set(texts.map((t) => t.trim()).filter(Boolean))];
    const result = new Map<string, { productId: string; packagingCode: string | null; active: boolean }>();
    if (!unique.length) return result;
    const keys = unique.map((t) => normalizeSku(t).toLowerCase());
    const raw = unique.map((t) => t.toLowerCase());
    // Set-based (hash or index joins once for all texts), not a lookup per text: 10 000 rows resolve
    // in one pass. Barcodes are looked up only for texts that look like one (8–14 digits).
    const barcode = unique.map((t) => (/^\d{8,14}$/.test(t) ? t : null));
    const rows = await this.db.query<{ i: number; product_id: string; packaging_code: string | null; active: boolean }>(
      ctx,
      `WITH x AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS x(key, raw, code, i)),
       m AS (
         SELECT x.i, p.id AS product_id, NULL::text AS packaging_code, p.active, 0 AS rank
           FROM x JOIN product p ON lower(p.sku) COLLATE "C" = x.key COLLATE "C"
         UNION ALL
         SELECT x.i, p.id, NULL, p.active, 0
           FROM x JOIN product p ON lower(p.sku) COLLATE "C" = x.raw COLLATE "C" WHERE x.raw <> x.key
         UNION ALL
         SELECT x.i, b.product_id, NULL, p.active, 1
           FROM x JOIN product_barcode b ON b.barcode = x.code COLLATE "C" JOIN product p ON p.id = b.product_id
          WHERE x.code IS NOT NULL
         UNION ALL
         SELECT x.i, k.product_id, k.code, p.active, 2
           FROM (SELECT * FROM x WHERE x.code IS NOT NULL) x
           JOIN product_packaging k ON k.barcode = x.code JOIN product p ON p.id = k.product_id)
       SELECT DISTINCT ON (i) i, product_id, packaging_code, active FROM m ORDER BY i, active DESC, rank`,
      [keys, raw, barcode],
    );
    for (const r of rows) {
      result.set(unique[Number(r.i) - 1], {
        productId: r.product_id,
        packagingCode: r.packaging_code,
        active: r.active,
      });
    }
    return result;
  }

  /**
   * Up to three similar active SKUs for each unknown text (the first 200): SKUs sharing its beginning
   * but the last two characters (a typo at the end), else sharing its first half. Both are index range
   * scans on the SKU key (a range, not LIKE: a pattern computed per row cannot use the index), so a
   * sheet full of unknown codes costs milliseconds, not a scan of the catalog per code.
   */
  async suggest(ctx: RequestContext, texts: readonly string[]): Promise<Map<string, string[]>> {
    const unique = [...new Set(texts)].slice(0, 200);
    const result = new Map<string, string[]>();
    if (!unique.length) return result;
    const keys = unique.map((t) => normalizeSku(t).toLowerCase());
    const near = (prefix: string) => `(SELECT coalesce(array_agg(s.sku ORDER BY s.k), '{}') FROM (
        SELECT p.sku, lower(p.sku) COLLATE "C" AS k FROM product p
         WHERE p.active AND lower(p.sku) COLLATE "C" >= ${prefix} COLLATE "C"
           AND lower(p.sku) COLLATE "C" < (${prefix} || chr(1114111)) COLLATE "C"
         ORDER BY lower(p.sku) COLLATE "C" LIMIT 3) s)`;
    const rows = await this.db.query<{ i: number; skus: string[] }>(
      ctx,
      `SELECT x.i, CASE WHEN length(x.key) < 3 THEN '{}'::text[]
                   ELSE coalesce(nullif(${near('left(x.key, greatest(length(x.key) - 2, 3))')}, '{}'),
                                 ${near('left(x.key, greatest(length(x.key) / 2, 3))')}) END AS skus
         FROM unnest($1::text[]) WITH ORDINALITY AS x(key, i)`,
      [keys],
    );
    for (const r of rows) result.set(unique[Number(r.i) - 1], r.skus);
    return result;
  }
}
