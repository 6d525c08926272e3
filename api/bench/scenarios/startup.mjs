import { median } from '../lib/stats.mjs';
import { startApi } from '../lib/api-process.mjs';

/** `startup`: process start → /health answers, on an existing, migrated database (median of 5). */
export default {
  name: 'startup',
  ownsApi: true,
  async run({ databaseUrl, port }) {
    const times = [];
    let rss = null;
    for (let i = 0; i < 5; i++) {
      const api = await startApi(databaseUrl, port);
      times.push(api.startupMs);
      rss = api.rssMb();
      await api.stop();
    }
    const round = (v) => Math.round(v);
    return { n: times.length, p50_ms: round(median(times)), max_ms: round(Math.max(...times)), rss_mb: rss };
  },
};
