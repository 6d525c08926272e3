import { graphql, load } from '../lib/http.mjs';
import { summarize } from '../lib/stats.mjs';

const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { ... on ShopAuthPayload { accessToken } } }`;
const ME = `{ me { user { id email } company { id name } role activeLegalEntity { id name inn } permissions } }`;

/** `me`: an authenticated buyer asks who he is — the floor under every shop request. */
export default {
  name: 'me',
  async run({ api, dataset }) {
    const login = await graphql(api.url, '/shop-api', LOGIN, {
      input: { email: dataset.buyerEmail, password: dataset.password },
    });
    const token = login.json.data?.login?.accessToken;
    if (!token) throw new Error(`login failed: ${JSON.stringify(login.json)}`);
    const call = async () => {
      const res = await graphql(api.url, '/shop-api', ME, {}, token);
      if (res.json.errors) throw new Error(JSON.stringify(res.json.errors));
      return res;
    };
    await load(300, 4, call); // warm-up
    const sequential = await load(2000, 1, call);
    const concurrent = await load(4000, 16, call);
    return {
      ...summarize(sequential.results.map((r) => r.ms)),
      req_per_s: Math.round((concurrent.results.length / concurrent.wallMs) * 1000),
      p95_ms_at_16: summarize(concurrent.results.map((r) => r.ms)).p95_ms,
      sql_per_op: sequential.results[0].sql,
      rss_mb: api.rssMb(),
    };
  },
};
