import { load } from '../lib/http.mjs';
import { summarize } from '../lib/stats.mjs';
import { buyerToken, catalogView, FACETS_QUERY, shop } from '../lib/catalog.mjs';

/**
 * `facets`: facet counts (attributes, brands, warehouses, in stock) for the largest top category,
 * alternating between no filter and one facet filter (each facet counted with the others applied).
 */
export default {
  name: 'facets',
  async run({ api, dataset, log }) {
    const token = await buyerToken(api, dataset);
    const { category, filter } = await catalogView(api, token);
    const variants = [{ categoryId: category.id }, { categoryId: category.id, attributes: [filter.attributes[0]] }];
    log(`facets: «${category.name}» (${category.productCount} products)`);
    let k = 0;
    const call = () => shop(api, token, FACETS_QUERY, { filter: variants[k++ % variants.length] });
    await load(30, 1, call);
    const run = await load(400, 1, call);
    return {
      ...summarize(run.results.map((r) => r.ms)),
      sql_per_op: run.results[0].sql,
      category_products: category.productCount,
      rss_mb: api.rssMb(),
    };
  },
};
