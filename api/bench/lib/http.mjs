import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POST a GraphQL operation; resolves with the parsed body, elapsed ms and the SQL count header. */
export function graphql(baseUrl, path, query, variables = {}, token) {
  const body = JSON.stringify({ query, variables });
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          try {
            const json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            resolve({ json, ms, sql: Number(res.headers['x-sql-count'] ?? NaN), status: res.statusCode });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs `fn` `total` times with `concurrency` in flight; returns per-call results and wall time. */
export async function load(total, concurrency, fn) {
  const results = [];
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        results.push(await fn());
      }
    }),
  );
  return { results, wallMs: Date.now() - started };
}
