import { startApi } from '../lib/api-process.mjs';
import { graphql } from '../lib/http.mjs';

const STAFF_LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { ... on AdminAuthPayload { accessToken } } }`;
const CREATE_KEY = `mutation { createApiKey(input: { name: "bench", scopes: [READ_COMPANIES, MANAGE_COMPANIES, ALL_CLIENTS] }) { secret } }`;
const UPSERT = `mutation U($rows: [CompanyUpsertInput!]!) { upsertCompanies(rows: $rows) { applied rowErrors { row } } }`;
const ROWS = 10000;

/**
 * `companies-upsert`: an integrator sends 10,000 companies (new), the same batch again (nothing
 * changes) and a batch where every name changed. One JSON line with the three timings; sql_per_op is
 * the statement count of one call, the same for any number of rows.
 */
export default {
  name: 'companies-upsert',
  // Its own API process: 10,000 rows need a larger request body than the 1 MB default.
  ownsApi: true,
  async run({ databaseUrl, port, dataset, log }) {
    const api = await startApi(databaseUrl, port, { BODY_LIMIT: '16mb' });
    try {
      return await measure(api, dataset, log);
    } finally {
      await api.stop();
    }
  },
};

async function measure(api, dataset, log) {
  const login = await graphql(api.url, '/admin-api', STAFF_LOGIN, {
    input: { email: 'admin@demo.wholesail.local', password: dataset.password },
  });
  const token = login.json.data?.login?.accessToken;
  if (!token) throw new Error(`staff login failed: ${JSON.stringify(login.json)}`);
  const key = (await graphql(api.url, '/admin-api', CREATE_KEY, {}, token)).json.data.createApiKey.secret;
  const run = Date.now().toString(36);
  const rows = (suffix) =>
    Array.from({ length: ROWS }, (_, i) => ({
      externalId: `BENCH-${run}-${i}`,
      name: `Bench company ${i}${suffix}`,
      groupCodes: i % 3 ? ['DEALERS'] : [],
    }));
  const timed = async (label, batch) => {
    const res = await graphql(api.url, '/admin-api', UPSERT, { rows: batch }, key);
    const result = res.json.data?.upsertCompanies;
    if (!result) throw new Error(`${label}: ${JSON.stringify(res.json.errors)}`);
    log(`  ${label}: ${Math.round(res.ms)} ms, applied ${result.applied}, ${res.sql} statements`);
    return res;
  };
  const created = await timed('create', rows(''));
  const unchanged = await timed('unchanged', rows(''));
  const updated = await timed('update', rows(' (renamed)'));
  return {
    n: ROWS,
    create_ms: Math.round(created.ms),
    unchanged_ms: Math.round(unchanged.ms),
    update_ms: Math.round(updated.ms),
    sql_per_op: created.sql,
    rss_mb: api.peakRssMb(),
  };
}
