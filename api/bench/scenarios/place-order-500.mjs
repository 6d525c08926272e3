import { randomUUID } from 'node:crypto';
import { buyerToken, shop } from '../lib/catalog.mjs';
import { fillCart, orderableProducts } from '../lib/ordering.mjs';
import { summarize } from '../lib/stats.mjs';

const PLACE = `mutation P($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename
  ... on OrderSubmission { id number orders { id lineCount } } ... on ErrorResult { errorCode message } } }`;
const CANCEL = `mutation C($id: ID!) { cancelOrder(orderId: $id, comment: "bench") { __typename } }`;

/**
 * `place-order-500`: checkout of a 500-line cart — re-price (two quote passes), validate, lock and
 * reserve stock, split by the demo split rules (per warehouse, per category → division), number, save
 * — timed as the placeOrder request. The cart is filled before each order (not timed); the orders are
 * cancelled afterwards so the dataset's stock is unchanged. sql_per_op is per order (same for 50 lines).
 */
export default {
  name: 'place-order-500',
  async run({ api, databaseUrl, dataset, log }) {
    const token = await buyerToken(api, dataset);
    const products = await orderableProducts(databaseUrl, 500, 60);
    const placed = [];
    const samples = [];
    let sql = null;
    let subOrders = 0;
    const rounds = 25;
    for (let i = 0; i < rounds + 3; i++) {
      await fillCart(api, token, products);
      const res = await shop(api, token, PLACE, { input: { idempotencyKey: randomUUID() } });
      const order = res.json.data.placeOrder;
      if (order.__typename !== 'OrderSubmission') throw new Error(`placement refused: ${JSON.stringify(order)}`);
      placed.push(order);
      if (i >= 3) {
        samples.push(res.ms);
        sql = res.sql;
        subOrders = order.orders.length;
      }
    }
    await fillCart(api, token, products.slice(0, 50));
    const small = await shop(api, token, PLACE, { input: { idempotencyKey: randomUUID() } });
    placed.push(small.json.data.placeOrder);
    log(`place-order-500: ${rounds} orders of 500 lines → ${subOrders} sub-orders each; cancelling them`);
    for (const o of placed) for (const s of o.orders) await shop(api, token, CANCEL, { id: s.id });
    return {
      ...summarize(samples),
      lines: 500,
      sub_orders: subOrders,
      sql_per_op: sql,
      sql_per_op_50_lines: small.sql,
      rss_mb: api.rssMb(),
    };
  },
};
