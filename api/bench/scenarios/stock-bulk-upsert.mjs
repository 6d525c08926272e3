import pg from 'pg';
import { INTEGRATIONS_REPLICA, startApi } from '../lib/api-process.mjs';
import { sendInWorker } from '../lib/graphql-worker.mjs';
import { summarize } from '../lib/stats.mjs';
import { buyerToken, catalogView, PAGE_QUERY, shop, staffToken } from '../lib/catalog.mjs';
import { measurePages } from './catalog-page.mjs';

const UPSERT = `mutation U($rows: [StockLevelUpsertInput!]!) { upsertStockLevels(rows: $rows) { applied rowErrors { row errorCode } } }`;

/**
 * `stock-bulk-upsert`: an integrator sends 100 000 stock rows (10 batches of 10 000: 10 000 products ×
 * 10 warehouses, new quantities every run) while a buyer pages the catalog; reports the wall time of
 * the upload and the catalog-page p95 before and during it. As in production, integrator traffic goes
 * to another stateless API replica (a second process on the same database and the same 2 cores),
 * started as docker/compose.yaml starts `api-integrations` (INTEGRATIONS_REPLICA): parsing
 * 10 000 rows of GraphQL variables would otherwise stall the buyer's replica's event loop.
 * The integrator's client runs in a worker thread (graphql-worker.mjs): writing its 700 KB bodies
 * on the thread that times the catalog pages would add to their measured latency.
 */
export default {
  name: 'stock-bulk-upsert',
  async run({ api, dataset, databaseUrl, port, log }) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows: products } = await client.query(`SELECT sku FROM product ORDER BY id LIMIT 10000`);
    const { rows: warehouses } = await client.query(`SELECT code FROM warehouse WHERE active ORDER BY position`);
    await client.end();
    const seed = Date.now() % 997;
    const rows = products.flatMap((p, i) =>
      warehouses.map((w, j) => ({ sku: p.sku, warehouseCode: w.code, onHand: String((i * 7 + j * 13 + seed) % 500) })),
    );
    const batches = [];
    for (let i = 0; i < rows.length; i += 10_000) batches.push(rows.slice(i, i + 10_000));

    const integratorApi = await startApi(databaseUrl, port + 1, {}, INTEGRATIONS_REPLICA);
    const token = await buyerToken(api, dataset);
    const staff = await staffToken(integratorApi, dataset);
    const { filter } = await catalogView(api, token);
    const total = (await shop(api, token, PAGE_QUERY, { filter, take: 100 })).json.data.catalogProducts.totalCount;
    await measurePages(api, token, filter, total, 30);
    const baseline = await measurePages(api, token, filter, total, 200);

    let uploading = false;
    const during = [];
    let reader = Promise.resolve();
    const { results, wallMs } = await sendInWorker({
      url: integratorApi.url,
      path: '/admin-api',
      query: UPSERT,
      variables: batches.map((rows) => ({ rows })),
      token: staff,
      onStart: () => {
        uploading = true;
        reader = (async () => {
          while (uploading) {
            const [r] = await measurePages(api, token, filter, total, 1);
            during.push(r);
          }
        })();
      },
    });
    const applied = results.reduce((sum, r) => sum + r.upsertStockLevels.applied, 0);
    uploading = false;
    await reader;
    await integratorApi.stop();
    log(
      `stock-bulk-upsert: ${applied} rows in ${batches.length} batches, ${during.length} catalog pages read meanwhile`,
    );
    return {
      n: applied,
      wall_ms: Math.round(wallMs),
      rows_per_s: Math.round((applied / wallMs) * 1000),
      batches: batches.length,
      catalog_page_p95_baseline_ms: summarize(baseline.map((r) => r.ms)).p95_ms,
      catalog_page_p95_during_ms: summarize(during.map((r) => r.ms)).p95_ms,
      catalog_page_n_during: during.length,
      integrator_replica: true,
      rss_mb: api.rssMb(),
    };
  },
};
