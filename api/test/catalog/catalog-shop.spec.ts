/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return --
   GraphQL answers are untyped JSON here; the expectations check their shape. */
import request from 'supertest';
import { StaffRole } from '../../src/common/auth/permissions';
import { loginBuyer, loginStaff } from '../helpers/auth';
import { createWarehouse } from '../helpers/catalog-factories';
import { createBuyer, createCompany, createStaff } from '../helpers/factories';
import { createTestApp, errorCode, TestApp } from '../helpers/test-app';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PAGE = `query P($filter: CatalogFilterInput, $sort: CatalogSortInput, $skip: Int, $take: Int) {
  catalogProducts(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    totalCount
    items { id sku name summary thumbnailUrl hasAnalogs brand { name } unit { code scale } packagings { code factor }
            quantityRules { step minQuantity }
            availability { total nextIncomingDate byWarehouse { warehouse { code } available nextIncoming { date quantity } } } }
  }
}`;
const FACETS = `query F($filter: CatalogFilterInput) {
  catalogFacets(filter: $filter) {
    totalCount inStockCount
    brands { brand { name } count selected }
    warehouses { warehouse { code } count }
    attributes { attribute { code } min max values { valueId label count selected } }
  }
}`;
const SUGGEST = `query S($q: String!) { searchSuggestions(query: $q) { sku name matchedOn exact barcode skuHighlights { start length } nameHighlights { start length } } }`;
const CARD = `query C($id: ID!) { catalogProduct(id: $id) { sku breadcrumbs { name } barcodes attributes { attribute { code } display }
  packagings { code } analogs { kind product { sku availability { total } } } incoming { warehouse { code } quantity expectedDate }
  availability { total } } }`;

describe('catalog for buyers (shop API)', () => {
  let t: TestApp;
  let token: string;
  const ids: Record<string, string> = {};
  const values: Record<string, string> = {};
  let rootId: string;
  let lampsId: string;

  const shop = async (q: string, v: Record<string, unknown> = {}) => {
    const res = await t.shop<Data>(q, v, { token });
    if (res.errors.length) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };

  beforeAll(async () => {
    t = await createTestApp({ SQL_COUNT_HEADER: 'true' });
    const staff = (await loginStaff(t, (await createStaff(t.ds, StaffRole.CATALOG_MANAGER)).email)).token;
    const admin = async (q: string, v: Record<string, unknown>) => {
      const res = await t.admin<Data>(q, v, { token: staff });
      if (res.errors.length) throw new Error(JSON.stringify(res.errors));
      return res.data!;
    };
    const company = await createCompany(t.ds);
    token = (await loginBuyer(t, (await createBuyer(t.ds, [{ companyId: company.id }])).email)).token;
    const w1 = await createWarehouse(t.ds, { code: 'W1', name: 'Москва' });
    await createWarehouse(t.ds, { code: 'W2', name: 'Казань', city: 'Казань' });

    await admin(
      `mutation { a: createAttributeDefinition(input: { code: "color", name: "Цвет", type: ENUM, position: 1,
        options: [{ code: "red", label: "красный" }, { code: "blue", label: "синий" }] }) { id }
        b: createAttributeDefinition(input: { code: "power", name: "Мощность", type: NUMBER, unit: "Вт", position: 2 }) { id }
        c: createAttributeDefinition(input: { code: "dimmable", name: "Диммируемый", type: BOOLEAN, position: 3 }) { id } }`,
      {},
    );
    await admin(
      `mutation { upsertCategories(rows: [{ externalId: "root", name: "Освещение" }, { externalId: "lamps", name: "Лампы", parentExternalId: "root" },
        { externalId: "spots", name: "Прожекторы", parentExternalId: "root" }]) { applied } }`,
      {},
    );
    const products = [
      {
        sku: 'L-1',
        name: 'Лампа LED 10 Вт красная',
        brand: 'Gauss',
        categoryExternalId: 'lamps',
        attributes: [
          { code: 'color', value: 'red' },
          { code: 'power', value: '10' },
          { code: 'dimmable', value: 'true' },
        ],
        barcodes: ['4600000000011'],
      },
      {
        sku: 'L-2',
        name: 'Лампа LED 20 Вт синяя',
        brand: 'Gauss',
        categoryExternalId: 'lamps',
        attributes: [
          { code: 'color', value: 'blue' },
          { code: 'power', value: '20' },
          { code: 'dimmable', value: 'false' },
        ],
      },
      {
        sku: 'S-3',
        name: 'Прожектор LED 10 Вт красный',
        brand: 'Navigator',
        categoryExternalId: 'spots',
        attributes: [
          { code: 'color', value: 'red' },
          { code: 'power', value: '10' },
          { code: 'dimmable', value: 'true' },
        ],
      },
      {
        sku: 'L-4',
        name: 'Лампа LED 10 Вт синяя',
        brand: 'Navigator',
        categoryExternalId: 'lamps',
        attributes: [
          { code: 'color', value: 'blue' },
          { code: 'power', value: '10' },
        ],
        packagings: [{ code: 'box', name: 'Коробка', factor: '10' }],
        analogs: [{ sku: 'L-2', kind: 'FULL' }],
      },
      {
        sku: 'L-5',
        name: 'Лампа снята с производства',
        categoryExternalId: 'lamps',
        active: false,
        attributes: [{ code: 'color', value: 'red' }],
      },
      { sku: 'KB-100', name: 'Кабель ВВГнг-LS 3×2,5', unitCode: 'm', categoryExternalId: 'root' },
      { sku: 'KB-1000', name: 'Кабель ВВГнг-LS 3×1,5', unitCode: 'm', categoryExternalId: 'root' },
    ];
    const upserted = await admin(
      `mutation U($rows: [ProductInput!]!) { upsertProducts(rows: $rows) { items { sku id } rowErrors { row message } } }`,
      { rows: products },
    );
    for (const i of upserted.upsertProducts.items) ids[i.sku] = i.id;
    await admin(`mutation S($rows: [StockLevelUpsertInput!]!) { upsertStockLevels(rows: $rows) { applied } }`, {
      rows: [
        { sku: 'L-1', warehouseCode: 'W1', onHand: '5' },
        { sku: 'L-2', warehouseCode: 'W1', onHand: '0' },
        { sku: 'S-3', warehouseCode: 'W2', onHand: '3' },
        { sku: 'L-4', warehouseCode: 'W1', onHand: '2' },
        { sku: 'L-4', warehouseCode: 'W2', onHand: '1.5' },
      ],
    });
    await admin(
      `mutation I($rows: [IncomingSupplyUpsertInput!]!) { upsertIncomingSupplies(rows: $rows) { applied } }`,
      { rows: [{ externalId: 'PO-1', sku: 'L-2', warehouseCode: 'W1', quantity: '50', expectedDate: '2030-03-01' }] },
    );
    expect(w1.id).toBeDefined();
    const tree = (await shop(`{ categories { id name } }`)).categories as { id: string; name: string }[];
    rootId = tree.find((c) => c.name === 'Освещение')!.id;
    lampsId = tree.find((c) => c.name === 'Лампы')!.id;
    const facets = (await shop(FACETS, { filter: { categoryId: rootId } })).catalogFacets;
    for (const a of facets.attributes) for (const v of a.values) values[`${a.attribute.code}:${v.label}`] = v.valueId;
  });
  afterAll(() => t.close());

  it('pages a category with its descendants, sorted, with availability per warehouse and incoming', async () => {
    const page = (
      await shop(PAGE, { filter: { categoryId: rootId }, sort: { field: 'SKU', direction: 'ASC' }, take: 3 })
    ).catalogProducts;
    expect(page.totalCount).toBe(6); // the inactive one is not in the catalog
    expect(page.items.map((i: { sku: string }) => i.sku)).toEqual(['KB-100', 'KB-1000', 'L-1']);
    const next = (
      await shop(PAGE, { filter: { categoryId: rootId }, sort: { field: 'SKU', direction: 'ASC' }, skip: 3, take: 3 })
    ).catalogProducts;
    expect(next.items.map((i: { sku: string }) => i.sku)).toEqual(['L-2', 'L-4', 'S-3']);
    const l4 = next.items.find((i: { sku: string }) => i.sku === 'L-4');
    expect(l4.availability.total).toBe('3.5');
    expect(l4.availability.byWarehouse.map((w: Data) => [w.warehouse.code, w.available])).toEqual([
      ['W2', '1.5'], // Казань before Москва: warehouses in their display order
      ['W1', '2'],
    ]);
    expect(l4.hasAnalogs).toBe(true);
    expect(l4.packagings).toEqual([{ code: 'box', factor: '10' }]);
    const l2 = next.items.find((i: { sku: string }) => i.sku === 'L-2');
    expect(l2.availability).toMatchObject({ total: '0', nextIncomingDate: '2030-03-01' });
    expect(l2.availability.byWarehouse[0].nextIncoming).toEqual({ date: '2030-03-01', quantity: '50' });
    // Past the end: no rows but the real count.
    const beyond = (await shop(PAGE, { filter: { categoryId: rootId }, skip: 100, take: 10 })).catalogProducts;
    expect(beyond).toEqual({ totalCount: 6, items: [] });

    const byAvailability = (
      await shop(PAGE, { filter: { categoryId: lampsId }, sort: { field: 'AVAILABILITY', direction: 'DESC' } })
    ).catalogProducts;
    expect(byAvailability.items.map((i: { sku: string }) => i.sku)).toEqual(['L-1', 'L-4', 'L-2']);
  });

  it('filters by attributes, brand, stock, warehouse and text', async () => {
    const skus = async (filter: Record<string, unknown>) =>
      ((await shop(PAGE, { filter, sort: { field: 'SKU' } })).catalogProducts.items as { sku: string }[]).map(
        (i) => i.sku,
      );
    const red = values['color:красный'];
    const w10 = values['power:10 Вт'];
    expect(
      await skus({ categoryId: rootId, attributes: [{ attributeId: await attrId('color'), valueIds: [red] }] }),
    ).toEqual(['L-1', 'S-3']);
    expect(await skus({ categoryId: rootId, attributes: [{ attributeId: await attrId('power'), min: '15' }] })).toEqual(
      ['L-2'],
    );
    expect(
      await skus({ attributes: [{ attributeId: await attrId('power'), valueIds: [w10] }], inStock: true }),
    ).toEqual(['L-1', 'L-4', 'S-3']);
    const brand = (await shop(FACETS, { filter: { categoryId: rootId } })).catalogFacets.brands.find(
      (b: Data) => b.brand.name === 'Navigator',
    );
    expect(brand.count).toBe(2);
    const warehouses = (await shop(`{ warehouses { id code } }`)).warehouses as { id: string; code: string }[];
    const w2 = warehouses.find((w) => w.code === 'W2')!.id;
    expect(await skus({ warehouseIds: [w2] })).toEqual(['L-4', 'S-3']);
    expect(await skus({ search: 'лампа синяя' })).toEqual(['L-2', 'L-4']);
    expect(await skus({ search: 'kb-10' })).toEqual(['KB-100', 'KB-1000']);
    expect(await skus({ search: '4600000000011' })).toEqual(['L-1']);
  });

  async function attrId(code: string): Promise<string> {
    const rows = await t.ds.query<{ id: string }[]>(`SELECT id FROM attribute_definition WHERE code = $1`, [code]);
    return rows[0].id;
  }

  it('counts facets with every other facet applied', async () => {
    const color = await attrId('color');
    const red = values['color:красный'];
    const f = (
      await shop(FACETS, { filter: { categoryId: rootId, attributes: [{ attributeId: color, valueIds: [red] }] } })
    ).catalogFacets;
    expect(f.totalCount).toBe(2);
    expect(f.inStockCount).toBe(2);
    const counts = (code: string) =>
      Object.fromEntries(
        f.attributes.find((a: Data) => a.attribute.code === code).values.map((v: Data) => [v.label, v.count]),
      );
    // The colour facet ignores the colour filter itself…
    expect(counts('color')).toEqual({ красный: 2, синий: 2 });
    // …the others are counted among red products only.
    expect(counts('power')).toEqual({ '10 Вт': 2, '20 Вт': 0 });
    expect(counts('dimmable')).toEqual({ Да: 2, Нет: 0 });
    expect(
      f.attributes.find((a: Data) => a.attribute.code === 'color').values.find((v: Data) => v.label === 'красный')
        .selected,
    ).toBe(true);
    expect(Object.fromEntries(f.brands.map((b: Data) => [b.brand.name, b.count]))).toEqual({ Gauss: 1, Navigator: 1 });
    expect(Object.fromEntries(f.warehouses.map((w: Data) => [w.warehouse.code, w.count]))).toEqual({ W1: 1, W2: 1 });
    expect(f.attributes.find((a: Data) => a.attribute.code === 'power')).toMatchObject({ min: '10', max: '10' });

    // Two facets: brand Navigator + red.
    const brands = (await shop(FACETS, { filter: { categoryId: rootId } })).catalogFacets.brands as Data[];
    const navigator = (await t.ds.query(`SELECT id FROM brand WHERE name = 'Navigator'`))[0].id;
    expect(brands.length).toBe(2);
    const g = (
      await shop(FACETS, {
        filter: { categoryId: rootId, brandIds: [navigator], attributes: [{ attributeId: color, valueIds: [red] }] },
      })
    ).catalogFacets;
    expect(g.totalCount).toBe(1);
    expect(Object.fromEntries(g.brands.map((b: Data) => [b.brand.name, b.count]))).toEqual({ Gauss: 1, Navigator: 1 });
    const colorCounts = Object.fromEntries(
      g.attributes.find((a: Data) => a.attribute.code === 'color').values.map((v: Data) => [v.label, v.count]),
    );
    expect(colorCounts).toEqual({ красный: 1, синий: 1 });
  });

  it('suggests exact SKU first, then prefixes, barcodes and names, tolerating a typo', async () => {
    const s = (q: string) => shop(SUGGEST, { q }).then((d) => d.searchSuggestions as Data[]);
    const bySku = await s('kb-100');
    expect(bySku.map((x) => x.sku)).toEqual(['KB-100', 'KB-1000']);
    expect(bySku[0]).toMatchObject({ matchedOn: 'SKU', exact: true, skuHighlights: [{ start: 0, length: 6 }] });
    expect(bySku[1].exact).toBe(false);
    expect((await s('46000000000'))[0]).toMatchObject({ sku: 'L-1', matchedOn: 'BARCODE', barcode: '4600000000011' });
    const names = await s('каб ввг');
    expect(names.map((x) => x.sku).sort()).toEqual(['KB-100', 'KB-1000']);
    expect(names[0].nameHighlights).toEqual([
      { start: 0, length: 3 },
      { start: 7, length: 3 },
    ]);
    const typo = await s('кобель');
    expect(typo.map((x) => x.sku).sort()).toEqual(['KB-100', 'KB-1000']);
    expect(typo[0].nameHighlights).toEqual([{ start: 0, length: 6 }]);
    expect(await s('прожектор')).toEqual([expect.objectContaining({ sku: 'S-3', matchedOn: 'NAME' })]);
    expect(await s('снята')).toEqual([]); // inactive products are not suggested
    expect(await s('x')).toEqual([]);
  });

  it('shows a product card with attributes, packaging, analogs, stock and incoming', async () => {
    const card = (await shop(CARD, { id: ids['L-4'] })).catalogProduct;
    expect(card.breadcrumbs.map((c: Data) => c.name)).toEqual(['Освещение', 'Лампы']);
    expect(card.attributes.map((a: Data) => a.display)).toEqual(['синий', '10 Вт']);
    expect(card.analogs).toEqual([{ kind: 'FULL', product: { sku: 'L-2', availability: { total: '0' } } }]);
    const l2 = (await shop(CARD, { id: ids['L-2'] })).catalogProduct;
    expect(l2.incoming).toEqual([{ warehouse: { code: 'W1' }, quantity: '50', expectedDate: '2030-03-01' }]);
    const hidden = await t.shop(CARD, { id: ids['L-5'] }, { token });
    expect(errorCode(hidden)).toBe('NOT_FOUND');
  });

  it('reads a page in a fixed number of SQL statements, whatever its size', async () => {
    const count = async (take: number) => {
      const res = await request(t.http)
        .post('/shop-api')
        .set('authorization', `Bearer ${token}`)
        .send({ query: PAGE, variables: { filter: { categoryId: rootId, inStock: true }, take } });
      expect(res.body.errors).toBeUndefined();
      return Number(res.headers['x-sql-count']);
    };
    const small = await count(1);
    const large = await count(6);
    expect(small).toBe(large);
    expect(large).toBeLessThanOrEqual(5);
  });

  it('answers several root fields of one operation (they share one principal lookup)', async () => {
    const res = await shop(`{ categories { id } warehouses { code } reservations { totalCount } }`);
    expect(res.warehouses.length).toBe(2);
    expect(res.reservations.totalCount).toBe(0);
  });

  it('refuses every catalog field without a token, and to staff tokens', async () => {
    const staff = (await loginStaff(t, (await createStaff(t.ds)).email)).token;
    for (const [q, v] of [
      [PAGE, {}],
      [FACETS, {}],
      [SUGGEST, { q: 'kb' }],
      [CARD, { id: ids['L-1'] }],
      [`{ categories { id } }`, {}],
      [`{ warehouses { id } }`, {}],
    ] as const) {
      expect(errorCode(await t.shop(q, v))).toBe('UNAUTHENTICATED');
      expect(errorCode(await t.shop(q, v, { token: staff }))).toBe('UNAUTHENTICATED');
    }
  });
});
