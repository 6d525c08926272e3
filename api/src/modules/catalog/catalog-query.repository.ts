import { Injectable } from '@nestjs/common';
import { queryTokens } from '@wholesail/shared';
import { RequestContext } from '../../common/context/request-context';
import type { DecimalText } from '../../common/money/decimal';
import { Db } from '../../common/database/db.service';
import { availableSql, STALE_CTE, STALE_PRODUCT_CTE } from '../inventory/availability.sql';
import { CatalogFilterInput, CatalogSortInput } from './catalog.inputs';
import { CatalogSortField, SortDirection } from './catalog.types';
import { KeptMatches } from './kept-matches';

export interface ProductRowData {
  id: string;
  sku: string;
  name: string;
  summary: string;
  category_id: string | null;
  image_id: string | null;
  /** Decimals as PostgreSQL writes them with trim_scale: sent as they are. */
  vat_rate: DecimalText | null;
  order_step: DecimalText;
  min_order_quantity: DecimalText;
  brand_id: string | null;
  brand_name: string | null;
  unit_code: string;
  unit_name: string;
  unit_short_name: string;
  unit_scale: number;
  unit_okei: string | null;
  packagings: { code: string; name: string; factor: string; barcode: string | null }[];
  stock: { id: string; a: string }[];
  incoming: { id: string; d: string; q: string }[];
  /** The active warehouses: on one row of a statement only (null on the others). */
  warehouses: WarehouseRow[] | null;
  has_analogs: boolean;
  /** With prices asked (`priceTypeIds`): the category's path and the product's entry list (entry-list.ts). */
  category_ids?: string[] | null;
  entry_list?: string | null;
  total?: string;
}

export interface WarehouseRow {
  id: string;
  code: string;
  name: string;
  city: string;
  p: number;
}

export interface FacetRow {
  kind: 'summary' | 'brand' | 'value';
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
  p.id, p.sku, p.name, p.summary, p.category_id, p.image_id, trim_scale(p.vat_rate)::text AS vat_rate,
  trim_scale(p.order_step)::text AS order_step, trim_scale(p.min_order_quantity)::text AS min_order_quantity,
  b.id AS brand_id, b.name AS brand_name,
  u.code AS unit_code, u.name AS unit_name, u.short_name AS unit_short_name, u.scale AS unit_scale, u.okei AS unit_okei,
  (SELECT coalesce(json_agg(json_build_object('code', k.code, 'name', k.name, 'factor', trim_scale(k.factor)::text, 'barcode', k.barcode)
                            ORDER BY k.position), '[]')
     FROM product_packaging k WHERE k.product_id = p.id) AS packagings,
  (SELECT coalesce(json_agg(json_build_object('id', s.warehouse_id, 'a', trim_scale(${availableSql()})::text)), '[]')
     FROM stock_level s LEFT JOIN stale st ON st.product_id = s.product_id AND st.warehouse_id = s.warehouse_id
    WHERE s.product_id = p.id AND s.warehouse_id = ANY(ARRAY(SELECT id FROM warehouse WHERE active))) AS stock,
  (SELECT coalesce(json_agg(json_build_object('id', x.warehouse_id, 'd', x.expected_at, 'q', trim_scale(x.quantity)::text)), '[]')
     FROM (SELECT DISTINCT ON (i.warehouse_id) i.warehouse_id, i.expected_at, i.quantity FROM incoming_supply i
            WHERE i.product_id = p.id AND i.status IN ('EXPECTED', 'IN_TRANSIT')
              AND i.warehouse_id = ANY(ARRAY(SELECT id FROM warehouse WHERE active))
            ORDER BY i.warehouse_id, i.expected_at) x) AS incoming,
  -- Warehouse details once per statement (an InitPlan), sent with one row only.
  CASE WHEN row_number() OVER () = 1 THEN
    (SELECT json_agg(json_build_object('id', w.id, 'code', w.code, 'name', w.name, 'city', w.city, 'p', w.position))
       FROM warehouse w WHERE w.active) END AS warehouses,
  EXISTS (SELECT 1 FROM product_analog a JOIN product ap ON ap.id = a.analog_id AND ap.active WHERE a.product_id = p.id)
    AS has_analogs`;

const ROW_JOINS = `LEFT JOIN brand b ON b.id = p.brand_id JOIN unit u ON u.code = p.unit_code`;

/**
 * What pricing needs of a row besides its columns (CatalogPriceService.rowPrices), when prices are
 * asked: the category's path and the product's entry list (one row by its key, where the entries of
 * the contract's types were three index searches and a JSON aggregate per row).
 */
function priceColumns(priceTypeIds: readonly string[] | null): string {
  if (priceTypeIds === null) return '';
  return `, (SELECT to_json(c.path) FROM category c WHERE c.id = p.category_id) AS category_ids,
            (SELECT l.list FROM price_entry_list l WHERE l.product_id = p.id) AS entry_list`;
}

interface Conditions {
  where: string[];
  /** `ANY(…)` of the filtered category's subtree, for a category_id column; null for the whole catalog. */
  category: string | null;
  /** Whether the filter has words to search for (product names, SKUs and barcodes live on product only). */
  searched: boolean;
  /** Per facet: the condition that the row matches that facet's own filter. */
  facets: { key: string; attributeId: string | null; sql: string }[];
  needsStock: boolean;
}

/**
 * Text sort keys compare by code point (byte order of UTF-8): the same order on every database whatever
 * its collation, and about three times cheaper to sort than a linguistic collation (abbreviated keys,
 * memcmp) — sorting the matches was a third of a filtered catalog page. Cyrillic and Latin letters each
 * come in alphabetical order (capitals first; ё after я).
 */
const C = 'COLLATE "C"';

/** A filter matching more products than this is paged by the page query instead of kept (KeptMatches). */
const MAX_KEPT_MATCHES = 20_000;

@Injectable()
export class CatalogQueryRepository {
  constructor(
    private readonly db: Db,
    private readonly matches: KeptMatches,
  ) {}

  /** Filters shared by the page and the facets. Facet filters are kept apart so facets can skip their own. */
  private conditions(filter: CatalogFilterInput, params: Params): Conditions {
    const where = ['p.active'];
    const facets: Conditions['facets'] = [];
    let category: string | null = null;
    if (filter.categoryId) {
      // An array of the subtree's ids (an InitPlan): index scans on category_id, no join.
      category = `ANY(ARRAY(SELECT c.id FROM category c WHERE c.path @> ARRAY[${params.add(filter.categoryId)}]::uuid[]))`;
      where.push(`p.category_id = ${category}`);
    }
    const tokens = queryTokens(filter.search ?? '').slice(0, 8);
    for (const token of tokens) {
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
    const mask = `(ps.in_stock_mask | coalesce(sp.mask, 0))`;
    if (filter.warehouseIds?.length) {
      needsStock = true;
      const wh = params.add(filter.warehouseIds);
      facets.push({
        key: 'stock',
        attributeId: null,
        sql: `${mask} & (SELECT coalesce(bit_or(1::bigint << w.bit), 0) FROM warehouse w WHERE w.id = ANY(${wh}::uuid[])) <> 0`,
      });
    } else if (filter.inStock) {
      needsStock = true;
      facets.push({ key: 'stock', attributeId: null, sql: `${mask} <> 0` });
    }
    return { where, category, searched: tokens.length > 0, facets, needsStock };
  }

  async page(
    ctx: RequestContext,
    filter: CatalogFilterInput,
    sort: CatalogSortInput | null | undefined,
    skip: number,
    take: number,
    priceTypeIds: readonly string[] | null = null,
  ): Promise<{ rows: ProductRowData[]; total: number }> {
    const params = new Params();
    const c = this.conditions(filter, params);
    const dir = sort?.direction === SortDirection.DESC ? 'DESC' : 'ASC';
    const field = sort?.field ?? CatalogSortField.NAME;
    const needsStock = c.needsStock || field === CatalogSortField.AVAILABILITY;
    const sortKey = {
      [CatalogSortField.NAME]: { select: `p.name ${C} AS k1, p.sku ${C} AS k2`, order: `k1 ${dir}, k2 ${dir}` },
      [CatalogSortField.SKU]: { select: `p.sku ${C} AS k1, NULL::text AS k2`, order: `k1 ${dir}` },
      [CatalogSortField.BRAND]: {
        select: `(SELECT b.name FROM brand b WHERE b.id = p.brand_id) ${C} AS k1, p.name ${C} AS k2`,
        order: `k1 ${dir} NULLS LAST, k2 ASC`,
      },
      [CatalogSortField.AVAILABILITY]: {
        select: `ps.available + coalesce(sp.extra, 0) AS k1, p.name ${C} AS k2`,
        order: `k1 ${dir}, k2 ASC`,
      },
    }[field];
    const stockJoin = needsStock
      ? `JOIN product_stock ps ON ps.product_id = p.id LEFT JOIN stale_p sp ON sp.product_id = p.id`
      : '';
    const where = [...c.where, ...c.facets.map((f) => f.sql)].join(' AND ');
    const matched = `matched AS (SELECT p.id, ${sortKey.select} FROM product p ${stockJoin} WHERE ${where})`;
    if (!needsStock && this.matches.accepting) {
      // Which products match and in what order does not depend on stock here: kept per filter and sort.
      const kept = await this.keptMatches(ctx, matched, sortKey.order, params);
      if (kept !== null) return this.keptPage(ctx, kept, skip, take, priceTypeIds);
    }
    const sql = `
      WITH ${STALE_CTE}, ${STALE_PRODUCT_CTE},
      ${matched},
      page AS MATERIALIZED (
        SELECT id, k1, k2, total FROM (SELECT m.*, count(*) OVER () AS total FROM matched m) x
         ORDER BY ${sortKey.order}, id LIMIT ${params.add(take)} OFFSET ${params.add(skip)})
      SELECT ${ROW_COLUMNS}, page.total ${priceColumns(priceTypeIds)}
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

  /**
   * The ordered ids of the products matching a filter (`matched` CTE, `order` on its k1, k2), kept
   * until the catalog changes (KeptMatches); null when more than MAX_KEPT_MATCHES match — such a
   * filter is remembered by its count and paged by the page query.
   */
  private async keptMatches(
    ctx: RequestContext,
    matched: string,
    order: string,
    params: Params,
  ): Promise<string[] | null> {
    // The statement and its values name the filter and sort exactly.
    const key = `${matched} ORDER BY ${order} ${JSON.stringify(params.values)}`;
    const kept = this.matches.get(key);
    if (kept !== null) return typeof kept === 'number' ? null : kept;
    const token = this.matches.begin();
    const [row] = await this.db.query<{ ids: string[] | null; n: string }>(
      ctx,
      `WITH ${matched}
       SELECT n, CASE WHEN n <= ${MAX_KEPT_MATCHES} THEN (SELECT array_agg(id ORDER BY ${order}, id) FROM matched) END AS ids
         FROM (SELECT count(*) AS n FROM matched) c`,
      params.values,
    );
    const ids = row.ids ?? (Number(row.n) === 0 ? [] : null);
    this.matches.put(key, token, ids ?? Number(row.n));
    return ids;
  }

  /** A page of kept matches: its rows by id, in the kept order (an id gone meanwhile is left out). */
  private async keptPage(
    ctx: RequestContext,
    ids: readonly string[],
    skip: number,
    take: number,
    priceTypeIds: readonly string[] | null,
  ): Promise<{ rows: ProductRowData[]; total: number }> {
    const pageIds = ids.slice(skip, skip + take);
    const rows = await this.rowsById(ctx, pageIds, true, priceTypeIds);
    const position = new Map(pageIds.map((id, i) => [id, i]));
    rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    return { rows, total: ids.length };
  }

  /**
   * Ids of every product matching the filter, by name (the price list export reads them in batches).
   * At most `limit` + 1, so the caller can tell "too many".
   */
  async matchingIds(ctx: RequestContext, filter: CatalogFilterInput, limit: number): Promise<string[]> {
    const params = new Params();
    const c = this.conditions(filter, params);
    const stockJoin = c.needsStock
      ? `JOIN product_stock ps ON ps.product_id = p.id LEFT JOIN stale_p sp ON sp.product_id = p.id`
      : '';
    const where = [...c.where, ...c.facets.map((f) => f.sql)].join(' AND ');
    const rows = await this.db.query<{ id: string }>(
      ctx,
      `WITH ${STALE_CTE}, ${STALE_PRODUCT_CTE}
       SELECT p.id FROM product p ${stockJoin} WHERE ${where} ORDER BY p.name ${C}, p.sku ${C}, p.id LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
    return rows.map((r) => r.id);
  }

  /** Product rows by id (a card and its analogs), same shape as a page row. */
  async rowsById(
    ctx: RequestContext,
    ids: string[],
    activeOnly: boolean,
    priceTypeIds: readonly string[] | null = null,
  ): Promise<ProductRowData[]> {
    if (!ids.length) return [];
    const params = new Params();
    const idsParam = params.add(ids);
    // Planning this statement cost more than running it for a page: prepared, it is planned once per connection.
    return this.db.prepared<ProductRowData>(
      ctx,
      `WITH ${STALE_CTE}
       SELECT ${ROW_COLUMNS} ${priceColumns(priceTypeIds)} FROM product p ${ROW_JOINS}
        WHERE p.id = ANY(${idsParam}::uuid[]) ${activeOnly ? 'AND p.active' : ''}`,
      params.values,
    );
  }

  /**
   * Facet counts: from the precomputed counts (facet_count) unless the filter searches text or
   * selects several warehouses — those need the products themselves and are counted by a scan.
   */
  async facets(
    ctx: RequestContext,
    filter: CatalogFilterInput,
    warehouses: { id: string; bit: number }[],
    withStale: boolean,
  ): Promise<FacetRow[]> {
    const searched = queryTokens(filter.search ?? '').length > 0;
    return searched || new Set(filter.warehouseIds ?? []).size > 1
      ? this.scannedFacets(ctx, filter, warehouses, withStale)
      : this.countedFacets(ctx, filter, warehouses, withStale);
  }

  /**
   * Facet counts summed from facet_count: rows per category and facet group (facet keys + brand)
   * with its active products, those in stock anywhere and those in stock per warehouse — kept exact
   * by triggers on product_stock. Attribute and brand filters are the same for every product of a
   * group, so every count is a sum over the rows passing the other facets' filters: a few thousand
   * rows for half the catalog, no grouping needed (a group may still have a writer's delta row
   * besides its own; sums do not mind, and a value or brand is listed when its products add up to
   * more than 0). The stock filter picks the weight instead (in stock anywhere, or at the one
   * selected warehouse). Holds past their expiry that the job has not released yet add the stock
   * they still hold: a correction row per such product.
   */
  async countedFacets(
    ctx: RequestContext,
    filter: CatalogFilterInput,
    warehouses: { id: string; bit: number }[],
    withStale: boolean,
  ): Promise<FacetRow[]> {
    const params = new Params();
    const c = this.conditions({ ...filter, search: null, inStock: null, warehouseIds: null }, params);
    const flags = c.facets.map((f, i) => ({
      ...f,
      name: `f${i}`,
      sql: f.sql.replace(/p\.(facet_keys|brand_id)\b/g, 'u.$1'),
    }));
    const allBut = (key: string | null) =>
      flags
        .filter((f) => f.key !== key)
        .map((f) => f.name)
        .join(' AND ') || 'true';
    const all = allBut(null);
    // A value of a filtered attribute is counted without that attribute's own filter.
    const filtered = [...new Map(flags.filter((f) => f.attributeId).map((f) => [f.key, f.attributeId!])).entries()];
    const ownSums = filtered.map(([key], i) => `, sum(w) FILTER (WHERE ${allBut(key)}) AS s${i}`).join('');
    const valueCount = filtered.length
      ? `CASE ${filtered
          .map(
            ([, attributeId], i) =>
              `WHEN k = ANY(ARRAY(SELECT num FROM attribute_value WHERE attribute_id = ${params.add(attributeId)}::uuid)) THEN s${i}`,
          )
          .join(' ')} ELSE s_all END`
      : 's_all';
    // How many of a row's products pass the stock filter (in stock anywhere, or at the selected warehouse).
    const selected = filter.warehouseIds?.[0];
    const inStock = selected
      ? `coalesce(u.n_wh[(SELECT w.bit FROM warehouse w WHERE w.id = ${params.add(selected)}::uuid) + 1], 0)`
      : 'u.n_stock';
    const weight = selected || filter.inStock ? inStock : 'u.n';
    const stale = withStale
      ? `UNION ALL
         SELECT ps.brand_id, ps.facet_keys, 0, (m.now <> 0)::int - (m.was <> 0)::int,
                ARRAY(SELECT ((m.now >> b) & 1)::int - ((m.was >> b) & 1)::int FROM generate_series(0, 62) AS b)
           FROM stale_p sp JOIN product_stock ps ON ps.product_id = sp.product_id,
                LATERAL (SELECT ps.in_stock_mask AS was, ps.in_stock_mask | sp.mask AS now) m
          WHERE ps.active AND m.now <> m.was ${c.category ? `AND ps.category_id = ${c.category}` : ''}`
      : '';
    const sums = [
      `sum(w) FILTER (WHERE ${all})`,
      `sum(ns) FILTER (WHERE ${all})`,
      ...warehouses.map((w) => `sum(coalesce(n_wh[${w.bit + 1}], 0)) FILTER (WHERE ${all})`),
    ];
    const sql = `
      WITH ${withStale ? `${STALE_CTE}, ${STALE_PRODUCT_CTE},` : ''}
      counts AS MATERIALIZED (
        SELECT u.brand_id, u.facet_keys, u.n, u.n_wh, ${weight} AS w, ${inStock} AS ns
               ${flags.map((f) => `, (${f.sql}) AS ${f.name}`).join('')}
          FROM (SELECT brand_id, facet_keys, n, n_stock, n_wh FROM facet_count
                 ${c.category ? `WHERE category_id = ${c.category}` : ''}
                ${stale}) u),
      keysets AS (
        SELECT facet_keys, sum(n) AS present, sum(w) FILTER (WHERE ${all}) AS s_all ${ownSums}
          FROM counts GROUP BY facet_keys)
      SELECT 'summary' AS kind, NULL AS key, 0 AS n, json_build_array(${sums.join(', ')})::text AS label, NULL AS num,
             NULL::uuid AS attr_id, NULL AS attr_code, NULL AS attr_name, NULL AS attr_type, NULL AS attr_unit,
             NULL::int AS attr_position, NULL AS extra
        FROM counts
      UNION ALL
      SELECT 'brand', b.id::text, x.n, b.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM (SELECT brand_id, sum(w) FILTER (WHERE ${allBut('brand')}) AS n
                FROM counts WHERE brand_id IS NOT NULL GROUP BY brand_id HAVING sum(n) > 0) x
        JOIN brand b ON b.id = x.brand_id
      UNION ALL
      SELECT 'value', v.id::text, x.n, v.label, v.value_num::text, d.id, d.code, d.name, d.type, d.unit, d.position,
             v.position::text
        FROM (SELECT k, sum(${valueCount}) AS n
                FROM keysets, unnest(facet_keys) AS k
               GROUP BY k HAVING sum(present) > 0) x
        JOIN attribute_value v ON v.num = x.k
        JOIN attribute_definition d ON d.id = v.attribute_id AND d.filterable`;
    return this.db.query<FacetRow>(ctx, sql, params.values);
  }

  /**
   * Facet counts by scanning the narrow summary rows (product_stock) of the filtered category, for
   * what the precomputed counts cannot answer (text search, several warehouses selected); also the
   * reference the precomputed counts are tested against. Each row carries one flag per facet filter;
   * a value of facet F is counted over rows matching every filter except F's own (a row failing two
   * or more filters counts nowhere, but its values and brand are listed, with 0, as the precomputed
   * counts list them). One scan feeds two groupings (GROUPING SETS): by (facet keys, brand, flags)
   * for attribute and brand counts (by the facet_group hash, cheaper than hashing the arrays), and by
   * (in-stock bitmask, flags) for stock and warehouse counts — so unnesting keys and testing
   * warehouse bits run over a few thousand groups, not over the products.
   */
  async scannedFacets(
    ctx: RequestContext,
    filter: CatalogFilterInput,
    warehouses: { id: string; bit: number }[],
    withStale: boolean,
  ): Promise<FacetRow[]> {
    const params = new Params();
    const c = this.conditions(filter, params);
    const flags = c.facets.map((f, i) => ({ ...f, name: `f${i}` }));
    const names = flags.map((f) => f.name);
    const all = names.length ? names.join(' AND ') : 'true';
    const allBut = (key: string) =>
      flags
        .filter((f) => f.key !== key)
        .map((f) => f.name)
        .join(' AND ') || 'true';
    const selectedMask = filter.warehouseIds?.length
      ? `(SELECT coalesce(bit_or(1::bigint << w.bit), 0) FROM warehouse w WHERE w.id = ANY(${params.add(filter.warehouseIds)}::uuid[]))`
      : null;
    const stockTest = selectedMask ? `mask & ${selectedMask} <> 0` : 'mask <> 0';
    const attrOwn = (f: (typeof flags)[number]) =>
      f.attributeId ? `(v.attribute_id = ${params.add(f.attributeId)}::uuid OR g.${f.name})` : `g.${f.name}`;
    const valueFilter = flags.length ? flags.map(attrOwn).join(' AND ') : 'true';
    const textJoin = filter.search ? 'JOIN product p ON p.id = ps.product_id' : '';
    const staleJoin = withStale ? 'LEFT JOIN stale_p sp ON sp.product_id = ps.product_id' : '';
    const maskSql = withStale ? 'ps.in_stock_mask | coalesce(sp.mask, 0)' : 'ps.in_stock_mask';
    // Conditions on the summary row: category, brand, keys and active live there; text search needs product.
    const rewrite = (sql: string) =>
      sql
        .replace(/p\.(facet_keys|brand_id|category_id|active)\b/g, 'ps.$1')
        .replace(/\(ps\.in_stock_mask \| coalesce\(sp\.mask, 0\)\)/g, `(${maskSql})`);
    const where = c.where.map(rewrite);
    const flagSql = flags.map((f) => `(${rewrite(f.sql)}) AS ${f.name}`);
    const flagList = names.length ? `, ${names.join(', ')}` : '';
    const sums = [
      `sum(n) FILTER (WHERE by_mask = 0 AND ${all})`,
      `sum(n) FILTER (WHERE by_mask = 1 AND ${allBut('stock')} AND ${stockTest})`,
      ...warehouses.map(
        (w) =>
          `sum(n) FILTER (WHERE by_mask = 1 AND ${allBut('stock')} AND mask & ${2n ** BigInt(w.bit)}::bigint <> 0)`,
      ),
    ];
    const sql = `
      WITH ${withStale ? `${STALE_CTE}, ${STALE_PRODUCT_CTE},` : ''}
      groups AS MATERIALIZED (
        SELECT max(facet_keys) AS facet_keys, brand_id, mask ${flagList}, count(*) AS n, GROUPING(g) AS by_mask
          FROM (SELECT ps.facet_group AS g, ps.facet_keys, ps.brand_id, ${maskSql} AS mask
                       ${flagSql.length ? `, ${flagSql.join(', ')}` : ''}
                  FROM product_stock ps ${textJoin} ${staleJoin}
                 WHERE ${where.join(' AND ')}) base
         GROUP BY GROUPING SETS ((g, brand_id ${flagList}), (mask ${flagList})))
      SELECT 'summary' AS kind, NULL AS key, 0 AS n, json_build_array(${sums.join(', ')})::text AS label, NULL AS num,
             NULL::uuid AS attr_id, NULL AS attr_code, NULL AS attr_name, NULL AS attr_type, NULL AS attr_unit,
             NULL::int AS attr_position, NULL AS extra
        FROM groups
      UNION ALL
      SELECT 'brand', b.id::text, x.n, b.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM (SELECT brand_id, sum(n) FILTER (WHERE ${allBut('brand')}) AS n
                FROM groups WHERE by_mask = 0 AND brand_id IS NOT NULL GROUP BY brand_id) x
        JOIN brand b ON b.id = x.brand_id
      UNION ALL
      SELECT 'value', v.id::text, x.n, v.label, v.value_num::text, d.id, d.code, d.name, d.type, d.unit, d.position,
             v.position::text
        FROM (SELECT k, sum(g.n) FILTER (WHERE ${valueFilter}) AS n
                FROM groups g, unnest(g.facet_keys) AS k JOIN attribute_value v ON v.num = k
               WHERE g.by_mask = 0
               GROUP BY k) x
        JOIN attribute_value v ON v.num = x.k
        JOIN attribute_definition d ON d.id = v.attribute_id AND d.filterable`;
    return this.db.query<FacetRow>(ctx, sql, params.values);
  }
}
