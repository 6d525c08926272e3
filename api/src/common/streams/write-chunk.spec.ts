import { PassThrough, Writable } from 'node:stream';
import { drained, writeChunk } from './write-chunk';

describe('writeChunk', () => {
  it('waits while the reader is behind and goes on when it has read', async () => {
    const out = new PassThrough({ highWaterMark: 4 });
    let done = false;
    const writing = writeChunk(out, 'more than four bytes').then(() => (done = true));
    await new Promise((r) => setImmediate(r));
    expect(done).toBe(false);
    out.read();
    await writing;
    expect(done).toBe(true);
  });

  it('does not wait for a stream that closed (a client that left)', async () => {
    const out = new PassThrough({ highWaterMark: 4 });
    const writing = writeChunk(out, 'more than four bytes');
    out.destroy();
    await expect(writing).resolves.toBeUndefined();
    await expect(drained(out)).resolves.toBeUndefined();
  });

  it('passes on a write error', async () => {
    const out = new Writable({ highWaterMark: 1, write: (_chunk, _enc, cb) => cb(new Error('disk full')) });
    await expect(writeChunk(out, 'xy')).rejects.toThrow('disk full');
  });
});
