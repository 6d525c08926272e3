import { buyerToken } from '../lib/catalog.mjs';
import { request } from '../lib/raw-http.mjs';
import { summarize } from '../lib/stats.mjs';

/**
 * `contractor-pricelist`: the whole price list of one contract — every active product (200 000) priced by
 * the contract's rules — downloaded as CSV by the demo director (`GET /api/shop/price-list.csv`), from
 * request to last byte. Target ≤ 1.5 s.
 */
export default {
  name: 'contractor-pricelist',
  async run({ api, dataset, log }) {
    const token = await buyerToken(api, dataset);
    const get = () => request(api.url, 'GET', '/api/shop/price-list.csv', { token });
    const first = await get();
    if (first.status !== 200) throw new Error(`price list: ${first.status} ${first.text.slice(0, 300)}`);
    const lines = first.text.trim().split('\n');
    const priced = lines.slice(1).filter((l) => l.split(';')[3] !== '').length;
    log(
      `contractor-pricelist: ${lines.length - 1} products, ${priced} with a price, ${(first.text.length / 1e6).toFixed(1)} MB`,
    );
    await get(); // warm-up
    const runs = [];
    for (let i = 0; i < 10; i++) runs.push((await get()).ms);
    return { ...summarize(runs), products: lines.length - 1, priced, bytes: first.text.length, rss_mb: api.rssMb() };
  },
};
