import http from 'node:http';
import pg from 'pg';
import { shop } from './catalog.mjs';

/**
 * `n` products the demo director can order now, with a valid quantity (the smallest: the minimum
 * rounded up to the step) and enough stock for `times` orders of it, read straight from the database.
 */
export async function orderableProducts(databaseUrl, n, times = 40, offset = 0) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT p.id, p.sku, (ceil(p.min_order_quantity / p.order_step) * p.order_step)::text AS q
         FROM product p JOIN product_stock ps ON ps.product_id = p.id
        WHERE p.active AND ps.available >= $1 * ceil(p.min_order_quantity / p.order_step) * p.order_step
          AND EXISTS (SELECT 1 FROM price_entry e WHERE e.product_id = p.id)
          AND EXISTS (SELECT 1 FROM stock_level s WHERE s.product_id = p.id
                       AND s.on_hand - s.reserved >= $1 * ceil(p.min_order_quantity / p.order_step) * p.order_step)
        ORDER BY p.id OFFSET $3 LIMIT $2`,
      [times, n, offset],
    );
    if (rows.length < n) throw new Error(`only ${rows.length} orderable products, ${n} needed`);
    return rows;
  } finally {
    await client.end();
  }
}

export const ADD_LINES = `mutation A($lines: [CartLineInput!]!) { addCartLines(input: { lines: $lines }) { applied rowErrors { row errorCode message } } }`;

/** Fills the buyer's cart with `products` (in batches of 1 000: the mutation's limit). */
export async function fillCart(api, token, products) {
  await shop(api, token, `mutation { clearCart { id } }`);
  for (let i = 0; i < products.length; i += 1000) {
    const res = await shop(api, token, ADD_LINES, {
      lines: products.slice(i, i + 1000).map((p) => ({ productId: p.id, quantity: p.q })),
    });
    const { rowErrors } = res.json.data.addCartLines;
    if (rowErrors.length) throw new Error(`cart rows refused: ${JSON.stringify(rowErrors.slice(0, 3))}`);
  }
}

/** POSTs a file as multipart/form-data field `file`; resolves with status, JSON body and elapsed ms. */
export function uploadFile(baseUrl, path, token, buffer, fileName) {
  const boundary = `----wholesail${Date.now()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const body = Buffer.concat([head, buffer, tail]);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(
      new URL(path, baseUrl),
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': body.length,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          resolve({
            status: res.statusCode,
            json: JSON.parse(Buffer.concat(chunks).toString('utf8')),
            ms,
            sql: Number(res.headers['x-sql-count'] ?? NaN),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** GETs a download; resolves with time to the first byte of the body, total time and size. */
export function download(baseUrl, path, token) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - started) / 1e6;
    const req = http.get(new URL(path, baseUrl), { headers: { authorization: `Bearer ${token}` } }, (res) => {
      let first = null;
      let bytes = 0;
      res.on('data', (c) => {
        if (first === null) first = ms();
        bytes += c.length;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          firstByteMs: first,
          ms: ms(),
          bytes,
          rows: Number(res.headers['x-row-count']),
        }),
      );
    });
    req.on('error', reject);
  });
}
