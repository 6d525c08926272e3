import { load } from '../lib/http.mjs';
import { summarize } from '../lib/stats.mjs';
import { buyerToken, shop } from '../lib/catalog.mjs';

const QUERY = `query S($q: String!) { searchSuggestions(query: $q, limit: 10) {
  productId sku name thumbnailUrl matchedOn exact skuHighlights { start length } nameHighlights { start length } } }`;

/** What buyers type, letter by letter (2–6 characters): name words, SKU prefixes, barcodes, typos. */
const WORDS = [
  'саморез',
  'кабель',
  'светильник',
  'автомат',
  'анкер',
  'дюбель',
  'прожектор',
  'лампа',
  'сверло',
  'песок',
  'щебень',
  'гипсокартон',
  'srd-000',
  'kab-001',
  'avt-00',
  '460000',
  'кобель',
  'светелник',
  'самарез',
  'ввгнг',
  'болт м',
  'диск о',
];

function typed() {
  const out = [];
  for (const w of WORDS) for (let n = 2; n <= Math.min(6, w.length); n++) out.push(w.slice(0, n));
  return out;
}

/** `typeahead`: suggestions as a buyer types, over the 1 000 000-product dataset. */
export default {
  name: 'typeahead',
  products: 1_000_000,
  async run({ api, dataset, products }) {
    const token = await buyerToken(api, dataset);
    const queries = typed();
    let k = 0;
    const call = () => shop(api, token, QUERY, { q: queries[k++ % queries.length] });
    await load(queries.length, 1, call);
    const run = await load(queries.length * 6, 1, call);
    const empty = run.results.filter((r) => r.json.data.searchSuggestions.length === 0).length;
    return {
      ...summarize(run.results.map((r) => r.ms)),
      sql_per_op: Math.max(...run.results.map((r) => r.sql)),
      products,
      empty_answers: empty,
      rss_mb: api.rssMb(),
    };
  },
};
