import { parentPort, Worker, workerData } from 'node:worker_threads';
import { graphql } from './http.mjs';

/**
 * Sends GraphQL operations one after another from a worker thread: a second client with its own
 * event loop, as an integrator is another program. Serialising its large bodies on the measuring
 * thread would hold up the responses that thread is timing. `onStart` runs when the first request
 * is about to go (the worker is up and has its data); resolves with the responses' data and the
 * wall time from the first request to the last response.
 */
export function sendInWorker({ url, path, query, variables, token, onStart }) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { url, path, query, variables, token } });
  return new Promise((resolve, reject) => {
    worker.on('message', (m) => (m === 'start' ? onStart?.() : resolve(m)));
    worker.once('error', reject);
  });
}

if (parentPort && workerData?.query) {
  const { url, path, query, variables, token } = workerData;
  const results = [];
  parentPort.postMessage('start');
  const started = process.hrtime.bigint();
  for (const v of variables) {
    const res = await graphql(url, path, query, v, token);
    if (res.json.errors) throw new Error(JSON.stringify(res.json.errors));
    results.push(res.json.data);
  }
  parentPort.postMessage({ results, wallMs: Number(process.hrtime.bigint() - started) / 1e6 });
}
