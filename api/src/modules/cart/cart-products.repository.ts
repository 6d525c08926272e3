import { Injectable } from '@nestjs/common';
import { normalizeSku } from '@wholesail/shared';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { availableSql, STALE_ACTIVE_EXTRA_CTE, STALE_CTE } from '../inventory/availability.sql';
import { entriesColumn } from '../pricing/pricing-data.repository';
import type { ProductRow } from '../pricing/pricing-rows';

/** What checking a quantity (units, packagings, multiplicity) and warning about a line need to know about a product. */
export interface ProductRules {
  id: string;
  sku: string;
  active: boolean;
  unitCode: string;
  unitShortName: string;
  unitScale: number;
  step: string;
  minQuantity: string;
  packagings: { code: string; name: string; factor: string }[];
}

/** What the cart, quick order, Excel and placement need to know about a product, in one statement for any number. */
export interface ProductFacts extends ProductRules {
  name: string;
  vatRate: string | null;
  categoryId: string | null;
  /** The category and its ancestors. */
  categoryPath: string[];
  brandId: string | null;
  /** Availability per active warehouse (stale holds counted as released). */
  stock: { warehouseId: string; warehouseCode: string; available: string }[];
}

/** A product of typed or uploaded rows, whose lines name no warehouse: its rules and its total availability. */
export interface EntryProductFacts extends ProductRules {
  /** At all active warehouses (stale holds counted as released): the sum of ProductFacts.stock. */
  available: string;
}

/** What a typed SKU or barcode names: the product, and the packaging a packaging's barcode named. */
export interface ResolvedText {
  productId: string;
  packagingCode: string | null;
  active: boolean;
}

/** Typed texts, deduplicated and trimmed, with their lookup keys (see CartProductsRepository.resolve). */
interface ResolveInput {
  unique: string[];
  params: unknown[];
  sql: string;
}

/**
 * The statement that resolves typed texts ($1 SKU keys, $2 texts as typed, $3/$4 the positions and
 * texts of those that look like a barcode) into `resolved (i, product_id, packaging_code, active)`.
 * SKUs are found through the unique SKU key index one text at a time (a LATERAL … LIMIT 1 the planner
 * cannot turn into a hash join over the whole catalog); the barcode branches are left out when no
 * text looks like a barcode (both barcode tables are looked up by index).
 */
function resolveInput(texts: readonly string[]): ResolveInput {
  const unique = [...new Set(texts.map((t) => t.trim()).filter(Boolean))];
  const keys = unique.map((t) => normalizeSku(t).toLowerCase());
  const raw = unique.map((t) => t.toLowerCase());
  const codeAt: number[] = [];
  const codes: string[] = [];
  unique.forEach((t, i) => {
    if (/^\d{8,14}$/.test(t)) {
      codeAt.push(i + 1);
      codes.push(t);
    }
  });
  const asTyped = raw.some((r, i) => r !== keys[i]);
  const bySku = (column: string) => `SELECT x.i, p.id AS product_id, NULL::text AS packaging_code, p.active, 0 AS rank
           FROM x CROSS JOIN LATERAL (
             SELECT p.id, p.active FROM product p WHERE lower(p.sku) COLLATE "C" = x.${column} COLLATE "C" LIMIT 1) p`;
  const branches = [bySku('key')];
  if (asTyped) branches.push(`${bySku('raw')} WHERE x.raw <> x.key`);
  if (codes.length) {
    branches.push(
      `SELECT b.i, g.product_id, NULL, p.active, 1
           FROM b JOIN product_barcode g ON g.barcode = b.code COLLATE "C" JOIN product p ON p.id = g.product_id`,
      `SELECT b.i, k.product_id, k.code, p.active, 2
           FROM b JOIN product_packaging k ON k.barcode = b.code JOIN product p ON p.id = k.product_id`,
    );
  }
  const sql = `x AS (SELECT * FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(key, raw, i)),
       b AS (SELECT * FROM unnest($3::int[], $4::text[]) AS b(i, code)),
       m AS (
         ${branches.join('\n         UNION ALL\n         ')}),
       resolved AS (SELECT DISTINCT ON (i) i, product_id, packaging_code, active FROM m ORDER BY i, active DESC, rank)`;
  return { unique, params: [keys, raw, codeAt, codes], sql };
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
  async resolve(ctx: RequestContext, texts: readonly string[]): Promise<Map<string, ResolvedText>> {
    const result = new Map<string, ResolvedText>();
    const input = resolveInput(texts);
    if (!input.unique.length) return result;
    // Set-based: 10 000 rows resolve in one statement, through the index, whatever their number.
    const rows = await this.db.query<{ i: number; product_id: string; packaging_code: string | null; active: boolean }>(
      ctx,
      `WITH ${input.sql} SELECT i, product_id, packaging_code, active FROM resolved`,
      input.params,
    );
    for (const r of rows) {
      result.set(input.unique[Number(r.i) - 1], {
        productId: r.product_id,
        packagingCode: r.packaging_code,
        active: r.active,
      });
    }
    return result;
  }

  /**
   * `resolve` and the found products' rules and total availability in one statement — for typed and
   * uploaded rows, whose lines never name a warehouse. Availability comes from the product's summary
   * row (kept by every stock writer in the same transaction) plus what stale holds add, not from every
   * stock row: the same total as ProductFacts.stock sums to.
   */
  async resolveWithFacts(
    ctx: RequestContext,
    texts: readonly string[],
    priceTypeIds: readonly string[] | null = null,
  ): Promise<{
    resolved: Map<string, ResolvedText>;
    facts: Map<string, EntryProductFacts>;
    /** With `priceTypeIds`: what pricing reads of the products (their entries of those types). */
    priced: Map<string, ProductRow>;
  }> {
    const resolved = new Map<string, ResolvedText>();
    const facts = new Map<string, EntryProductFacts>();
    const priced = new Map<string, ProductRow>();
    const input = resolveInput(texts);
    if (!input.unique.length) return { resolved, facts, priced };
    const withPrices = priceTypeIds !== null;
    // One object per product serves as its facts and as its pricing row (the columns are named for both).
    const rows = await this.db.query<
      EntryProductFacts & Partial<ProductRow> & { i: number; packaging_code: string | null }
    >(
      ctx,
      `WITH ${input.sql}, ${STALE_CTE}, ${STALE_ACTIVE_EXTRA_CTE}
       SELECT r.i, r.packaging_code, p.id, p.sku, p.active, p.unit_code AS "unitCode", u.short_name AS "unitShortName",
              u.scale AS "unitScale", p.order_step::text AS step, p.min_order_quantity::text AS "minQuantity",
              (coalesce(ps.available, 0) + coalesce(se.extra, 0))::text AS available,
              coalesce(k.packagings, '[]') AS packagings${
                withPrices
                  ? `, p.name, p.unit_code, p.vat_rate::text AS vat_rate, p.brand_id, to_json(c.path) AS category_ids,
              ${entriesColumn('p', '$5')} AS entries`
                  : ''
              }
         FROM resolved r JOIN product p ON p.id = r.product_id JOIN unit u ON u.code = p.unit_code
         ${withPrices ? 'LEFT JOIN category c ON c.id = p.category_id' : ''}
         LEFT JOIN product_stock ps ON ps.product_id = p.id
         LEFT JOIN stale_extra se ON se.product_id = p.id
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object('code', k.code, 'name', k.name, 'factor', k.factor::text) ORDER BY k.position) AS packagings
             FROM product_packaging k WHERE k.product_id = p.id) k ON true`,
      withPrices ? [...input.params, priceTypeIds] : input.params,
    );
    for (const r of rows) {
      resolved.set(input.unique[Number(r.i) - 1], {
        productId: r.id,
        packagingCode: r.packaging_code,
        active: r.active,
      });
      if (facts.has(r.id)) continue;
      facts.set(r.id, r);
      if (withPrices) priced.set(r.id, r as ProductRow);
    }
    return { resolved, facts, priced };
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
