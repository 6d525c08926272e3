/**
 * Collects text as UTF-8 straight into a Buffer, to be taken in chunks of about `chunkSize` bytes:
 * a large download is encoded once into buffers outside the JS heap instead of being concatenated
 * into ever longer strings first (which the garbage collector then has to copy and sweep).
 */
export class Utf8Chunks {
  private buffer: Buffer;
  private used = 0;

  constructor(private readonly chunkSize = 64 * 1024) {
    this.buffer = Buffer.allocUnsafe(chunkSize * 2);
  }

  /** Bytes collected and not taken yet. */
  get size(): number {
    return this.used;
  }

  /** True when a chunk's worth is collected: take it. */
  get full(): boolean {
    return this.used >= this.chunkSize;
  }

  /** Any text. */
  append(text: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair: 4 bytes for 2 units).
    this.reserve(text.length * 3);
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /**
   * Text known to be ASCII (markup, numbers): copied byte by byte in JS, cheaper than a call into
   * the encoder for a few characters. Anything else would be garbled: use `append`.
   */
  ascii(text: string): void {
    const n = text.length;
    this.reserve(n);
    const b = this.buffer;
    let p = this.used;
    for (let i = 0; i < n; i++) b[p++] = text.charCodeAt(i);
    this.used = p;
  }

  private reserve(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.chunkSize * 2, (this.used + bytes) * 2));
    this.buffer.copy(bigger, 0, 0, this.used);
    this.buffer = bigger;
  }

  /** The collected bytes, handed over (the next text goes into a new buffer); null if none. */
  take(): Buffer | null {
    if (this.used === 0) return null;
    const chunk = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(this.chunkSize * 2);
    this.used = 0;
    return chunk;
  }
}
