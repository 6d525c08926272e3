import pg from 'pg';
import { INTEGRATIONS_REPLICA, startApi } from '../lib/api-process.mjs';
import { buyerToken, catalogView, PAGE_QUERY, shop, staffToken } from '../lib/catalog.mjs';
import { request } from '../lib/raw-http.mjs';
import { summarize } from '../lib/stats.mjs';
import { measurePages } from './catalog-page.mjs';

/**
 * `bulk-price-import`: an integrator loads 1 000 000 price entries (every product × 5 price types, new
 * prices every run) as one CSV through the COPY → staging → merge fast path
 * (`POST /api/admin/price-entries/import`) on a second API replica, while a buyer pages the catalog
 * (with personal prices) on the first. Reports the wall time and the catalog-page p95 before and during.
 * Target ≤ 30 s with the catalog working.
 */
export default {
  name: 'bulk-price-import',
  async run({ api, dataset, databaseUrl, port, log }) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query(
      `SELECT p.sku, t.code, e.price::text AS price FROM price_entry e
         JOIN product p ON p.id = e.product_id JOIN price_type t ON t.id = e.price_type_id
        WHERE e.packaging_code = '' ORDER BY p.sku, t.code LIMIT 1000000`,
    );
    await client.end();
    const bump = 1 + ((Date.now() % 7) + 1) / 100;
    const lines = ['sku,price_type_code,packaging_code,price,tiers'];
    for (const r of rows) {
      const price = (Number(r.price) * bump).toFixed(2);
      lines.push(
        `${r.sku.includes(',') ? `"${r.sku}"` : r.sku},${r.code},,${price},${r.code === 'WHOLESALE' ? `10:${(price * 0.95).toFixed(2)}` : ''}`,
      );
    }
    const csv = `${lines.join('\n')}\n`;
    log(`bulk-price-import: ${rows.length} rows, ${(csv.length / 1e6).toFixed(1)} MB of CSV`);

    const integratorApi = await startApi(databaseUrl, port + 1, {}, INTEGRATIONS_REPLICA);
    const token = await buyerToken(api, dataset);
    const staff = await staffToken(integratorApi, dataset);
    const { filter } = await catalogView(api, token);
    const total = (await shop(api, token, PAGE_QUERY, { filter, take: 100 })).json.data.catalogProducts.totalCount;
    await measurePages(api, token, filter, total, 30);
    const baseline = await measurePages(api, token, filter, total, 200);

    let loading = true;
    const during = [];
    const reader = (async () => {
      while (loading) {
        const [r] = await measurePages(api, token, filter, total, 1);
        during.push(r);
      }
    })();
    const res = await request(integratorApi.url, 'POST', '/api/admin/price-entries/import', {
      token: staff,
      body: csv,
      contentType: 'text/csv',
    });
    loading = false;
    await reader;
    await integratorApi.stop();
    if (res.status !== 201) throw new Error(`import: ${res.status} ${res.text.slice(0, 500)}`);
    const result = JSON.parse(res.text);
    if (result.errorCount) throw new Error(`import refused: ${JSON.stringify(result.errors.slice(0, 5))}`);
    log(
      `bulk-price-import: ${JSON.stringify({ ...result, errors: undefined })}, ${during.length} catalog pages meanwhile`,
    );
    return {
      n: result.rows,
      wall_ms: Math.round(res.ms),
      server_ms: result.ms,
      inserted: result.inserted,
      updated: result.updated,
      unchanged: result.unchanged,
      rows_per_s: Math.round((result.rows / res.ms) * 1000),
      catalog_page_p95_baseline_ms: summarize(baseline.map((r) => r.ms)).p95_ms,
      catalog_page_p95_during_ms: summarize(during.map((r) => r.ms)).p95_ms,
      catalog_page_n_during: during.length,
      integrator_replica: true,
      rss_mb: api.rssMb(),
    };
  },
};
