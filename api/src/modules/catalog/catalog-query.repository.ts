import { Injectable } from '@nestjs/common';
import { queryTokens } from '@wholesail/shared';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { availableSql, STALE_CTE, STALE_PRODUCT_CTE } from '../inventory/availability.sql';
import { CatalogFilterInput, CatalogSortInput } from './catalog.inputs';
import { CatalogSortField, SortDirection } from './catalog.types';

export interface ProductRowData {
  id: string;
  sku: string;
  name: string;
  summary: string;
  category_id: string | null;
  image_id: string | null;
  vat_rate: string | null;
  order_step: string;
  min_order_quantity: string;
  brand_id: string | null;
  brand_name: string | null;
  unit_code: string;
  unit_name: string;
  unit_short_name: string;
  unit_scale: number;
  unit_okei: string | null;
  packagings: { code: string; name: string; factor: string; barcode: string | null }[];
  stock: { id: string; code: string; name: string; city: string; a: string; d: string | null; q: string | null }[];
  has_analogs: boolean;
  total?: string;
}

export interface FacetRow {
  kind: 'total' | 'stock' | 'brand' | 'warehouse' | 'value';
  key: string | null;
  n: string;
  label: string | null;
  num: string | null;
  attr_id: string | null;
  attr_code: string | null;
  attr_name: string | null;
  attr_type: string | null;
  attr_unit: string | null;
  attr_position: number | null;
  extra: string | null;
}

/** Escapes LIKE wildcards in user text. */
export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** SQL parameters collected while building a statement. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Selected columns of a product row for the catalog table, with everything the row shows batched
 * into the same statement (per-warehouse stock and next supply, packagings, analog flag): one
 * round trip for a page of any size.
 */
const ROW_COLUMNS = `
  p.id, p.sku, p.name, p.summary, p.category_id, p.image_id, p.vat_rate::text AS vat_rate,
  p.order_step::text AS order_step, p.min_order_quantity::text AS min_order_quantity,
  b.id AS brand_id, b.name AS brand_name,
  u.code AS unit_code, u.name AS unit_name, u.short_name AS unit_short_name, u.scale AS unit_scale, u.okei AS unit_okei,
  (SELECT coalesce(json_agg(json_build_object('code', k.code, 'name', k.name, 'factor', k.factor::text, 'barcode', k.barcode)
                            ORDER BY k.position), '[]')
     FROM product_packaging k WHERE k.product_id = p.id) AS packagings,
  (SELECT coalesce(json_agg(json_build_object('id', w.id, 'code', w.code, 'name', w.name, 'city', w.city,
                                              'a', coalesce(${availableSql()}, 0)::text,
                                              'd', inc.expected_at, 'q', inc.quantity::text)
                            ORDER BY w.position, w.name), '[]')
     FROM warehouse w
     LEFT JOIN stock_level s ON s.product_id = p.id AND s.warehouse_id = w.id
     LEFT JOIN stale st ON st.product_id = p.id AND st.warehouse_id = w.id
     LEFT JOIN LATERAL (SELECT i.expected_at, i.quantity FROM incoming_supply i
                         WHERE i.product_id = p.id AND i.warehouse_id = w.id AND i.status IN ('EXPECTED', 'IN_TRANSIT')
                         ORDER BY i.expected_at LIMIT 1) inc ON true
    WHERE w.active AND (s.product_id IS NOT NULL OR inc.expected_at IS NOT NULL)) AS stock,
  EXISTS (SELECT 1 FROM product_analog a JOIN product ap ON ap.id = a.analog_id AND ap.active WHERE a.product_id = p.id)
    AS has_analogs`;

const ROW_JOINS = `LEFT JOIN brand b ON b.id = p.brand_id JOIN unit u ON u.code = p.unit_code`;

interface Conditions {
  where: string[];
  /** Per facet: the condition that the row matches that facet's own filter. */
  facets: { key: string; attributeId: string | null; sql: string }[];
  needsStock: boolean;
}

@Injectable()
export class CatalogQueryRepository {
  constructor(private readonly db: Db) {}

  /** Filters shared by the page and the facets. Facet filters are kept apart so facets can skip their own. */
  private conditions(filter: CatalogFilterInput, params: Params): Conditions {
    const where = ['p.active'];
    const facets: Conditions['facets'] = [];
    if (filter.categoryId) {
      where.push(`p.category_id IN (SELECT c.id FROM category c WHERE c.path @> ARRAY[${params.add(filter.categoryId)}]::uuid[])`);
    }
    for (const token of queryTokens(filter.search ?? '').slice(0, 8)) {
      where.push(`p.search_text LIKE ${params.add(`%${likeEscape(token)}%`)}`);
    }
    if (filter.brandIds?.length) {
      facets.push({ key: 'brand', attributeId: null, sql: `p.brand_id = ANY(${params.add(filter.brandIds)}::uuid[])` });
    }
    (filter.attributes ?? []).forEach((a) => {
      const parts = [`v.attribute_id = ${params.add(a.attributeId)}::uuid`];
      if (a.valueIds?.length) parts.push(`v.id = ANY(${params.add(a.valueIds)}::uuid[])`);
      if (a.min) parts.push(`v.value_num >= ${params.add(a.min.toFixed())}::numeric`);
      if (a.max) parts.push(`v.value_num <= ${params.add(a.max.toFixed())}::numeric`);
      facets.push({
        key: `attr:${a.attributeId}`,
        attributeId: a.attributeId,
        sql: `p.facet_keys && (SELECT coalesce(array_agg(v.num), '{}') FROM attribute_value v WHERE ${parts.join(' AND ')})`,
      });
    });
    let needsStock = false;
    if (filter.warehouseIds?.length) {
      needsStock = true;
      const wh = params.add(filter.warehouseIds);
      facets.push({
        key: 'stock',
        attributeId: null,
        sql: `(ps.in_stock_warehouse_ids && ${wh}::uuid[] OR coalesce(sp.wh && ${wh}::uuid[], false))`,
      });
    } else if (filter.inStock) {
      needsStock = true;
      facets.push({
        key: 'stock',
        attributeId: null,
        sql: `(cardinality(ps.in_stock_warehouse_ids) > 0 OR coalesce(cardinality(sp.wh) > 0, false))`,
      });
    }
    return { where, facets, needsStock };
  }

  async page(
    ctx: RequestContext,
    filter: CatalogFilterInput,
    sort: CatalogSortInput | null | undefined,
    skip: number,
    take: number,
  ): Promise<{ rows: ProductRowData[]; total: number }> {
    const params = new Params();
    const c = this.conditions(filter, params);
    const dir = sort?.direction === SortDirection.DESC ? 'DESC' : 'ASC';
    const field = sort?.field ?? CatalogSortField.NAME;
    const needsStock = c.needsStock || field === CatalogSortField.AVAILABILITY;
    const sortKey = {
      [CatalogSortField.NAME]: { select: 'p.name AS k1, p.sku AS k2', order: `k1 ${dir}, k2 ${dir}` },
      [CatalogSortField.SKU]: { select: 'p.sku AS k1, NULL::text AS k2', order: `k1 ${dir}` },
      [CatalogSortField.BRAND]: {
        select: `(SELECT b.name FROM brand b WHERE b.id = p.brand_id) AS k1, p.name AS k2`,
        order: `k1 ${dir} NULLS LAST, k2 ASC`,
      },
      [CatalogSortField.AVAILABILITY]: {
        select: `ps.available + coalesce(sp.extra, 0) AS k1, p.name AS k2`,
        order: `k1 ${dir}, k2 ASC`,
      },
    }[field];
    const stockJoin = needsStock
      ? `JOIN product_stock ps ON ps.product_id = p.id LEFT JOIN stale_p sp ON sp.product_id = p.id`
      : '';
    const where = [...c.where, ...c.facets.map((f) => f.sql)].join(' AND ');
    const sql = `
      WITH ${STALE_CTE}, ${STALE_PRODUCT_CTE},
      matched AS (SELECT p.id, ${sortKey.select} FROM product p ${stockJoin} WHERE ${where}),
      page AS MATERIALIZED (
        SELECT id, k1, k2, total FROM (SELECT m.*, count(*) OVER () AS total FROM matched m) x
         ORDER BY ${sortKey.order}, id LIMIT ${params.add(take)} OFFSET ${params.add(skip)})
      SELECT ${ROW_COLUMNS}, page.total
        FROM page JOIN product p ON p.id = page.id ${ROW_JOINS}
       ORDER BY ${sortKey.order.replace(/k([12])/g, 'page.k$1')}, p.id`;
    const rows = await this.db.query<ProductRowData>(ctx, sql, params.values);
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && skip > 0) {
      // Past the end: the count still tells the table where the end is.
      const countParams = new Params();
      const cc = this.conditions(filter, countParams);
      const [row] = await this.db.query<{ n: string }>(
        ctx,
        `WITH ${STALE_CTE}, ${STALE_PRODUCT_CTE}
         SELECT count(*) AS n FROM product p ${stockJoin} WHERE ${[...cc.where, ...cc.facets.map((f) => f.sql)].join(' AND ')}`,
        countParams.values,
      );
      total = Number(row.n);
    }
    return { rows, total };
  }

  /** Product rows by id (analogs on the card), same shape as a page row. */
  async rowsById(ctx: RequestContext, ids: string[], activeOnly: boolean): Promise<ProductRowData[]> {
    if (!ids.length) return [];
    return this.db.query<ProductRowData>(
      ctx,
      `WITH ${STALE_CTE}
       SELECT ${ROW_COLUMNS} FROM product p ${ROW_JOINS}
        WHERE p.id = ANY($1::uuid[]) ${activeOnly ? 'AND p.active' : ''}`,
      [ids],
    );
  }

  /**
   * Facet counts in one statement. Each base row carries one flag per facet filter; a value of
   * facet F is counted over rows matching every filter except F's own (a row failing two or more
   * filters counts nowhere and is dropped early). Keys are pre-aggregated by flag combination
   * before the labels are joined, so the work is one pass over the category's products.
   */
  async facets(ctx: RequestContext, filter: CatalogFilterInput): Promise<FacetRow[]> {
    const params = new Params();
    const c = this.conditions(filter, params);
    const flags = c.facets.map((f, i) => ({ ...f, name: `f${i}` }));
    const flagCols = flags.map((f) => `(${f.sql}) AS ${f.name}`);
    const all = flags.length ? flags.map((f) => f.name).join(' AND ') : 'true';
    const allBut = (skip: (f: (typeof flags)[number]) => boolean) =>
      flags.filter((f) => !skip(f)).map((f) => f.name).join(' AND ') || 'true';
    const failures = flags.map((f) => `(NOT ${f.name})::int`).join(' + ');
    const flagNames = flags.map((f) => f.name);
    const attrOwn = (f: (typeof flags)[number]) =>
      f.attributeId ? `(kv.attribute_id = ${params.add(f.attributeId)}::uuid OR ${f.name})` : f.name;
    const valueFilter = flags.length ? flags.map(attrOwn).join(' AND ') : 'true';
    const sql = `
      WITH ${STALE_CTE}, ${STALE_PRODUCT_CTE},
      base AS MATERIALIZED (
        SELECT * FROM (
          SELECT p.facet_keys, p.brand_id,
                 ps.in_stock_warehouse_ids || coalesce(sp.wh, '{}') AS wh
                 ${flagCols.length ? `, ${flagCols.join(', ')}` : ''}
            FROM product p JOIN product_stock ps ON ps.product_id = p.id LEFT JOIN stale_p sp ON sp.product_id = p.id
           WHERE ${c.where.join(' AND ')}) x
         ${flags.length > 1 ? `WHERE ${failures} <= 1` : ''}),
      keys AS (
        SELECT k ${flagNames.length ? `, ${flagNames.join(', ')}` : ''}, count(*) AS n
          FROM base, unnest(base.facet_keys) AS k
         GROUP BY k ${flagNames.length ? `, ${flagNames.join(', ')}` : ''})
      SELECT 'total' AS kind, NULL AS key, count(*) FILTER (WHERE ${all}) AS n, NULL AS label, NULL AS num,
             NULL::uuid AS attr_id, NULL AS attr_code, NULL AS attr_name, NULL AS attr_type, NULL AS attr_unit,
             NULL::int AS attr_position, NULL AS extra
        FROM base
      UNION ALL
      SELECT 'stock', NULL, count(*) FILTER (WHERE ${allBut((f) => f.key === 'stock')} AND cardinality(wh) > 0
             ${filter.warehouseIds?.length ? `AND wh && ${params.add(filter.warehouseIds)}::uuid[]` : ''}),
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM base
      UNION ALL
      SELECT 'brand', b.id::text, x.n, b.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM (SELECT brand_id, count(*) FILTER (WHERE ${allBut((f) => f.key === 'brand')}) AS n
                FROM base WHERE brand_id IS NOT NULL GROUP BY brand_id) x
        JOIN brand b ON b.id = x.brand_id
      UNION ALL
      SELECT 'warehouse', w.id::text, x.n, w.name, NULL, NULL, w.code, w.city, NULL, NULL, w.position, NULL
        FROM (SELECT wid, count(*) FILTER (WHERE ${allBut((f) => f.key === 'stock')}) AS n
                FROM base, unnest(base.wh) AS wid GROUP BY wid) x
        JOIN warehouse w ON w.id = x.wid AND w.active
      UNION ALL
      SELECT 'value', v.id::text, x.n, v.label, v.value_num::text, d.id, d.code, d.name, d.type, d.unit, d.position,
             v.position::text
        FROM (SELECT keys.k, sum(keys.n) FILTER (WHERE ${valueFilter}) AS n
                FROM keys JOIN attribute_value kv ON kv.num = keys.k GROUP BY keys.k) x
        JOIN attribute_value v ON v.num = x.k
        JOIN attribute_definition d ON d.id = v.attribute_id AND d.filterable`;
    return this.db.query<FacetRow>(ctx, sql, params.values);
  }
}
