/**
 * Values kept while nothing they were made of changes. The owner drops everything on a change
 * notification (`invalidate`); a value built while a change came in is not stored (the `token` from
 * `begin` no longer matches). Each value may also end at an instant of its own. Bounded by a size the
 * owner measures (`sizeOf`): the least recently used go first. Values are kept only while enabled —
 * owners enable it while change notifications arrive.
 * Pure (no Nest, no database): unit-tested through its users' specs (price-list-cache.spec.ts).
 */
export class KeptValues<V> {
  private readonly values = new Map<string, { value: V; size: number; validUntil: number }>();
  private size = 0;
  private generation = 0;
  private enabled = false;

  constructor(
    private readonly maxSize: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /** Only while change notifications arrive may values be kept; switching off drops them. */
  setEnabled(enabled: boolean): void {
    this.invalidate();
    this.enabled = enabled && this.maxSize > 0;
  }

  /** Whether any room was given (0: nothing is ever kept). */
  get maxSizeSet(): boolean {
    return this.maxSize > 0;
  }

  /** Whether a value built now could be kept (notifications arrive and there is room). */
  get accepting(): boolean {
    return this.enabled;
  }

  invalidate(): void {
    this.generation++;
    this.values.clear();
    this.size = 0;
  }

  get(key: string, now = Date.now()): V | null {
    const kept = this.values.get(key);
    if (!kept) return null;
    this.values.delete(key);
    if (kept.validUntil <= now) {
      this.size -= kept.size;
      return null;
    }
    this.values.set(key, kept); // most recently used last
    return kept.value;
  }

  /** Call before reading what the value is built from; pass the token to `put`. */
  begin(): number {
    return this.generation;
  }

  put(key: string, token: number, value: V, validUntil = Infinity): boolean {
    const size = this.sizeOf(value);
    if (!this.enabled || token !== this.generation || size > this.maxSize) return false;
    const old = this.values.get(key);
    if (old) {
      this.values.delete(key);
      this.size -= old.size;
    }
    for (const [k, kept] of this.values) {
      if (this.size + size <= this.maxSize) break;
      this.values.delete(k);
      this.size -= kept.size;
    }
    this.values.set(key, { value, size, validUntil });
    this.size += size;
    return true;
  }
}
