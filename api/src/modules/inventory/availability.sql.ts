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
           coalesce(array_agg(st.warehouse_id) FILTER (WHERE s.on_hand - s.reserved + st.q > 0), '{}') AS wh
      FROM stale st JOIN stock_level s ON s.product_id = st.product_id AND s.warehouse_id = st.warehouse_id
     GROUP BY st.product_id)`;

/** `available` of a stock_level row `s` joined to `stale` as `st`. */
export const availableSql = (s = 's', st = 'st') => `greatest(${s}.on_hand - ${s}.reserved + coalesce(${st}.q, 0), 0)`;

/** Recomputes the per-product summary (product_stock) from stock_level for the given products. */
export const REFRESH_PRODUCT_STOCK = `
  INSERT INTO product_stock AS ps (product_id, available, in_stock_warehouse_ids)
  SELECT x.id,
         coalesce(sum(greatest(s.on_hand - s.reserved, 0)) FILTER (WHERE w.active), 0),
         coalesce(array_agg(s.warehouse_id ORDER BY s.warehouse_id) FILTER (WHERE w.active AND s.on_hand > s.reserved), '{}')
    FROM unnest($1::uuid[]) AS x(id)
    LEFT JOIN stock_level s ON s.product_id = x.id
    LEFT JOIN warehouse w ON w.id = s.warehouse_id
   GROUP BY x.id
  ON CONFLICT (product_id) DO UPDATE
     SET available = excluded.available, in_stock_warehouse_ids = excluded.in_stock_warehouse_ids
   WHERE (ps.available, ps.in_stock_warehouse_ids) IS DISTINCT FROM (excluded.available, excluded.in_stock_warehouse_ids)`;
