import { BuyerRole } from '../../src/common/auth/permissions';
import { createWarehouse } from '../helpers/catalog-factories';
import { assertTenantIsolation } from '../helpers/isolation';
import { addBarcode, orderingCompany, OrderingBuyer, stockedProduct } from '../helpers/order-fixtures';
import { createTestApp, errorCode, TestApp } from '../helpers/test-app';

interface Item {
  id: string;
  quantity: string | null;
  packagingCode: string | null;
  product: { sku: string };
}
interface List {
  id: string;
  name: string;
  shared: boolean;
  mine: boolean;
  editable: boolean;
  items: Item[];
}
interface Change {
  list: List;
  applied: number;
  rowErrors: { row: number; field: string | null; errorCode: string; message: string }[];
  adjustments: { row: number; baseQuantity: string }[];
  unknownSkus: { row: number; sku: string; suggestions: string[] }[];
}
const LIST = `id name shared mine editable items { id quantity packagingCode product { sku } }`;
const CHANGE = `list { ${LIST} } applied rowErrors { row field errorCode message } adjustments { row baseQuantity } unknownSkus { row sku suggestions }`;
const CREATE = `mutation C($name: String!, $shared: Boolean!) { createShortList(input: { name: $name, shared: $shared }) { ${LIST} } }`;
const ADD_SKUS = `mutation A($id: ID!, $input: AddShortListSkusInput!) { addShortListItemsBySku(id: $id, input: $input) { ${CHANGE} } }`;
const UPDATE_ITEMS = `mutation U($id: ID!, $input: UpdateShortListItemsInput!) { updateShortListItems(id: $id, input: $input) { ${CHANGE} } }`;
const RENAME = `mutation R($id: ID!, $name: String, $shared: Boolean) { updateShortList(id: $id, name: $name, shared: $shared) { ${LIST} } }`;
const REMOVE = `mutation R($id: ID!, $ids: [ID!]!) { removeFromShortList(id: $id, itemIds: $ids) { ${LIST} } }`;
const DELETE = `mutation D($id: ID!) { deleteShortList(id: $id) }`;
const ONE = `query O($id: ID!) { shortList(id: $id) { ${LIST} } }`;

describe('short lists: editing', () => {
  let t: TestApp;
  let director: OrderingBuyer;
  let owner: OrderingBuyer;
  let colleague: OrderingBuyer;
  let other: OrderingBuyer;
  let companyAId: string;
  let boxed: { id: string; sku: string };
  let plain: { id: string; sku: string };

  beforeAll(async () => {
    t = await createTestApp();
    const a = await orderingCompany(t, 'Lists A', [BuyerRole.DIRECTOR, BuyerRole.PURCHASER, BuyerRole.PURCHASER]);
    companyAId = a.company.id;
    [director, owner, colleague] = a.buyers;
    other = (await orderingCompany(t, 'Lists B')).buyers[0];
    const wh = await createWarehouse(t.ds);
    boxed = await stockedProduct(t.ds, wh.id, '1000', { sku: 'LST-BOX-6', orderStep: '6' });
    plain = await stockedProduct(t.ds, wh.id, '1000', { sku: 'LST-PLAIN-1' });
    await addBarcode(t.ds, plain.id, '4600000000017');
  });
  afterAll(() => t.close());

  const create = async (token: string, name: string, shared = false) =>
    (await t.shop<{ createShortList: List }>(CREATE, { name, shared }, { token })).data!.createShortList;
  const addSkus = (
    token: string,
    id: string,
    lines: { sku: string; quantity?: string | null }[],
    rounding = 'ROUND_UP',
  ) => t.shop<{ addShortListItemsBySku: Change }>(ADD_SKUS, { id, input: { lines, rounding } }, { token });

  it('adds items by SKU or barcode with per-row errors; unknown SKUs come with suggestions', async () => {
    const list = await create(owner.token, 'Крепёж');
    const res = await addSkus(owner.token, list.id, [
      { sku: 'lst-box-6', quantity: '10' }, // rounded up to 12
      { sku: '4600000000017' }, // a barcode, no quantity
      { sku: 'LST-BOX' }, // unknown, looks like LST-BOX-6
      { sku: 'LST-PLAIN-1', quantity: '0' },
    ]);
    expect(res.errors).toEqual([]);
    const change = res.data!.addShortListItemsBySku;
    expect(change.applied).toBe(2);
    expect(change.rowErrors.map((e) => [e.row, e.field, e.errorCode])).toEqual([
      [3, 'sku', 'UNKNOWN_SKU'],
      [4, 'quantity', 'NOT_POSITIVE'],
    ]);
    expect(change.unknownSkus).toEqual([{ row: 3, sku: 'LST-BOX', suggestions: ['LST-BOX-6'] }]);
    expect(change.adjustments).toEqual([{ row: 1, baseQuantity: '12' }]);
    expect(change.list.items.map((i) => [i.product.sku, i.quantity])).toEqual([
      ['LST-BOX-6', '12'],
      ['LST-PLAIN-1', null],
    ]);
    // REJECT refuses a quantity off the multiplicity instead of rounding it.
    const strict = await addSkus(owner.token, list.id, [{ sku: 'LST-BOX-6', quantity: '7' }], 'REJECT');
    expect(strict.data!.addShortListItemsBySku.rowErrors[0]).toMatchObject({ row: 1, errorCode: 'NOT_MULTIPLE' });
    expect(strict.data!.addShortListItemsBySku.applied).toBe(0);
  });

  it('changes quantities in place (null clears one), renames, removes items and deletes the list', async () => {
    const list = await create(owner.token, 'Расходники');
    const added = (
      await addSkus(owner.token, list.id, [
        { sku: 'LST-BOX-6', quantity: '6' },
        { sku: 'LST-PLAIN-1', quantity: '3' },
      ])
    ).data!.addShortListItemsBySku.list;
    const [box, item] = added.items;
    const foreign = (await create(owner.token, 'Другой')).id;
    const foreignItem = (await addSkus(owner.token, foreign, [{ sku: 'LST-PLAIN-1' }])).data!.addShortListItemsBySku
      .list.items[0];
    const res = await t.shop<{ updateShortListItems: Change }>(
      UPDATE_ITEMS,
      {
        id: list.id,
        input: {
          items: [
            { itemId: box.id, quantity: '13' }, // → 18
            { itemId: item.id, quantity: null },
            { itemId: foreignItem.id, quantity: '5' }, // another list's item
            { itemId: box.id, quantity: '-1' },
          ],
        },
      },
      { token: owner.token },
    );
    expect(res.errors).toEqual([]);
    const change = res.data!.updateShortListItems;
    expect(change.rowErrors.map((e) => [e.row, e.errorCode])).toEqual([
      [3, 'NOT_FOUND'],
      [4, 'NOT_POSITIVE'],
    ]);
    expect(change.adjustments).toEqual([{ row: 1, baseQuantity: '18' }]);
    expect(change.list.items.map((i) => [i.product.sku, i.quantity])).toEqual([
      ['LST-BOX-6', '18'],
      ['LST-PLAIN-1', null],
    ]);
    const untouched = await t.shop<{ shortList: List }>(ONE, { id: foreign }, { token: owner.token });
    expect(untouched.data!.shortList.items[0].quantity).toBeNull();

    const renamed = await t.shop<{ updateShortList: List }>(
      RENAME,
      { id: list.id, name: '  Расходники 2  ' },
      {
        token: owner.token,
      },
    );
    expect(renamed.data!.updateShortList.name).toBe('Расходники 2');
    const removed = await t.shop<{ removeFromShortList: List }>(
      REMOVE,
      { id: list.id, ids: [box.id] },
      {
        token: owner.token,
      },
    );
    expect(removed.data!.removeFromShortList.items.map((i) => i.product.sku)).toEqual(['LST-PLAIN-1']);
    expect((await t.shop<{ deleteShortList: boolean }>(DELETE, { id: list.id }, { token: owner.token })).data).toEqual({
      deleteShortList: true,
    });
    expect(errorCode(await t.shop(ONE, { id: list.id }, { token: owner.token }))).toBe('NOT_FOUND');
  });

  it('a shared list is changed by its owner or a director, never by another colleague; only the owner (un)shares', async () => {
    const shared = await create(owner.token, 'Общий список', true);
    const privateList = await create(owner.token, 'Личный список', false);
    await addSkus(owner.token, shared.id, [{ sku: 'LST-PLAIN-1', quantity: '2' }]);
    const itemId = (await t.shop<{ shortList: List }>(ONE, { id: shared.id }, { token: owner.token })).data!.shortList
      .items[0].id;

    // The colleague sees it and may use it, but not change it.
    const seen = (await t.shop<{ shortList: List }>(ONE, { id: shared.id }, { token: colleague.token })).data!
      .shortList;
    expect(seen).toMatchObject({ mine: false, editable: false });
    for (const [query, variables] of [
      [RENAME, { id: shared.id, name: 'x' }],
      [UPDATE_ITEMS, { id: shared.id, input: { items: [{ itemId, quantity: '9' }] } }],
      [ADD_SKUS, { id: shared.id, input: { lines: [{ sku: 'LST-BOX-6' }] } }],
      [REMOVE, { id: shared.id, ids: [itemId] }],
      [DELETE, { id: shared.id }],
    ] as const) {
      expect(errorCode(await t.shop(query, variables, { token: colleague.token }))).toBe('FORBIDDEN');
    }
    // Nobody but the owner sees a private list, directors included.
    expect(errorCode(await t.shop(ONE, { id: privateList.id }, { token: director.token }))).toBe('NOT_FOUND');
    expect(errorCode(await t.shop(RENAME, { id: privateList.id, name: 'x' }, { token: director.token }))).toBe(
      'NOT_FOUND',
    );

    // A director changes the shared list: quantities, items, name — but sharing stays the owner's choice.
    const asDirector = (await t.shop<{ shortList: List }>(ONE, { id: shared.id }, { token: director.token })).data!
      .shortList;
    expect(asDirector).toMatchObject({ mine: false, editable: true });
    const changed = await t.shop<{ updateShortListItems: Change }>(
      UPDATE_ITEMS,
      { id: shared.id, input: { items: [{ itemId, quantity: '9' }] } },
      { token: director.token },
    );
    expect(changed.data!.updateShortListItems.list.items[0].quantity).toBe('9');
    expect(
      (await addSkus(director.token, shared.id, [{ sku: 'LST-BOX-6', quantity: '6' }])).data!.addShortListItemsBySku
        .applied,
    ).toBe(1);
    const renamed = await t.shop<{ updateShortList: List }>(
      RENAME,
      { id: shared.id, name: 'Общий (директор)' },
      {
        token: director.token,
      },
    );
    expect(renamed.data!.updateShortList.name).toBe('Общий (директор)');
    expect(errorCode(await t.shop(RENAME, { id: shared.id, shared: false }, { token: director.token }))).toBe(
      'FORBIDDEN',
    );
    // Moving cart lines into it works for the director too.
    await t.shop(
      `mutation A($l: [CartLineInput!]!) { addCartLines(input: { lines: $l }) { applied } }`,
      { l: [{ productId: boxed.id, quantity: '12' }] },
      { token: director.token },
    );
    const cart = await t.shop<{ cart: { lines: { id: string }[] } }>(
      `{ cart { lines { id } } }`,
      {},
      {
        token: director.token,
      },
    );
    const moved = await t.shop<{ moveCartLinesToShortList: List }>(
      `mutation M($l: [ID!]!, $id: ID!) { moveCartLinesToShortList(lineIds: $l, shortListId: $id) { ${LIST} } }`,
      { l: cart.data!.cart.lines.map((l) => l.id), id: shared.id },
      { token: director.token },
    );
    expect(moved.data!.moveCartLinesToShortList.items.find((i) => i.product.sku === 'LST-BOX-6')?.quantity).toBe('12');
    expect((await t.shop(DELETE, { id: shared.id }, { token: director.token })).data).toEqual({
      deleteShortList: true,
    });
  });

  it('isolation: another company’s buyer reads and changes nothing of these lists', async () => {
    const list = await create(owner.token, 'Секретный список Lists A', true);
    const item = (await addSkus(owner.token, list.id, [{ sku: 'LST-PLAIN-1', quantity: '2' }])).data!
      .addShortListItemsBySku.list.items[0];
    await assertTenantIsolation(
      t,
      {
        tokenA: owner.token,
        tokenB: other.token,
        secretsOfA: [list.id, item.id, 'Секретный список Lists A'],
        snapshotA: () =>
          t.ds.query(
            `SELECT l.id, l.name, l.shared, (SELECT json_agg(json_build_object('id', i.id, 'q', i.quantity::text) ORDER BY i.id)
                                               FROM short_list_item i WHERE i.short_list_id = l.id) AS items
               FROM short_list l WHERE l.company_id = $1 ORDER BY l.id`,
            [companyAId],
          ),
      },
      [
        { name: 'shortList', query: ONE, variables: { id: list.id }, ownerSees: true },
        {
          name: 'updateShortListItems',
          query: `mutation U($id: ID!, $i: ID!) { updateShortListItems(id: $id, input: { items: [{ itemId: $i, quantity: "7" }] }) { applied } }`,
          variables: { id: list.id, i: item.id },
        },
        {
          name: 'addShortListItemsBySku',
          query: `mutation A($id: ID!) { addShortListItemsBySku(id: $id, input: { lines: [{ sku: "LST-BOX-6" }] }) { applied } }`,
          variables: { id: list.id },
        },
      ],
    );
  });
});
