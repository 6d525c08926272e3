import pg from 'pg';
import { buyerToken } from '../lib/catalog.mjs';
import { request } from '../lib/raw-http.mjs';
import { summarize } from '../lib/stats.mjs';

const BUILDS = 3;

/**
 * `contractor-pricelist`: the whole price list of one contract — every active product (200 000) priced by
 * the contract's rules — downloaded as CSV by the demo director (`GET /api/shop/price-list.csv`), from
 * request to last byte, 10 runs. Target ≤ 1.5 s. A built list is kept until a change is announced, so
 * these runs send the kept list; `built_*` are downloads that had to build it (the first one, and
 * `BUILDS` more after a price entry was touched — which drops kept lists as any price change does).
 */
export default {
  name: 'contractor-pricelist',
  async run({ api, dataset, databaseUrl, log }) {
    const token = await buyerToken(api, dataset);
    const get = () => request(api.url, 'GET', '/api/shop/price-list.csv', { token });
    const first = await get();
    if (first.status !== 200) throw new Error(`price list: ${first.status} ${first.text.slice(0, 300)}`);
    const lines = first.text.trim().split('\n');
    const priced = lines.slice(1).filter((l) => l.split(';')[3] !== '').length;
    log(
      `contractor-pricelist: ${lines.length - 1} products, ${priced} with a price, ${(first.text.length / 1e6).toFixed(1)} MB, built in ${first.ms.toFixed(0)} ms`,
    );
    await get(); // warm-up
    const runs = [];
    let kept = 0;
    for (let i = 0; i < 10; i++) {
      const r = await get();
      runs.push(r.ms);
      if (r.headers['x-price-list'] === 'kept') kept++;
    }
    // Builds: a price change (here an update that keeps the value) drops every kept list.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const builds = [first.ms];
    try {
      for (let i = 0; i < BUILDS; i++) {
        await client.query(`UPDATE price_entry SET price = price WHERE ctid = (SELECT ctid FROM price_entry LIMIT 1)`);
        await new Promise((r) => setTimeout(r, 200)); // the notification
        const r = await get();
        if (r.headers['x-price-list'] !== 'built') throw new Error('the price list was not built after a change');
        if (r.text !== first.text) throw new Error('the rebuilt price list differs from the first one');
        builds.push(r.ms);
      }
    } finally {
      await client.end();
    }
    const built = summarize(builds);
    return {
      ...summarize(runs),
      kept_runs: kept,
      built_p50_ms: built.p50_ms,
      built_max_ms: Math.max(...builds),
      products: lines.length - 1,
      priced,
      bytes: first.text.length,
      rss_mb: api.rssMb(),
    };
  },
};
