import fc from 'fast-check';
import { normalizeSku } from './sku';

describe('normalizeSku', () => {
  it.each([
    ['abc-1', 'ABC-1'],
    ['  ABC-1  ', 'ABC-1'],
    ['АВС-1', 'ABC-1'], // typed on a Russian layout: А, В, С are Cyrillic
    ['авс-1', 'ABC-1'], // …and in lower case
    ['АВЕКМНОРСТХ', 'ABEKMHOPCTX'],
    ['авекмнорстх', 'ABEKMHOPCTX'],
    ['ТР-100М', 'TP-100M'],
    ['ABC–1', 'ABC-1'], // en dash
    ['ABC—1', 'ABC-1'], // em dash
    ['ABC−1', 'ABC-1'], // minus sign
    ['ABC‐1', 'ABC-1'], // hyphen U+2010
    ['ABC - 1', 'ABC-1'],
    ['ABC -1', 'ABC-1'],
    ['DIN  933\tM6', 'DIN 933 M6'],
    ['DIN\u00a0933', 'DIN 933'],
    ['ＡＢＣ１', 'ABC1'], // fullwidth
    ['AB\u00adC', 'ABC'], // soft hyphen from a web page
    ['\u200bABC', 'ABC'],
    ['БОЛТ-М6', 'БOЛT-M6'], // letters without a Latin twin stay Cyrillic
    ['Д-12', 'Д-12'],
    ['000123', '000123'],
    ['', ''],
  ])('%j → %j', (sku, key) => {
    expect(normalizeSku(sku)).toBe(key);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => expect(normalizeSku(normalizeSku(s))).toBe(normalizeSku(s))));
  });
});
