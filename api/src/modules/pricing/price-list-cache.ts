/**
 * Built price lists (the CSV body of one contract), kept while nothing they depend on changes. The
 * owner drops everything on a change notification (`invalidate`); a list built while a change came in
 * is not stored (the `token` from `begin` no longer matches). Each list also ends at the next instant
 * a rule in its scope starts or ends. Bounded in bytes: the least recently used lists go first.
 * Pure (no Nest, no database): unit-tested in price-list-cache.spec.ts.
 */
export class PriceListCache {
  private readonly lists = new Map<string, { body: Buffer; validUntil: number }>();
  private bytes = 0;
  private generation = 0;
  private enabled = false;

  constructor(private readonly maxBytes: number) {}

  /** Only while change notifications arrive may lists be kept; switching off drops them. */
  setEnabled(enabled: boolean): void {
    this.invalidate();
    this.enabled = enabled && this.maxBytes > 0;
  }

  /** Whether a list built now could be kept (notifications arrive and there is memory for lists). */
  get accepting(): boolean {
    return this.enabled;
  }

  invalidate(): void {
    this.generation++;
    this.lists.clear();
    this.bytes = 0;
  }

  get(key: string, now = Date.now()): Buffer | null {
    const list = this.lists.get(key);
    if (!list) return null;
    this.lists.delete(key);
    if (list.validUntil <= now) {
      this.bytes -= list.body.length;
      return null;
    }
    this.lists.set(key, list); // most recently used last
    return list.body;
  }

  /** Call before reading what the list is built from; pass the token to `put`. */
  begin(): number {
    return this.generation;
  }

  put(key: string, token: number, body: Buffer, validUntil: number): boolean {
    if (!this.enabled || token !== this.generation || body.length > this.maxBytes) return false;
    const old = this.lists.get(key);
    if (old) {
      this.lists.delete(key);
      this.bytes -= old.body.length;
    }
    for (const [k, list] of this.lists) {
      if (this.bytes + body.length <= this.maxBytes) break;
      this.lists.delete(k);
      this.bytes -= list.body.length;
    }
    this.lists.set(key, { body, validUntil });
    this.bytes += body.length;
    return true;
  }
}
