import { startApi } from '../lib/api-process.mjs';
import { buyerToken } from '../lib/catalog.mjs';
import { download } from '../lib/ordering.mjs';
import { summarize } from '../lib/stats.mjs';

/**
 * `pricelist-export-100k`: the buyer's whole personal price list of a 100 000-product catalog
 * (database `wholesail_bench_p100000`) as .xlsx from GET /api/shop/price-list.xlsx, on a fresh API
 * process so its peak memory is this scenario's: end-to-end time, time to the first byte, peak RSS.
 */
export default {
  name: 'pricelist-export-100k',
  products: 100_000,
  ownsApi: true,
  async run({ databaseUrl, port, dataset, log }) {
    const api = await startApi(databaseUrl, port);
    try {
      const token = await buyerToken(api, dataset);
      const total = [];
      const first = [];
      let last = null;
      for (let i = 0; i < 6; i++) {
        const res = await download(api.url, '/api/shop/price-list.xlsx?locale=ru', token);
        if (res.status !== 200) throw new Error(`export failed: ${res.status}`);
        last = res;
        if (i >= 1) {
          total.push(res.ms);
          first.push(res.firstByteMs);
        }
      }
      log(`pricelist-export-100k: ${last.rows} rows, ${Math.round(last.bytes / 1048576)} MB`);
      const t = summarize(total);
      const f = summarize(first);
      return {
        ...t,
        first_byte_p50_ms: f.p50_ms,
        first_byte_p95_ms: f.p95_ms,
        rows: last.rows,
        file_mb: Math.round((last.bytes / 1048576) * 10) / 10,
        peak_rss_mb: api.peakRssMb(),
        rss_mb: api.rssMb(),
      };
    } finally {
      await api.stop();
    }
  },
};
