/**
 * A look at an .xlsx (a zip package) before anything unpacks it: the central directory says how
 * many entries there are and how large each becomes. A zip bomb (a few kilobytes that unpack to
 * gigabytes) is refused here, without inflating a byte.
 */
export interface ZipLimits {
  maxEntries: number;
  maxUnpackedBytes: number;
  /** Largest unpacked/packed ratio of one entry (XML compresses ~10–30×; bombs 1000× and more). */
  maxRatio: number;
}

export type ZipCheck =
  | { ok: true; entries: number; unpackedBytes: number }
  | { ok: false; code: 'NOT_A_ZIP' | 'CORRUPT_FILE' | 'TOO_MANY_ENTRIES' | 'UNPACKS_TOO_LARGE'; message: string };

const EOCD = 0x06054b50;
const CDH = 0x02014b50;

export function isZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50;
}

export function checkZip(buffer: Buffer, limits: ZipLimits): ZipCheck {
  if (!isZip(buffer)) return { ok: false, code: 'NOT_A_ZIP', message: 'Not an .xlsx file' };
  // The end-of-central-directory record is in the last 22 + 65 535 bytes (comment).
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65535); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  const corrupt = {
    ok: false as const,
    code: 'CORRUPT_FILE' as const,
    message: 'The file is damaged (not a readable .xlsx)',
  };
  if (eocd < 0) return corrupt;
  const count = buffer.readUInt16LE(eocd + 10);
  const cdSize = buffer.readUInt32LE(eocd + 12);
  const cdOffset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    return { ok: false, code: 'TOO_MANY_ENTRIES', message: 'ZIP64 packages are not accepted' };
  }
  if (count > limits.maxEntries) {
    return {
      ok: false,
      code: 'TOO_MANY_ENTRIES',
      message: `The file has ${count} parts; at most ${limits.maxEntries}`,
    };
  }
  if (cdOffset + cdSize > eocd) return corrupt;
  let pos = cdOffset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (pos + 46 > buffer.length || buffer.readUInt32LE(pos) !== CDH) return corrupt;
    const packed = buffer.readUInt32LE(pos + 20);
    const unpacked = buffer.readUInt32LE(pos + 24);
    const nameLength = buffer.readUInt16LE(pos + 28);
    const extraLength = buffer.readUInt16LE(pos + 30);
    const commentLength = buffer.readUInt16LE(pos + 32);
    total += unpacked;
    if (total > limits.maxUnpackedBytes || (unpacked > 1024 * 1024 && unpacked > packed * limits.maxRatio)) {
      return {
        ok: false,
        code: 'UNPACKS_TOO_LARGE',
        message: `The file unpacks to more than allowed (${Math.round(limits.maxUnpackedBytes / 1048576)} MB or a suspicious compression ratio)`,
      };
    }
    pos += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries: count, unpackedBytes: total };
}
