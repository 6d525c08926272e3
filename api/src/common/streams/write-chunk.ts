import type { Writable } from 'node:stream';

/**
 * Writes a chunk, then waits while the stream's buffer is full (backpressure): a slow reader must not
 * make a large download pile up in memory. See `drained` for when the wait ends.
 */
export async function writeChunk(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await drained(out);
}

/**
 * Resolves when the stream can take more ('drain'), or at once when it has closed — a client that
 * left never drains, and the writer notices the closed stream by its own means; rejects on an error.
 */
export function drained(out: Writable): Promise<void> {
  if (out.destroyed || out.writableEnded) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', failed);
    };
    const done = () => {
      cleanup();
      resolve();
    };
    const failed = (error: Error) => {
      cleanup();
      reject(error);
    };
    out.on('drain', done);
    out.on('close', done);
    out.on('error', failed);
  });
}
