import { crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib';
import type { Readable, Writable } from 'node:stream';
import { writeChunk } from '../../common/streams/write-chunk';

/**
 * A streaming zip writer (deflate, data descriptors), enough for an .xlsx package: entries are
 * written one after another straight to the output, sizes and CRC after each entry's data, the
 * central directory at the end. Nothing is buffered beyond what the output's backpressure holds.
 */
interface Written {
  name: Buffer;
  offset: number;
  crc: number;
  packed: number;
  unpacked: number;
}

/** An open entry: its data is deflated as it is written, each write waits for backpressure. */
export interface ZipEntry {
  /** The buffer is handed over: the caller must not change it afterwards. */
  write(chunk: Buffer): Promise<void>;
  /** Closes the entry (sizes and CRC); the next entry may start after this resolves. */
  end(): Promise<void>;
}

/** Deflate level 1: a price list of mostly repeated markup packs well already, and 3× faster than 6. */
const LEVEL = 1;
/** zlib's output chunks: fewer, larger writes to the socket than the 16 KB default. */
const CHUNK = 64 * 1024;

export class ZipWriter {
  private offset = 0;
  private readonly entries: Written[] = [];
  private deflating: DeflateRaw | null = null;

  constructor(private readonly out: Writable) {}

  private async write(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    await writeChunk(this.out, chunk);
  }

  /** Starts an entry; write its data, then end it before starting another. */
  async open(name: string): Promise<ZipEntry> {
    const nameBuf = Buffer.from(name, 'utf8');
    const start = this.offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0808, 6); // data descriptor follows; UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt16LE(nameBuf.length, 26);
    await this.write(Buffer.concat([local, nameBuf]));

    let crc = 0;
    let unpacked = 0;
    let packed = 0;
    const deflate: DeflateRaw = createDeflateRaw({ level: LEVEL, chunkSize: CHUNK });
    this.deflating = deflate;
    const pump = (async () => {
      for await (const chunk of deflate as AsyncIterable<Buffer>) {
        packed += chunk.length;
        await this.write(chunk);
      }
    })();
    // An output error ends the pump early: writes must not wait for a drain that never comes.
    pump.catch(() => deflate.destroy());
    return {
      write: async (chunk) => {
        crc = crc32(chunk, crc);
        unpacked += chunk.length;
        await writeChunk(deflate, chunk);
      },
      end: async () => {
        deflate.end();
        await pump;
        this.deflating = null;
        const descriptor = Buffer.alloc(16);
        descriptor.writeUInt32LE(0x08074b50, 0);
        descriptor.writeUInt32LE(crc >>> 0, 4);
        descriptor.writeUInt32LE(packed, 8);
        descriptor.writeUInt32LE(unpacked, 12);
        await this.write(descriptor);
        this.entries.push({ name: nameBuf, offset: start, crc: crc >>> 0, packed, unpacked });
      },
    };
  }

  /** Abandons the open entry (the output is being destroyed): its compressor is released. */
  abort(): void {
    this.deflating?.destroy();
    this.deflating = null;
  }

  /** Adds an entry from a string/buffer or a readable stream of buffers or strings. */
  async add(name: string, content: string | Buffer | Readable): Promise<void> {
    const entry = await this.open(name);
    if (typeof content === 'string' || Buffer.isBuffer(content)) {
      await entry.write(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
    } else {
      for await (const chunk of content as AsyncIterable<Buffer | string>) {
        await entry.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      }
    }
    await entry.end();
  }
  /** Writes the central directory and ends the output. */
  async finish(): Promise<void> {
    const cdStart = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0808, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(0x21, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.packed, 20);
      h.writeUInt32LE(e.unpacked, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([h, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - cdStart, 12);
    end.writeUInt32LE(cdStart, 16);
    await this.write(end);
    await new Promise<void>((resolve) => this.out.end(resolve));
  }
}
