import { DataSource } from 'typeorm';
import { BuyerRole } from '../../src/common/auth/permissions';
import { loginBuyer } from './auth';
import { createProduct, setStock } from './catalog-factories';
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

export async function stockedProduct(
  ds: DataSource,
  warehouseId: string,
  onHand: string,
  options: Parameters<typeof createProduct>[1] = {},
) {
  const p = await createProduct(ds, options);
  await setStock(ds, p.id, warehouseId, onHand);
  return p;
}
