import { load } from '../lib/http.mjs';
import { summarize } from '../lib/stats.mjs';
import { buyerToken, catalogView, PAGE_QUERY, shop } from '../lib/catalog.mjs';

/** Runs `n` page requests (take 100, walking the pages, sorted by name) one at a time. */
export async function measurePages(api, token, filter, total, n, take = 100) {
  const pages = Math.max(1, Math.min(50, Math.floor(total / take)));
  let k = 0;
  const run = await load(n, 1, async () => {
    const skip = (k++ % pages) * take;
    return shop(api, token, PAGE_QUERY, { filter, sort: { field: 'NAME', direction: 'ASC' }, skip, take });
  });
  return run.results;
}

/**
 * `catalog-page`: a page of 100 products of the largest category with two facet filters, with stock
 * per warehouse and next supplies, as the catalog table asks for it. sql_per_op is reported for two
 * page sizes to show it does not depend on the page size.
 */
export default {
  name: 'catalog-page',
  async run({ api, dataset, log }) {
    const token = await buyerToken(api, dataset);
    const { category, filter } = await catalogView(api, token);
    const first = await shop(api, token, PAGE_QUERY, { filter, take: 100 });
    const total = first.json.data.catalogProducts.totalCount;
    log(`catalog-page: «${category.name}» (${category.productCount} products), 2 facet filters → ${total} products`);
    await measurePages(api, token, filter, total, 50); // warm-up
    const results = await measurePages(api, token, filter, total, 500);
    const small = await shop(api, token, PAGE_QUERY, { filter, take: 10 });
    return {
      ...summarize(results.map((r) => r.ms)),
      sql_per_op: results[0].sql,
      sql_per_op_take_10: small.sql,
      sql_per_op_take_100: results[0].sql,
      category_products: category.productCount,
      matching_products: total,
      rss_mb: api.rssMb(),
    };
  },
};
