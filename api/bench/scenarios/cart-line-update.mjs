import { buyerToken, shop } from '../lib/catalog.mjs';
import { fillCart, orderableProducts } from '../lib/ordering.mjs';
import { summarize } from '../lib/stats.mjs';

const UPDATE = `mutation U($input: UpdateCartLineInput!) { updateCartLine(input: $input) { __typename
  ... on CartLineUpdate { line { id quantity amount warning { code } } totals { lineCount amount vat vatBreakdown { rate vat } } } } }`;

/**
 * `cart-line-update`: change one line's quantity in a 500-line cart, as the cart grid does when the
 * buyer types in a cell: validate with the shared rules, re-price the line, answer the line and the
 * cart totals with VAT breakdown.
 */
export default {
  name: 'cart-line-update',
  async run({ api, databaseUrl, dataset }) {
    const token = await buyerToken(api, dataset);
    const products = await orderableProducts(databaseUrl, 500, 4, 600);
    await fillCart(api, token, products);
    const cart = await shop(api, token, `{ cart { lines { id product { id } } } }`);
    const lines = cart.json.data.cart.lines;
    const q = new Map(products.map((p) => [p.id, Number(p.q)]));
    const samples = [];
    let sql = null;
    for (let i = 0; i < 550; i++) {
      const line = lines[(i * 37) % lines.length];
      const quantity = String(q.get(line.product.id) * (1 + (i % 3)));
      const res = await shop(api, token, UPDATE, { input: { lineId: line.id, quantity } });
      if (res.json.data.updateCartLine.__typename !== 'CartLineUpdate') throw new Error(JSON.stringify(res.json));
      if (i >= 50) samples.push(res.ms);
      sql = res.sql;
    }
    await shop(api, token, `mutation { clearCart { id } }`);
    return { ...summarize(samples), cart_lines: lines.length, sql_per_op: sql, rss_mb: api.rssMb() };
  },
};
