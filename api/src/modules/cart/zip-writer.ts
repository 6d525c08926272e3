import { crc32, createDeflateRaw } from 'node:zlib';
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

export class ZipWriter {
  private offset = 0;
  private readonly entries: Written[] = [];

  constructor(private readonly out: Writable) {}

  private async write(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    await writeChunk(this.out, chunk);
  }

  /** Adds an entry from a string/buffer or a readable stream of buffers or strings. */
  async add(name: string, content: string | Buffer | Readable): Promise<void> {
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
    const deflate = createDeflateRaw({ level: 1 });
    const pump = (async () => {
      for await (const chunk of deflate as AsyncIterable<Buffer>) {
        packed += chunk.length;
        await this.write(chunk);
      }
    })();
    const feed = async (chunk: Buffer) => {
      crc = crc32(chunk, crc);
      unpacked += chunk.length;
      await writeChunk(deflate, chunk);
    };
    if (typeof content === 'string' || Buffer.isBuffer(content)) {
      await feed(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
    } else {
      for await (const chunk of content as AsyncIterable<Buffer | string>) {
        await feed(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      }
    }
    deflate.end();
    await pump;

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(packed, 8);
    descriptor.writeUInt32LE(unpacked, 12);
    await this.write(descriptor);
    this.entries.push({ name: nameBuf, offset: start, crc: crc >>> 0, packed, unpacked });
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
