import { deflateRawSync } from 'node:zlib';
import { checkZip } from './zip-guard';

/** A minimal zip with one stored or deflated entry, written by hand. */
function zipOf(name: string, content: Buffer, deflate: boolean): Buffer {
  const data = deflate ? deflateRawSync(content) : content;
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(deflate ? 8 : 0, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(deflate ? 8 : 0, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  const cdOffset = local.length + nameBuf.length + data.length;
  const cd = Buffer.concat([central, nameBuf]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBuf, data, cd, end]);
}

const limits = { maxEntries: 100, maxUnpackedBytes: 50 * 1024 * 1024, maxRatio: 200 };

describe('checkZip', () => {
  it('accepts an ordinary package', () => {
    const r = checkZip(zipOf('xl/sheet1.xml', Buffer.from('<row>…</row>'.repeat(100)), true), limits);
    expect(r).toMatchObject({ ok: true, entries: 1 });
  });

  it('refuses a zip bomb by its declared sizes, without unpacking', () => {
    const bomb = zipOf('xl/sheet1.xml', Buffer.alloc(20 * 1024 * 1024), true);
    expect(bomb.length).toBeLessThan(100_000);
    expect(checkZip(bomb, limits)).toMatchObject({ ok: false, code: 'UNPACKS_TOO_LARGE' });
    expect(checkZip(zipOf('a', Buffer.alloc(60 * 1024 * 1024), false), limits)).toMatchObject({
      code: 'UNPACKS_TOO_LARGE',
    });
  });

  it('refuses what is not a zip, and damaged packages', () => {
    expect(checkZip(Buffer.from('SKU;Qty\nA;1'), limits)).toMatchObject({ code: 'NOT_A_ZIP' });
    const ok = zipOf('a', Buffer.from('x'), false);
    expect(checkZip(ok.subarray(0, ok.length - 10), limits)).toMatchObject({ code: 'CORRUPT_FILE' });
    const broken = Buffer.from(ok);
    broken.writeUInt32LE(12345, broken.length - 6); // central directory offset points nowhere
    expect(checkZip(broken, limits)).toMatchObject({ code: 'CORRUPT_FILE' });
  });
});
