/**
 * The availability formula, in one place for every query that shows or filters by stock:
 *
 *   available(product, warehouse) = max(0, on_hand − reserved + stale)
 *
 * where `reserved` counts active holds and `stale` is the part of it held by reservations already
 * past their expiry that the expiry job has not released yet — so a late job never hides stock.
 * Stale holds are few (a partial index on expires_at WHERE status = 'ACTIVE' finds them).
 */
export const STALE_CTE = `stale AS (
    SELECT product_id, warehouse_id, sum(quantity) AS q
      FROM reservation WHERE status = 'ACTIVE' AND expires_at <= now()
     GROUP BY product_id, warehouse_id)`;

/** Per product: how much availability the stale holds add, and at which warehouses it makes the product available. */
export const STALE_PRODUCT_CTE = `stale_p AS (
    SELECT st.product_id,
           sum(greatest(s.on_hand - s.reserved + st.q, 0) - greatest(s.on_hand - s.reserved, 0)) AS extra,
           coalesce(bit_or(1::bigint << w.bit) FILTER (WHERE s.on_hand - s.reserved + st.q > 0 AND w.active), 0) AS mask
      FROM stale st JOIN stock_level s ON s.product_id = st.product_id AND s.warehouse_id = st.warehouse_id
      JOIN warehouse w ON w.id = st.warehouse_id
     GROUP BY st.product_id)`;

/**
 * Per product: what the stale holds add to its total availability at active warehouses (needs `stale`).
 * The total is then `product_stock.available + extra`, the same sum as `availableSql()` over the
 * product's stock rows at active warehouses, read from the summary row instead of every stock row.
 */
export const STALE_ACTIVE_EXTRA_CTE = `stale_extra AS (
    SELECT st.product_id,
           sum(greatest(s.on_hand - s.reserved + st.q, 0) - greatest(s.on_hand - s.reserved, 0)) AS extra
      FROM stale st JOIN stock_level s ON s.product_id = st.product_id AND s.warehouse_id = st.warehouse_id
      JOIN warehouse w ON w.id = st.warehouse_id AND w.active
     GROUP BY st.product_id)`;

/** `available` of a stock_level row `s` joined to `stale` as `st`. */
export const availableSql = (s = 's', st = 'st') => `greatest(${s}.on_hand - ${s}.reserved + coalesce(${st}.q, 0), 0)`;

/** Recomputes the stock part of the per-product summary (product_stock) for the given products. */
export const REFRESH_PRODUCT_STOCK = `
  UPDATE product_stock ps SET available = x.available, in_stock_mask = x.mask
    FROM (SELECT x.id,
                 coalesce(sum(greatest(s.on_hand - s.reserved, 0)) FILTER (WHERE w.active), 0) AS available,
                 coalesce(bit_or(1::bigint << w.bit) FILTER (WHERE w.active AND s.on_hand > s.reserved), 0) AS mask
            FROM unnest($1::uuid[]) AS x(id)
            LEFT JOIN stock_level s ON s.product_id = x.id
            LEFT JOIN warehouse w ON w.id = s.warehouse_id
           GROUP BY x.id) x
   WHERE ps.product_id = x.id AND (ps.available, ps.in_stock_mask) IS DISTINCT FROM (x.available, x.mask)`;

/** The facet group of a product row: products with the same facet keys and brand count together. */
export const FACET_GROUP_SQL = (p: string) =>
  `hashtextextended(${p}.facet_keys::text || '/' || coalesce(${p}.brand_id::text, ''), 0)`;

/** Copies the catalog part of the summary (category, brand, facet keys, active) from product, in id order. */
export const SYNC_PRODUCT_SUMMARY = `
  INSERT INTO product_stock AS ps (product_id, category_id, brand_id, facet_keys, active, facet_group)
  SELECT p.id, p.category_id, p.brand_id, p.facet_keys, p.active, ${FACET_GROUP_SQL('p')}
    FROM product p WHERE p.id = ANY($1::uuid[]) ORDER BY p.id
  ON CONFLICT (product_id) DO UPDATE SET category_id = excluded.category_id, brand_id = excluded.brand_id,
         facet_keys = excluded.facet_keys, active = excluded.active, facet_group = excluded.facet_group
   WHERE (ps.category_id, ps.brand_id, ps.facet_keys, ps.active)
         IS DISTINCT FROM (excluded.category_id, excluded.brand_id, excluded.facet_keys, excluded.active)`;
