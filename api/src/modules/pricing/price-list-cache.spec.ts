import { PriceListCache } from './price-list-cache';

const body = (n: number) => Buffer.alloc(n, 'x');

describe('PriceListCache', () => {
  it('keeps nothing until notifications are on, and drops everything when they go off', () => {
    const cache = new PriceListCache(1000);
    expect(cache.accepting).toBe(false);
    expect(cache.put('a', cache.begin(), body(10), Infinity)).toBe(false);
    cache.setEnabled(true);
    expect(cache.accepting).toBe(true);
    expect(new PriceListCache(0).accepting).toBe(false);
    expect(cache.put('a', cache.begin(), body(10), Infinity)).toBe(true);
    expect(cache.get('a')?.length).toBe(10);
    cache.setEnabled(false);
    expect(cache.get('a')).toBeNull();
  });

  it('does not store a list built across a change', () => {
    const cache = new PriceListCache(1000);
    cache.setEnabled(true);
    const token = cache.begin();
    cache.invalidate(); // a change was announced while the list was being built
    expect(cache.put('a', token, body(10), Infinity)).toBe(false);
    expect(cache.get('a')).toBeNull();
  });

  it('ends a list when a rule starts or ends', () => {
    const cache = new PriceListCache(1000);
    cache.setEnabled(true);
    cache.put('a', cache.begin(), body(10), 5_000);
    expect(cache.get('a', 4_999)).not.toBeNull();
    expect(cache.get('a', 5_000)).toBeNull();
  });

  it('stays within its bytes, dropping the least recently used lists', () => {
    const cache = new PriceListCache(100);
    cache.setEnabled(true);
    cache.put('a', cache.begin(), body(40), Infinity);
    cache.put('b', cache.begin(), body(40), Infinity);
    cache.get('a'); // a is used again: b is now the oldest
    cache.put('c', cache.begin(), body(40), Infinity);
    expect(cache.get('b')).toBeNull();
    expect(cache.get('a')).not.toBeNull();
    expect(cache.get('c')).not.toBeNull();
    expect(cache.put('d', cache.begin(), body(101), Infinity)).toBe(false); // larger than the whole budget
  });
});
