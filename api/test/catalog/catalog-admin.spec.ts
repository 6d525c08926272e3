/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument --
   GraphQL answers are untyped JSON here; the expectations check their shape. */
import request from 'supertest';
import sharp from 'sharp';
import { StaffRole } from '../../src/common/auth/permissions';
import { loginBuyer, loginStaff } from '../helpers/auth';
import { createWarehouse } from '../helpers/catalog-factories';
import { createBuyer, createCompany, createStaff } from '../helpers/factories';
import { createTestApp, errorCode, GqlResponse, TestApp } from '../helpers/test-app';

const CREATE_ATTR = `mutation A($input: AttributeDefinitionInput!) { createAttributeDefinition(input: $input) { id code type options { id code label } } }`;
const CREATE_PRODUCT = `mutation P($input: ProductInput!) { createProduct(input: $input) { id sku name brand { name } unit { code }
  orderStep minOrderQuantity barcodes attributes { attribute { code } display valueId } packagings { code factor } analogs { sku kind } } }`;
const UPSERT_PRODUCTS = `mutation U($rows: [ProductInput!]!, $options: BatchOptionsInput) {
  upsertProducts(rows: $rows, options: $options) { applied items { row id sku created } rowErrors { row field errorCode message key } } }`;
const UPSERT_CATEGORIES = `mutation C($rows: [CategoryUpsertInput!]!, $options: BatchOptionsInput) {
  upsertCategories(rows: $rows, options: $options) { applied items { row id externalId created } rowErrors { row field errorCode } } }`;
const UPSERT_STOCK = `mutation S($rows: [StockLevelUpsertInput!]!, $options: BatchOptionsInput) {
  upsertStockLevels(rows: $rows, options: $options) { applied rowErrors { row field errorCode key } } }`;
const UPSERT_SUPPLIES = `mutation I($rows: [IncomingSupplyUpsertInput!]!) {
  upsertIncomingSupplies(rows: $rows) { applied items { externalId created } rowErrors { row field errorCode } } }`;
const TREE = `{ categories { id parentId name position depth path externalId productCount } }`;

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('catalog administration and integrator bulk upserts', () => {
  let t: TestApp;
  let token: string;
  const admin = <T = Data>(q: string, v: Record<string, unknown> = {}, tk = token): Promise<GqlResponse<T>> =>
    t.admin<T>(q, v, { token: tk });
  const ok = async <T = Data>(q: string, v: Record<string, unknown> = {}) => {
    const res = await admin<T>(q, v);
    if (res.errors.length) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };

  beforeAll(async () => {
    t = await createTestApp({ IMAGE_MAX_BYTES: '200000' });
    token = (await loginStaff(t, (await createStaff(t.ds, StaffRole.CATALOG_MANAGER)).email)).token;
    await ok(CREATE_ATTR, {
      input: {
        code: 'coating',
        name: 'Покрытие',
        type: 'ENUM',
        options: [
          { code: 'zinc', label: 'оцинкованное' },
          { code: 'yellow', label: 'жёлтый цинк' },
        ],
      },
    });
    await ok(CREATE_ATTR, { input: { code: 'diameter', name: 'Диаметр', type: 'NUMBER', unit: 'мм' } });
    await ok(CREATE_ATTR, { input: { code: 'note', name: 'Примечание', type: 'TEXT', filterable: false } });
  });
  afterAll(() => t.close());

  it('builds, moves and reorders the category tree, keeping paths for "with descendants"', async () => {
    const root = (await ok(`mutation { createCategory(input: { name: "Крепёж" }) { id path } }`)).createCategory;
    const screws = (
      await ok(`mutation M($p: ID) { createCategory(input: { name: "Саморезы", parentId: $p }) { id path depth } }`, {
        p: root.id,
      })
    ).createCategory;
    const wood = (
      await ok(`mutation M($p: ID) { createCategory(input: { name: "По дереву", parentId: $p }) { id path depth } }`, {
        p: screws.id,
      })
    ).createCategory;
    expect(wood.path).toEqual([root.id, screws.id, wood.id]);
    expect(wood.depth).toBe(2);
    const other = (await ok(`mutation { createCategory(input: { name: "Метизы" }) { id } }`)).createCategory;

    // Move the «Саморезы» subtree under «Метизы»: its child's path follows.
    await ok(`mutation M($id: ID!, $p: ID) { moveCategory(id: $id, parentId: $p, position: 0) { id } }`, {
      id: screws.id,
      p: other.id,
    });
    let tree = (await ok(TREE)).categories as {
      id: string;
      path: string[];
      position: number;
      parentId: string | null;
    }[];
    expect(tree.find((c) => c.id === wood.id)!.path).toEqual([other.id, screws.id, wood.id]);

    // Moving a category into its own subtree is refused, naming the argument.
    const cycle = await admin(
      `mutation M($id: ID!, $p: ID) { moveCategory(id: $id, parentId: $p, position: 0) { id } }`,
      { id: other.id, p: wood.id },
    );
    expect(errorCode(cycle)).toBe('BAD_USER_INPUT');
    expect(cycle.errors[0].extensions?.field).toBe('parentId');

    // Reorder roots.
    await ok(`mutation M($id: ID!) { moveCategory(id: $id, parentId: null, position: 0) { id } }`, { id: other.id });
    tree = (await ok(TREE)).categories;
    const roots = tree.filter((c) => c.parentId === null && [root.id, other.id].includes(c.id));
    expect(roots.map((c) => c.id)).toEqual([other.id, root.id]);
    expect(errorCode(await admin(`mutation M($id: ID!) { deleteCategory(id: $id) }`, { id: other.id }))).toBe(
      'CONFLICT',
    );
  });

  it('creates a product with attributes, packagings, barcodes and analogs', async () => {
    const warehouse = await createWarehouse(t.ds);
    expect(warehouse.id).toBeDefined();
    await ok(CREATE_PRODUCT, { input: { sku: 'SR-100', name: 'Саморез 3,5×25', unitCode: 'pcs' } });
    const product = (
      await ok(CREATE_PRODUCT, {
        input: {
          sku: 'SR-200',
          name: 'Саморез по дереву 4,2×76 оцинк.',
          brand: 'Tech-KREP',
          orderStep: '200',
          barcodes: ['4601234500017'],
          attributes: [
            { code: 'coating', value: 'zinc' },
            { code: 'diameter', value: '4,2' },
            { code: 'note', value: 'Для мягких пород' },
          ],
          packagings: [{ code: 'box', name: 'Коробка', factor: '200' }],
          analogs: [{ sku: 'SR-100', kind: 'PARTIAL', bidirectional: true }],
        },
      })
    ).createProduct;
    expect(product).toMatchObject({
      sku: 'SR-200',
      brand: { name: 'Tech-KREP' },
      orderStep: '200',
      minOrderQuantity: '200',
      barcodes: ['4601234500017'],
      packagings: [{ code: 'box', factor: '200' }],
      analogs: [{ sku: 'SR-100', kind: 'PARTIAL' }],
    });
    expect(product.attributes.map((a: { display: string }) => a.display)).toEqual([
      '4,2 мм',
      'оцинкованное',
      'Для мягких пород',
    ]);
    // Two-way link: SR-100 now lists SR-200 as its analog.
    const back = await t.ds.query(
      `SELECT count(*)::int AS n FROM product_analog a JOIN product p ON p.id = a.product_id WHERE p.sku = 'SR-100'`,
    );
    expect(back[0].n).toBe(1);

    // The staff list shows packagings and barcodes on each row too.
    const list = (
      await ok(`{ products(filter: { search: "SR-" }) { items { sku barcodes packagings { code name factor } } } }`)
    ).products.items;
    expect(list.find((p: { sku: string }) => p.sku === 'SR-200')).toEqual({
      sku: 'SR-200',
      barcodes: ['4601234500017'],
      packagings: [{ code: 'box', name: 'Коробка', factor: '200' }],
    });
    expect(list.find((p: { sku: string }) => p.sku === 'SR-100')).toMatchObject({ barcodes: [], packagings: [] });

    const dup = await admin(CREATE_PRODUCT, { input: { sku: 'sr-200', name: 'Дубль' } });
    expect(errorCode(dup)).toBe('CONFLICT');
    const badAttr = await admin(CREATE_PRODUCT, {
      input: { sku: 'SR-300', name: 'X', attributes: [{ code: 'coating', value: 'gold' }] },
    });
    expect(errorCode(badAttr)).toBe('BAD_USER_INPUT');
    expect(badAttr.errors[0].extensions?.field).toBe('input.attributes.0.value');
    const badStep = await admin(CREATE_PRODUCT, { input: { sku: 'SR-301', name: 'X', orderStep: '0.5' } });
    expect(badStep.errors[0].extensions?.field).toBe('input.orderStep');
  });

  it('bulk upserts products with per-row errors, all-or-nothing and idempotent re-runs', async () => {
    const rows = [
      { sku: 'BLK-1', externalId: 'ext-1', name: 'Анкер 10×100', attributes: [{ code: 'diameter', value: '10' }] },
      { sku: 'BLK-2', name: 'Анкер 12×120', unitCode: 'nope' },
      { sku: 'BLK-3', name: 'Анкер 8×80', categoryExternalId: 'missing' },
      { sku: 'blk-1', name: 'Дубль' },
      {
        sku: 'BLK-4',
        name: 'Кабель ВВГ 3×1,5',
        unitCode: 'm',
        orderStep: '0.5',
        minOrderQuantity: '10',
        analogs: [{ sku: 'BLK-1' }],
      },
    ];
    const refused = (await ok(UPSERT_PRODUCTS, { rows, options: { allOrNothing: true } })).upsertProducts;
    expect(refused.applied).toBe(0);
    expect(
      refused.rowErrors.map((e: { row: number; field: string; errorCode: string }) => [e.row, e.field, e.errorCode]),
    ).toEqual([
      [2, 'unitCode', 'UNKNOWN_UNIT'],
      [3, 'categoryExternalId', 'UNKNOWN_CATEGORY'],
      [4, 'sku', 'DUPLICATE_KEY'],
    ]);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM product WHERE sku LIKE 'BLK-%'`);
    expect(n).toBe(0);

    const partial = (await ok(UPSERT_PRODUCTS, { rows })).upsertProducts;
    expect(partial.applied).toBe(2);
    expect(partial.items.map((i: { row: number; created: boolean }) => [i.row, i.created])).toEqual([
      [1, true],
      [5, true],
    ]);

    // The same batch again: nothing new, nothing changed (updated_at stays).
    const before = await t.ds.query(`SELECT id, updated_at FROM product WHERE sku LIKE 'BLK-%' ORDER BY sku`);
    const again = (await ok(UPSERT_PRODUCTS, { rows: [rows[0], rows[4]] })).upsertProducts;
    expect(again.items.every((i: { created: boolean }) => !i.created)).toBe(true);
    const after = await t.ds.query(`SELECT id, updated_at FROM product WHERE sku LIKE 'BLK-%' ORDER BY sku`);
    expect(after).toEqual(before);

    // Found by externalId, the SKU can change.
    const renamed = (await ok(UPSERT_PRODUCTS, { rows: [{ sku: 'BLK-1A', externalId: 'ext-1' }] })).upsertProducts;
    expect(renamed.items[0]).toMatchObject({ sku: 'BLK-1A', created: false, id: partial.items[0].id });
  });

  it('upserts categories by external id in any order and refuses cycles', async () => {
    const result = (
      await ok(UPSERT_CATEGORIES, {
        rows: [
          { externalId: 'c-child', name: 'Кабель силовой', parentExternalId: 'c-root' },
          { externalId: 'c-root', name: 'Электротехника' },
          { externalId: 'c-orphan', name: 'X', parentExternalId: 'nowhere' },
        ],
      })
    ).upsertCategories;
    expect(result.applied).toBe(2);
    expect(result.rowErrors).toEqual([{ row: 3, field: 'parentExternalId', errorCode: 'UNKNOWN_PARENT' }]);
    const tree = (await ok(TREE)).categories as { externalId: string; path: string[]; id: string }[];
    const root = tree.find((c) => c.externalId === 'c-root')!;
    expect(tree.find((c) => c.externalId === 'c-child')!.path).toEqual([root.id, expect.any(String)]);
    const cycle = (
      await ok(UPSERT_CATEGORIES, {
        rows: [{ externalId: 'c-root', name: 'Электротехника', parentExternalId: 'c-child' }],
      })
    ).upsertCategories;
    expect(cycle.rowErrors[0]).toMatchObject({ row: 1, errorCode: 'CYCLE' });
  });

  it('bulk upserts stock and supplies, adjusts stock with an audited reason', async () => {
    const wh = await createWarehouse(t.ds, { code: 'MSK-1' });
    await ok(UPSERT_PRODUCTS, {
      rows: [
        { sku: 'ST-1', name: 'Лампа' },
        { sku: 'ST-2', externalId: 'st-2', name: 'Лампа 2' },
      ],
    });
    const stock = (
      await ok(UPSERT_STOCK, {
        rows: [
          { sku: 'ST-1', warehouseCode: 'MSK-1', onHand: '12' },
          { productExternalId: 'st-2', warehouseCode: 'msk-1', onHand: '3.5' },
          { sku: 'NOPE', warehouseCode: 'MSK-1', onHand: '1' },
          { sku: 'ST-1', warehouseCode: 'SPB-9', onHand: '1' },
          { sku: 'ST-2', warehouseCode: 'MSK-1', onHand: '-1' },
          { sku: 'st-1', warehouseCode: 'msk-1', onHand: '7' }, // row 1 again: refused, row 1 stands
        ],
      })
    ).upsertStockLevels;
    expect(stock.applied).toBe(2);
    expect(stock.rowErrors.map((e: { row: number; errorCode: string }) => [e.row, e.errorCode])).toEqual([
      [3, 'UNKNOWN_SKU'],
      [4, 'UNKNOWN_WAREHOUSE'],
      [5, 'INVALID_VALUE'],
      [6, 'DUPLICATE_KEY'],
    ]);
    // All or nothing: one bad row and nothing changes; the same rows again change nothing either.
    const refused = (
      await ok(UPSERT_STOCK, {
        rows: [
          { sku: 'ST-1', warehouseCode: 'MSK-1', onHand: '99' },
          { sku: 'NOPE', warehouseCode: 'MSK-1', onHand: '1' },
        ],
        options: { allOrNothing: true },
      })
    ).upsertStockLevels;
    expect(refused.applied).toBe(0);
    const before = await t.ds.query(
      `SELECT product_id, on_hand::text, updated_at FROM stock_level ORDER BY product_id`,
    );
    await ok(UPSERT_STOCK, { rows: [{ sku: 'ST-1', warehouseCode: 'MSK-1', onHand: '12' }] });
    expect(
      await t.ds.query(`SELECT product_id, on_hand::text, updated_at FROM stock_level ORDER BY product_id`),
    ).toEqual(before);
    const [summary] = await t.ds.query(
      `SELECT ps.available::text FROM product_stock ps JOIN product p ON p.id = ps.product_id WHERE p.sku = 'ST-1'`,
    );
    expect(summary.available).toBe('12.000000');

    const productId = (await t.ds.query(`SELECT id FROM product WHERE sku = 'ST-1'`))[0].id;
    const adjusted = await ok(
      `mutation A($input: StockAdjustmentInput!) { adjustStock(input: $input) { onHand reserved available } }`,
      { input: { productId, warehouseId: wh.id, delta: '-2', reason: 'Бой при разгрузке' } },
    );
    expect(adjusted.adjustStock).toEqual({ onHand: '10', reserved: '0', available: '10' });
    const [audit] = await t.ds.query(`SELECT reason, before, after FROM audit_event WHERE action = 'stock.adjusted'`);
    expect(audit).toEqual({ reason: 'Бой при разгрузке', before: { onHand: '12' }, after: { onHand: '10' } });
    const noReason = await admin(
      `mutation A($input: StockAdjustmentInput!) { adjustStock(input: $input) { onHand } }`,
      {
        input: { productId, warehouseId: wh.id, delta: '1', reason: '' },
      },
    );
    expect(noReason.errors[0].extensions?.field).toBe('input.reason');

    const supplies = {
      rows: [{ externalId: 'PO-1', sku: 'ST-1', warehouseCode: 'MSK-1', quantity: '100', expectedDate: '2030-01-15' }],
    };
    expect((await ok(UPSERT_SUPPLIES, supplies)).upsertIncomingSupplies.items[0].created).toBe(true);
    expect((await ok(UPSERT_SUPPLIES, supplies)).upsertIncomingSupplies.items[0].created).toBe(false);
    const [{ count }] = await t.ds.query(
      `SELECT count(*)::int AS count FROM incoming_supply WHERE external_id = 'PO-1'`,
    );
    expect(count).toBe(1);
  });

  it('lets an API key with MANAGE_STOCK upsert stock, but not products', async () => {
    const adminUser = await createStaff(t.ds, StaffRole.ADMIN);
    const adminToken = (await loginStaff(t, adminUser.email)).token;
    const key = await admin<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "1C", scopes: [MANAGE_STOCK] }) { secret } }`,
      {},
      adminToken,
    );
    const secret = key.data!.createApiKey.secret;
    const res = await t.admin(
      UPSERT_STOCK,
      { rows: [{ sku: 'ST-1', warehouseCode: 'MSK-1', onHand: '7' }] },
      { token: secret },
    );
    expect(res.errors).toEqual([]);
    const refused = await t.admin(UPSERT_PRODUCTS, { rows: [{ sku: 'K-1', name: 'x' }] }, { token: secret });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  describe('product images', () => {
    let productId: string;
    const png = (w: number, h: number) =>
      sharp({ create: { width: w, height: h, channels: 3, background: '#3366aa' } })
        .png()
        .toBuffer();
    beforeAll(async () => {
      productId = (await ok(CREATE_PRODUCT, { input: { sku: 'IMG-1', name: 'Светильник LED 36 Вт' } })).createProduct
        .id;
    });

    it('resizes an upload to WebP thumbnails served by signed, expiring URLs', async () => {
      const res = await request(t.http)
        .post(`/api/admin/products/${productId}/image`)
        .set('authorization', `Bearer ${token}`)
        .attach('file', await png(800, 600), 'lamp.png');
      expect(res.status).toBe(201);
      const thumb = await request(t.http).get(res.body.thumbnailUrl).buffer(true);
      expect(thumb.status).toBe(200);
      expect(thumb.headers['content-type']).toBe('image/webp');
      const meta = await sharp(thumb.body as Buffer).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', 64, 64]);
      const card = await request(t.http).get(res.body.imageUrl).buffer(true);
      expect((await sharp(card.body as Buffer).metadata()).width).toBe(480);
      // A tampered or unsigned URL is refused.
      expect((await request(t.http).get(res.body.thumbnailUrl.replace(/s=.{4}/, 's=AAAA'))).status).toBe(403);
      expect((await request(t.http).get(`/api/images/${res.body.imageId}/thumb`)).status).toBe(403);
    });

    it('refuses a file that is too large, not an image, or from a buyer', async () => {
      const big = await request(t.http)
        .post(`/api/admin/products/${productId}/image`)
        .set('authorization', `Bearer ${token}`)
        .attach('file', Buffer.alloc(300_000, 7), 'big.png');
      expect(big.status).toBe(413);
      const text = await request(t.http)
        .post(`/api/admin/products/${productId}/image`)
        .set('authorization', `Bearer ${token}`)
        .attach('file', Buffer.from('just some text, not a picture'), 'x.png');
      expect(text.status).toBe(400);
      expect(text.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      const company = await createCompany(t.ds);
      const buyer = await loginBuyer(t, (await createBuyer(t.ds, [{ companyId: company.id }])).email);
      const asBuyer = await request(t.http)
        .post(`/api/admin/products/${productId}/image`)
        .set('authorization', `Bearer ${buyer.token}`)
        .attach('file', await png(10, 10), 'x.png');
      expect(asBuyer.status).toBe(401);
      const none = await request(t.http)
        .post(`/api/admin/products/${productId}/image`)
        .attach('file', await png(10, 10), 'x.png');
      expect(none.status).toBe(401);
    });
  });
});
