import { DataSource } from 'typeorm';
import { BuyerRole } from '../../src/common/auth/permissions';
import { loginBuyer } from './auth';
import { createProduct, setStock } from './catalog-factories';
import { createPriceType, setPrice } from './pricing-factories';
import { createBuyer, createCompany, TestCompany } from './factories';
import { TestApp } from './test-app';

export interface OrderingBuyer {
  token: string;
  userId: string;
  email: string;
}

/** A company with a default contract and buyers of the given roles, logged in. */
export async function orderingCompany(
  t: TestApp,
  name: string,
  roles: BuyerRole[] = [BuyerRole.DIRECTOR],
): Promise<{ company: TestCompany; buyers: OrderingBuyer[] }> {
  const company = await createCompany(t.ds, { name, contracts: true });
  const buyers: OrderingBuyer[] = [];
  for (const role of roles) {
    const b = await createBuyer(t.ds, [{ companyId: company.id, role }]);
    buyers.push({ token: (await loginBuyer(t, b.email)).token, userId: b.id, email: b.email });
  }
  return { company, buyers };
}

export async function addPackaging(ds: DataSource, productId: string, code: string, factor: string, barcode?: string) {
  await ds.query(
    `INSERT INTO product_packaging (product_id, code, name, factor, barcode) VALUES ($1, $2, $3, $4, $5)`,
    [productId, code, code === 'box' ? 'Коробка' : code, factor, barcode ?? null],
  );
}

export async function addBarcode(ds: DataSource, productId: string, barcode: string) {
  await ds.query(`INSERT INTO product_barcode (barcode, product_id) VALUES ($1, $2)`, [barcode, productId]);
}

/** The default price type every contract without its own base type prices from (VAT included). */
export async function defaultPriceType(ds: DataSource): Promise<string> {
  const [existing] = await ds.query<{ id: string }[]>(`SELECT id FROM price_type WHERE is_default`);
  if (existing) return existing.id;
  return (await createPriceType(ds, { code: 'BASE', name: 'Базовая', isDefault: true, vatIncluded: true })).id;
}

/** A product with stock at a warehouse and (unless `price` is null) a price of the default type, VAT 22 %. */
export async function stockedProduct(
  ds: DataSource,
  warehouseId: string,
  onHand: string,
  options: Parameters<typeof createProduct>[1] & { price?: string | null; vatRate?: string | null } = {},
) {
  const p = await createProduct(ds, options);
  await ds.query(`UPDATE product SET vat_rate = $2 WHERE id = $1`, [
    p.id,
    options.vatRate === undefined ? '22' : options.vatRate,
  ]);
  await setStock(ds, p.id, warehouseId, onHand);
  if (options.price !== null) await setPrice(ds, p.id, await defaultPriceType(ds), options.price ?? '100');
  return p;
}
