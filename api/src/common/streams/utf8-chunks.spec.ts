import { Utf8Chunks } from './utf8-chunks';

describe('Utf8Chunks', () => {
  it('collects text as UTF-8 and hands it over in chunks', () => {
    const chunks = new Utf8Chunks(8);
    expect(chunks.take()).toBeNull();
    chunks.append('abc');
    expect(chunks.full).toBe(false);
    chunks.append('Прайс'); // 10 bytes
    expect(chunks.full).toBe(true);
    const first = chunks.take()!;
    expect(first.toString('utf8')).toBe('abcПрайс');
    expect(chunks.size).toBe(0);
    // A taken chunk is never written into again.
    chunks.append('zzzzzzzzzzzz');
    expect(first.toString('utf8')).toBe('abcПрайс');
    expect(chunks.take()!.toString('utf8')).toBe('zzzzzzzzzzzz');
  });

  it('takes text longer than its buffer and characters outside the BMP', () => {
    const chunks = new Utf8Chunks(4);
    const long = 'я'.repeat(1000) + '😀' + 'x'.repeat(5000);
    chunks.append('ab');
    chunks.append(long);
    expect(chunks.size).toBe(2 + 2000 + 4 + 5000);
    expect(chunks.take()!.toString('utf8')).toBe('ab' + long);
  });

  it('copies ASCII text byte by byte, also across a full buffer', () => {
    const chunks = new Utf8Chunks(4);
    chunks.ascii('<c s="3"><v>');
    chunks.append('Ёж');
    chunks.ascii('12.5</v></c>'.repeat(3));
    expect(chunks.take()!.toString('utf8')).toBe('<c s="3"><v>Ёж' + '12.5</v></c>'.repeat(3));
  });
});
