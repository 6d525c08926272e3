import { load } from '../lib/http.mjs';
import { summarize } from '../lib/stats.mjs';
import { buyerToken, FACETS_QUERY, shop } from '../lib/catalog.mjs';

async function measure(api, token, category, n) {
  const first = (await shop(api, token, FACETS_QUERY, { filter: { categoryId: category.id } })).json.data.catalogFacets;
  const facet = first.attributes[0];
  const variants = [
    { categoryId: category.id },
    { categoryId: category.id, attributes: [{ attributeId: facet.attribute.id, valueIds: [facet.values[0].valueId] }] },
  ];
  let k = 0;
  const call = () => shop(api, token, FACETS_QUERY, { filter: variants[k++ % variants.length] });
  await load(20, 1, call);
  return (await load(n, 1, call)).results;
}

/**
 * `facets`: facet counts (attributes, brands, warehouses, in stock) for the largest leaf category —
 * where a buyer filters by attributes — alternating between no filter and one facet filter (each
 * facet counted with the others applied). The largest top-level category (half the catalog, mixed
 * product types) is measured too and reported as top_*.
 */
export default {
  name: 'facets',
  async run({ api, dataset, log }) {
    const token = await buyerToken(api, dataset);
    const tree = (await shop(api, token, `{ categories { id parentId name depth productCount } }`)).json.data
      .categories;
    const leaves = tree.filter((c) => !tree.some((d) => d.parentId === c.id));
    const leaf = leaves.sort((a, b) => b.productCount - a.productCount)[0];
    const top = tree.filter((c) => c.depth === 0).sort((a, b) => b.productCount - a.productCount)[0];
    log(`facets: leaf «${leaf.name}» (${leaf.productCount} products), top «${top.name}» (${top.productCount})`);
    const results = await measure(api, token, leaf, 400);
    const topResults = summarize((await measure(api, token, top, 100)).map((r) => r.ms));
    return {
      ...summarize(results.map((r) => r.ms)),
      sql_per_op: results[0].sql,
      category_products: leaf.productCount,
      top_category_products: top.productCount,
      top_p50_ms: topResults.p50_ms,
      top_p95_ms: topResults.p95_ms,
      rss_mb: api.rssMb(),
    };
  },
};
