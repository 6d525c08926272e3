import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { REFRESH_PRODUCT_STOCK, SYNC_PRODUCT_SUMMARY } from '../../src/modules/inventory/availability.sql';

const unique = () => randomBytes(4).toString('hex');

export async function createWarehouse(
  ds: DataSource,
  options: { code?: string; name?: string; city?: string; active?: boolean } = {},
): Promise<{ id: string; code: string }> {
  const code = options.code ?? `WH-${unique()}`;
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO warehouse (code, name, city, active, bit)
     VALUES ($1, $2, $3, $4, (SELECT min(b) FROM generate_series(0, 62) b WHERE NOT EXISTS (SELECT 1 FROM warehouse w WHERE w.bit = b)))
     RETURNING id`,
    [code, options.name ?? `Склад ${code}`, options.city ?? 'Москва', options.active ?? true],
  );
  return { id: row.id, code };
}

export async function createCategory(
  ds: DataSource,
  options: { name?: string; parentId?: string | null; externalId?: string } = {},
): Promise<{ id: string }> {
  const [parent] = options.parentId
    ? await ds.query<{ path: string[] }[]>(`SELECT path FROM category WHERE id = $1`, [options.parentId])
    : [{ path: [] as string[] }];
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO category (id, parent_id, name, path, external_id)
     SELECT x.id, $1, $2, $3::uuid[] || x.id, $4 FROM (SELECT gen_random_uuid() AS id) x RETURNING id`,
    [options.parentId ?? null, options.name ?? `Категория ${unique()}`, parent.path, options.externalId ?? null],
  );
  return { id: row.id };
}

export interface TestProduct {
  id: string;
  sku: string;
}

/**
 * A product written straight to the tables the catalog reads (with its stock summary row). Tests of
 * the writer itself go through the admin API instead.
 */
export async function createProduct(
  ds: DataSource,
  options: {
    sku?: string;
    name?: string;
    categoryId?: string | null;
    unitCode?: string;
    orderStep?: string;
    minOrderQuantity?: string;
    facetKeys?: number[];
    brandId?: string | null;
    active?: boolean;
  } = {},
): Promise<TestProduct> {
  const sku = options.sku ?? `SKU-${unique()}`;
  const name = options.name ?? `Товар ${sku}`;
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO product (sku, name, category_id, unit_code, order_step, min_order_quantity, facet_keys, brand_id, active, search_text)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      sku,
      name,
      options.categoryId ?? null,
      options.unitCode ?? 'pcs',
      options.orderStep ?? '1',
      options.minOrderQuantity ?? options.orderStep ?? '1',
      options.facetKeys ?? [],
      options.brandId ?? null,
      options.active ?? true,
      `${sku} ${name}`.toLowerCase().replace(/ё/g, 'е'),
    ],
  );
  await ds.query(SYNC_PRODUCT_SUMMARY, [[row.id]]);
  return { id: row.id, sku };
}

/** Sets on-hand stock and recomputes the product's summary, as the stock services do. */
export async function setStock(ds: DataSource, productId: string, warehouseId: string, onHand: string): Promise<void> {
  await ds.query(
    `INSERT INTO stock_level (product_id, warehouse_id, on_hand) VALUES ($1, $2, $3)
     ON CONFLICT (product_id, warehouse_id) DO UPDATE SET on_hand = excluded.on_hand`,
    [productId, warehouseId, onHand],
  );
  await ds.query(REFRESH_PRODUCT_STOCK, [[productId]]);
}
