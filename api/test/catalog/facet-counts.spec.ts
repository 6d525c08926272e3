/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return --
   GraphQL answers are untyped JSON here; the expectations check their shape. */
import { StaffRole } from '../../src/common/auth/permissions';
import { RequestContext } from '../../src/common/context/request-context';
import { Dec } from '../../src/common/money/decimal';
import { FacetCounts1796610000000 } from '../../src/database/migrations/1796610000000-FacetCounts';
import { CatalogQueryRepository, FacetRow } from '../../src/modules/catalog/catalog-query.repository';
import { CatalogFilterInput } from '../../src/modules/catalog/catalog.inputs';
import { FacetCountService } from '../../src/modules/catalog/facet-count.service';
import { loginBuyer, loginStaff } from '../helpers/auth';
import { createCompany, createBuyer, createStaff } from '../helpers/factories';
import { createTestApp, TestApp } from '../helpers/test-app';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FACETS = `query F($filter: CatalogFilterInput) {
  catalogFacets(filter: $filter) {
    totalCount inStockCount
    brands { brand { name } count }
    warehouses { warehouse { code } count }
    attributes { attribute { code } values { valueId label count } }
  }
}`;
const UPSERT_PRODUCTS = `mutation U($rows: [ProductInput!]!) { upsertProducts(rows: $rows) { items { sku id } rowErrors { row message } } }`;
const UPSERT_STOCK = `mutation S($rows: [StockLevelUpsertInput!]!) { upsertStockLevels(rows: $rows) { applied rowErrors { row errorCode } } }`;
const RESERVE = `mutation R($input: ReserveStockInput!) { reserveStock(input: $input) { __typename ... on Reservation { id } } }`;

/**
 * Rows of facet_count that disagree with counting product_stock directly, per group and warehouse
 * bit: 0 when the precomputed counts are exact.
 */
const MISMATCHES = `
  WITH live AS (
    SELECT concat_ws('|', coalesce(category_id::text, '-'), facet_group, coalesce(brand_id::text, '-'), facet_keys::text) AS k, b,
           count(*) AS n, count(*) FILTER (WHERE in_stock_mask <> 0) AS ns,
           count(*) FILTER (WHERE in_stock_mask & (1::bigint << b) <> 0) AS nw
      FROM product_stock, generate_series(0, 62) AS b WHERE active GROUP BY 1, 2),
  counted AS (
    SELECT concat_ws('|', coalesce(category_id::text, '-'), facet_group, coalesce(brand_id::text, '-'), facet_keys::text) AS k, b,
           sum(n) AS n, sum(n_stock) AS ns, sum(coalesce(n_wh[b + 1], 0)) AS nw
      FROM facet_count, generate_series(0, 62) AS b GROUP BY 1, 2
    HAVING sum(n) <> 0 OR sum(n_stock) <> 0 OR sum(coalesce(n_wh[b + 1], 0)) <> 0)
  SELECT count(*)::int AS n FROM live FULL JOIN counted USING (k, b)
   WHERE (live.n, live.ns, live.nw) IS DISTINCT FROM (counted.n, counted.ns, counted.nw)`;

describe('precomputed facet counts', () => {
  let t: TestApp;
  let token: string;
  let admin: (q: string, v?: Record<string, unknown>) => Promise<Data>;
  let repo: CatalogQueryRepository;
  const ctx = RequestContext.forSystem();
  const ids: Record<string, string> = {};
  const values: Record<string, string> = {};
  const attrs: Record<string, string> = {};
  const cats: Record<string, string> = {};
  const wh: Record<string, string> = {};

  const shop = async (q: string, v: Record<string, unknown> = {}) => {
    const res = await t.shop<Data>(q, v, { token });
    if (res.errors.length) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const facets = async (filter: Record<string, unknown>) => (await shop(FACETS, { filter })).catalogFacets;
  const counts = (f: Data, code: string) =>
    Object.fromEntries(
      (f.attributes.find((a: Data) => a.attribute.code === code)?.values ?? []).map((v: Data) => [v.label, v.count]),
    );
  const mismatches = async () => (await t.ds.query<{ n: number }[]>(MISMATCHES))[0].n;

  const norm = (rows: FacetRow[]) =>
    rows
      .map((r) =>
        JSON.stringify([
          r.kind,
          r.key,
          Number(r.n ?? 0),
          r.kind === 'summary' ? (JSON.parse(r.label ?? '[]') as (number | null)[]).map((x) => Number(x ?? 0)) : null,
        ]),
      )
      .sort();
  /** Counted and scanned facets agree for these filters, with and without overdue holds taken into account. */
  const sameAsScan = async (filters: Record<string, unknown>[]) => {
    const warehouses = await t.ds.query<{ id: string; bit: number }[]>(
      `SELECT id, bit FROM warehouse WHERE active ORDER BY position, name`,
    );
    for (const given of filters) {
      // The repository takes the parsed input: numbers as Dec.
      const filter = {
        ...given,
        attributes: (given.attributes as Data[] | undefined)?.map((a) => ({
          ...a,
          min: a.min ? new Dec(a.min) : null,
          max: a.max ? new Dec(a.max) : null,
        })),
      } as CatalogFilterInput;
      for (const stale of [false, true]) {
        const counted = norm(await repo.countedFacets(ctx, filter, warehouses, stale));
        const scanned = norm(await repo.scannedFacets(ctx, filter, warehouses, stale));
        expect({ given, stale, counted }).toEqual({ given, stale, counted: scanned });
      }
    }
  };
  const allFilters = () => [
    {},
    { categoryId: cats.root },
    { categoryId: cats.lamps },
    { categoryId: cats.root, attributes: [{ attributeId: attrs.color, valueIds: [values['color:красный']] }] },
    {
      categoryId: cats.root,
      brandIds: [ids.brandGauss],
      attributes: [
        { attributeId: attrs.color, valueIds: [values['color:синий']] },
        { attributeId: attrs.power, min: '15' },
      ],
    },
    { categoryId: cats.root, inStock: true },
    { categoryId: cats.root, inStock: true, attributes: [{ attributeId: attrs.power, max: '10' }] },
    { warehouseIds: [wh.W1] },
    { categoryId: cats.root, warehouseIds: [wh.W2], brandIds: [ids.brandNavigator] },
    { warehouseIds: [wh.W3] },
  ];

  beforeAll(async () => {
    t = await createTestApp({ DATABASE_POOL_SIZE: '10' });
    repo = t.app.get(CatalogQueryRepository);
    const staff = (await loginStaff(t, (await createStaff(t.ds, StaffRole.ADMIN)).email)).token;
    admin = async (q, v = {}) => {
      const res = await t.admin<Data>(q, v, { token: staff });
      if (res.errors.length) throw new Error(JSON.stringify(res.errors));
      return res.data!;
    };
    const company = await createCompany(t.ds);
    token = (await loginBuyer(t, (await createBuyer(t.ds, [{ companyId: company.id }])).email)).token;
    for (const [code, city] of [
      ['W1', 'Москва'],
      ['W2', 'Казань'],
      ['W3', 'Тверь'],
    ]) {
      const created = await admin(`mutation W($input: WarehouseInput!) { createWarehouse(input: $input) { id } }`, {
        input: { code, name: city, city },
      });
      wh[code] = created.createWarehouse.id;
    }
    await admin(
      `mutation { a: createAttributeDefinition(input: { code: "color", name: "Цвет", type: ENUM, position: 1,
        options: [{ code: "red", label: "красный" }, { code: "blue", label: "синий" }] }) { id }
        b: createAttributeDefinition(input: { code: "power", name: "Мощность", type: NUMBER, unit: "Вт", position: 2 }) { id } }`,
    );
    await admin(
      `mutation { upsertCategories(rows: [{ externalId: "root", name: "Освещение" }, { externalId: "lamps", name: "Лампы", parentExternalId: "root" },
        { externalId: "spots", name: "Прожекторы", parentExternalId: "root" }, { externalId: "other", name: "Другое" }]) { applied } }`,
    );
    const lamp = (sku: string, brand: string, category: string, color: string, power: string) => ({
      sku,
      name: `Лампа ${sku}`,
      brand,
      categoryExternalId: category,
      attributes: [
        { code: 'color', value: color },
        { code: 'power', value: power },
      ],
    });
    const upserted = await admin(UPSERT_PRODUCTS, {
      rows: [
        lamp('L-1', 'Gauss', 'lamps', 'red', '10'),
        lamp('L-2', 'Gauss', 'lamps', 'blue', '20'),
        lamp('L-3', 'Gauss', 'lamps', 'blue', '20'), // the same group as L-2
        lamp('S-1', 'Navigator', 'spots', 'red', '10'),
        lamp('S-2', 'Navigator', 'spots', 'blue', '10'),
        { sku: 'X-1', name: 'Без категории' },
      ],
    });
    expect(upserted.upsertProducts.rowErrors).toEqual([]);
    for (const i of upserted.upsertProducts.items) ids[i.sku] = i.id;
    await admin(UPSERT_STOCK, {
      rows: [
        { sku: 'L-1', warehouseCode: 'W1', onHand: '5' },
        { sku: 'L-2', warehouseCode: 'W1', onHand: '1' },
        { sku: 'L-2', warehouseCode: 'W2', onHand: '2' },
        { sku: 'L-3', warehouseCode: 'W1', onHand: '0' },
        { sku: 'S-1', warehouseCode: 'W2', onHand: '3' },
        { sku: 'X-1', warehouseCode: 'W3', onHand: '7' },
      ],
    });
    for (const [id, code] of await t.ds
      .query<{ id: string; code: string }[]>(`SELECT id, code FROM attribute_definition`)
      .then((rows) => rows.map((r) => [r.id, r.code]))) {
      attrs[code] = id;
    }
    for (const c of await t.ds.query<{ id: string; external_id: string }[]>(`SELECT id, external_id FROM category`)) {
      cats[c.external_id] = c.id;
    }
    for (const b of await t.ds.query<{ id: string; name: string }[]>(`SELECT id, name FROM brand`)) {
      ids[`brand${b.name}`] = b.id;
    }
    const f = await facets({ categoryId: cats.root });
    for (const a of f.attributes) for (const v of a.values) values[`${a.attribute.code}:${v.label}`] = v.valueId;
  });
  afterAll(() => t.close());

  it('answers what a scan of the products answers, for every kind of filter', async () => {
    expect(await mismatches()).toBe(0);
    const f = await facets({ categoryId: cats.root });
    expect(f.totalCount).toBe(5);
    expect(f.inStockCount).toBe(3); // L-1, L-2, S-1
    expect(Object.fromEntries(f.warehouses.map((w: Data) => [w.warehouse.code, w.count]))).toEqual({
      W1: 2,
      W2: 2,
      W3: 0,
    });
    expect(counts(f, 'color')).toEqual({ красный: 2, синий: 3 });
    const red = await facets({
      categoryId: cats.root,
      inStock: true,
      attributes: [{ attributeId: attrs.color, valueIds: [values['color:красный']] }],
    });
    expect(red.totalCount).toBe(2);
    expect(counts(red, 'color')).toEqual({ красный: 2, синий: 1 }); // blue in stock: L-2
    expect(counts(red, 'power')).toEqual({ '10 Вт': 2, '20 Вт': 0 });
    expect(red.inStockCount).toBe(2);
    expect(Object.fromEntries(red.brands.map((b: Data) => [b.brand.name, b.count]))).toEqual({
      Gauss: 1,
      Navigator: 1,
    });
    const atW2 = await facets({ categoryId: cats.root, warehouseIds: [wh.W2] });
    expect(atW2.totalCount).toBe(2);
    expect(counts(atW2, 'color')).toEqual({ красный: 1, синий: 1 });
    expect((await facets({})).totalCount).toBe(6); // the product without a category too
    await sameAsScan(allFilters());
  });

  it('stays exact through product changes: attributes, category, brand, deactivation, new products', async () => {
    await admin(UPSERT_PRODUCTS, {
      rows: [
        { sku: 'L-3', attributes: [{ code: 'color', value: 'red' }] }, // loses power, turns red
        { sku: 'S-2', categoryExternalId: 'lamps', brand: 'Gauss' },
        { sku: 'L-1', active: false },
        {
          sku: 'L-9',
          name: 'Лампа L-9',
          categoryExternalId: 'lamps',
          attributes: [{ code: 'power', value: '40' }],
        },
      ],
    });
    expect(await mismatches()).toBe(0);
    const f = await facets({ categoryId: cats.lamps });
    expect(f.totalCount).toBe(4); // L-2, L-3, S-2, L-9
    expect(counts(f, 'color')).toEqual({ красный: 1, синий: 2 });
    expect(counts(f, 'power')).toEqual({ '10 Вт': 1, '20 Вт': 1, '40 Вт': 1 });
    expect(Object.fromEntries(f.brands.map((b: Data) => [b.brand.name, b.count]))).toEqual({ Gauss: 3 });
    expect((await facets({ categoryId: cats.spots })).totalCount).toBe(1);
    // An attribute no longer filterable drops out of every product's facet keys.
    await admin(`mutation A($id: ID!) { updateAttributeDefinition(id: $id, input: { filterable: false }) { id } }`, {
      id: attrs.power,
    });
    expect(await mismatches()).toBe(0);
    expect(counts(await facets({ categoryId: cats.lamps }), 'power')).toEqual({});
    await admin(`mutation A($id: ID!) { updateAttributeDefinition(id: $id, input: { filterable: true }) { id } }`, {
      id: attrs.power,
    });
    expect(await mismatches()).toBe(0);
    await sameAsScan(allFilters());
    // A deleted product leaves the counts with its summary row.
    await t.ds.query(`DELETE FROM product WHERE sku = 'L-9'`);
    expect(await mismatches()).toBe(0);
    expect((await facets({ categoryId: cats.lamps })).totalCount).toBe(3);
  });

  it('stays exact through stock changes, holds, overdue holds and a warehouse switched off', async () => {
    await admin(UPSERT_STOCK, {
      rows: [
        { sku: 'L-2', warehouseCode: 'W1', onHand: '0' },
        { sku: 'L-3', warehouseCode: 'W3', onHand: '4' },
        { sku: 'S-2', warehouseCode: 'W2', onHand: '1' },
      ],
    });
    expect(await mismatches()).toBe(0);
    let f = await facets({ categoryId: cats.lamps });
    expect(f.inStockCount).toBe(3); // L-2 (W2), L-3 (W3), S-2 (W2)
    expect(Object.fromEntries(f.warehouses.map((w: Data) => [w.warehouse.code, w.count]))).toEqual({
      W1: 0,
      W2: 2,
      W3: 1,
    });

    // A buyer holds S-2's last unit at W2: no longer in stock there.
    const held = await shop(RESERVE, { input: { productId: ids['S-2'], warehouseId: wh.W2, quantity: '1' } });
    expect(held.reserveStock.__typename).toBe('Reservation');
    expect(await mismatches()).toBe(0);
    f = await facets({ categoryId: cats.lamps, warehouseIds: [wh.W2] });
    expect(f.totalCount).toBe(1);
    expect(f.inStockCount).toBe(1);

    // The hold is overdue but the job has not released it: the unit counts as available again.
    await t.ds.query(`UPDATE reservation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      held.reserveStock.id,
    ]);
    f = await facets({ categoryId: cats.lamps, warehouseIds: [wh.W2] });
    expect(f.totalCount).toBe(2);
    expect(Object.fromEntries(f.warehouses.map((w: Data) => [w.warehouse.code, w.count]))).toMatchObject({ W2: 2 });
    await sameAsScan(allFilters());

    // W3 switched off: its stock no longer counts anywhere.
    await admin(`mutation W($id: ID!, $input: WarehouseInput!) { updateWarehouse(id: $id, input: $input) { id } }`, {
      id: wh.W3,
      input: { code: 'W3', name: 'Тверь', city: 'Тверь', active: false },
    });
    expect(await mismatches()).toBe(0);
    f = await facets({ categoryId: cats.lamps });
    expect(f.warehouses.map((w: Data) => w.warehouse.code).sort()).toEqual(['W1', 'W2']);
    expect(f.inStockCount).toBe(2); // L-2 (W2), S-2 (W2, the overdue hold)
    await sameAsScan(allFilters());
  });

  it('lets stock writers of the same products group run side by side, folding their rows later', async () => {
    const [a, b] = [t.ds.createQueryRunner(), t.ds.createQueryRunner()];
    await a.connect();
    await b.connect();
    const flip = (runner: typeof a, sku: string) =>
      runner.query(
        `UPDATE product_stock SET in_stock_mask = in_stock_mask # 1 WHERE product_id = (SELECT id FROM product WHERE sku = $1)`,
        [sku],
      );
    const rows = () =>
      t.ds
        .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM facet_count WHERE category_id = $1`, [cats.spots])
        .then((r) => r[0].n);
    try {
      await admin(UPSERT_PRODUCTS, {
        rows: [
          {
            sku: 'S-3',
            name: 'Прожектор S-3',
            brand: 'Navigator',
            categoryExternalId: 'spots',
            attributes: [
              { code: 'color', value: 'red' },
              { code: 'power', value: '10' },
            ],
          },
        ],
      });
      expect(await rows()).toBe(1); // S-1 and S-3: one group
      const sideBySide = async (meanwhile: () => Promise<void> = async () => {}) => {
        await a.startTransaction();
        await b.startTransaction();
        await b.query(`SET LOCAL lock_timeout = '2s'`);
        await flip(a, 'S-1'); // holds the compaction lock until it commits
        await flip(b, 'S-3'); // the same group: neither waits for the other
        await meanwhile();
        await b.commitTransaction();
        await a.commitTransaction();
        expect(await mismatches()).toBe(0);
        expect(await rows()).toBe(2); // b's change could not be folded in meanwhile
      };
      await sideBySide();
      await t.ds.query(
        `UPDATE product_stock SET in_stock_mask = in_stock_mask # 1 WHERE product_id = (SELECT id FROM product WHERE sku = $1)`,
        ['S-1'],
      );
      expect(await rows()).toBe(1); // the next writer of the group folds it
      expect(await mismatches()).toBe(0);

      // Again, left to the job of the minute this time (which skips while a writer holds the lock).
      const upkeep = t.app.get(FacetCountService);
      await sideBySide(async () => expect(await upkeep.compact(ctx)).toBe(false));
      expect(await upkeep.compact(ctx)).toBe(true);
      expect(await rows()).toBe(1);
      expect(await mismatches()).toBe(0);
    } finally {
      await a.release();
      await b.release();
    }
    await sameAsScan(allFilters());
  });

  it('are filled from the products already there when the migration runs', async () => {
    const before = await t.ds.query(`SELECT sum(n)::int AS n, sum(n_stock)::int AS n_stock FROM facet_count`);
    const runner = t.ds.createQueryRunner();
    try {
      const migration = new FacetCounts1796610000000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await mismatches()).toBe(0);
    expect(await t.ds.query(`SELECT sum(n)::int AS n, sum(n_stock)::int AS n_stock FROM facet_count`)).toEqual(before);
    await sameAsScan(allFilters());
  });

  it('can be recounted from the summary rows', async () => {
    await t.ds.query(`DELETE FROM facet_count WHERE category_id = $1`, [cats.lamps]);
    expect(await mismatches()).toBeGreaterThan(0);
    await t.ds.query(`SELECT facet_count_rebuild()`);
    expect(await mismatches()).toBe(0);
  });

  it('are emptied with the summary rows', async () => {
    const runner = t.ds.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`TRUNCATE product_stock`);
      expect(await runner.query(`SELECT count(*)::int AS n FROM facet_count`)).toEqual([{ n: 0 }]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await mismatches()).toBe(0);
  });
});
