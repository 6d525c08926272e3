import { createWarehouse } from '../helpers/catalog-factories';
import { orderingCompany, OrderingBuyer, stockedProduct } from '../helpers/order-fixtures';
import { createRule } from '../helpers/pricing-factories';
import { createTestApp, TestApp } from '../helpers/test-app';

const ADD = `mutation A($input: AddCartLinesInput!) { addCartLines(input: $input) { applied } }`;
const CART = `{ cart { totals { amount } lines { product { sku } price amount } } }`;

type Cart = {
  cart: { totals: { amount: string }; lines: { product: { sku: string }; price: string; amount: string }[] };
};

/**
 * Rules with a minimum order amount apply in the cart as they will at placement: the lines are priced
 * without the amount, then again with the cart's total when such a rule is in scope.
 */
describe('rules with a minimum order amount in the cart', () => {
  let t: TestApp;
  let buyer: OrderingBuyer;
  let ids: string[];

  beforeAll(async () => {
    t = await createTestApp();
    buyer = (await orderingCompany(t, 'Сумма заказа')).buyers[0];
    const wh = await createWarehouse(t.ds);
    ids = [];
    for (const sku of ['OA-1', 'OA-2']) ids.push((await stockedProduct(t.ds, wh.id, '1000', { sku, price: '100' })).id);
    await createRule(t.ds, { action: 'PERCENT_DISCOUNT', value: '10', minOrderAmount: '5000' });
  });
  afterAll(() => t.close());

  const add = async (productId: string, quantity: string) => {
    const res = await t.shop(ADD, { input: { lines: [{ productId, quantity }] } }, { token: buyer.token });
    expect(res.errors).toEqual([]);
  };
  const cart = async () => (await t.shop<Cart>(CART, {}, { token: buyer.token })).data!.cart;

  it('prices below the amount without the rule, and every line with it once the cart reaches the amount', async () => {
    await add(ids[0], '30');
    let c = await cart();
    expect(c.lines.map((l) => l.price)).toEqual(['100']);
    expect(c.totals.amount).toBe('3000');
    await add(ids[1], '20'); // 3 000 + 2 000 = 5 000 at list prices: the rule applies to both lines
    c = await cart();
    expect(c.lines.map((l) => [l.product.sku, l.price, l.amount])).toEqual([
      ['OA-1', '90', '2700'],
      ['OA-2', '90', '1800'],
    ]);
    expect(c.totals.amount).toBe('4500');
  });
});
