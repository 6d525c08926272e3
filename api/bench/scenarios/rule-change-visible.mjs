import pg from 'pg';
import { graphql } from '../lib/http.mjs';
import { buyerToken, shop, staffToken } from '../lib/catalog.mjs';
import { summarize } from '../lib/stats.mjs';

const CREATE = `mutation C($input: PriceRuleInput!) { createPriceRule(input: $input) { rule { id } } }`;
const UPDATE = `mutation U($id: ID!, $input: PriceRuleInput!) { updatePriceRule(id: $id, input: $input) { rule { id } } }`;
const DELETE = `mutation D($id: ID!) { deletePriceRule(id: $id) }`;
const CARD = `query C($id: ID!) { catalogProduct(id: $id) { price { priceWithVat } } }`;

/**
 * `rule-change-visible`: a staff user changes a price rule (an exclusive fixed price for the demo
 * director's company on one product) through the admin API; from the mutation's answer, the buyer's
 * catalog card is polled every 10 ms until it shows the new price. 20 changes; target ≤ 1 s.
 */
export default {
  name: 'rule-change-visible',
  async run({ api, dataset, databaseUrl, log }) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const {
      rows: [target],
    } = await client.query(
      `SELECT c.id AS company_id, p.id AS product_id FROM company c, product p
        WHERE c.name = 'СтройМаркет' AND p.active ORDER BY p.sku LIMIT 1`,
    );
    await client.end();
    const buyer = await buyerToken(api, dataset);
    const staff = await staffToken(api, dataset);
    const input = (value) => ({
      name: 'bench: rule-change-visible',
      priority: 999_999,
      policy: 'EXCLUSIVE',
      scopeKind: 'COMPANY',
      scopeId: target.company_id,
      targetKind: 'PRODUCT',
      targetId: target.product_id,
      actionKind: 'FIXED_PRICE',
      value: String(value),
    });
    const admin = async (q, v) => {
      const res = await graphql(api.url, '/admin-api', q, v, staff);
      if (res.json.errors) throw new Error(JSON.stringify(res.json.errors));
      return res.json.data;
    };
    const id = (await admin(CREATE, { input: input(1000) })).createPriceRule.rule.id;
    const waits = [];
    const polls = [];
    try {
      for (let i = 1; i <= 20; i++) {
        const value = 1000 + i * 7 + (Date.now() % 5);
        await admin(UPDATE, { id, input: input(value) });
        const changed = process.hrtime.bigint();
        let n = 0;
        for (;;) {
          n++;
          const card = (await shop(api, buyer, CARD, { id: target.product_id })).json.data.catalogProduct;
          if (card.price && Number(card.price.priceWithVat) === value) break;
          if (Number(process.hrtime.bigint() - changed) / 1e6 > 10_000)
            throw new Error('rule change not visible in 10 s');
          await new Promise((r) => setTimeout(r, 10));
        }
        waits.push(Number(process.hrtime.bigint() - changed) / 1e6);
        polls.push(n);
      }
    } finally {
      await admin(DELETE, { id });
    }
    log(`rule-change-visible: ${waits.length} changes, polls per change ${Math.min(...polls)}–${Math.max(...polls)}`);
    return { ...summarize(waits), max_ms: Math.round(Math.max(...waits)), rss_mb: api.rssMb() };
  },
};
