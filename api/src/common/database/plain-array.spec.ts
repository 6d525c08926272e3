import { plainArray } from './plain-array';

describe('plainArray', () => {
  it('writes uuids and plain decimals as one array literal', () => {
    expect(plainArray(['0a000000-0000-4000-8000-00000000214a', 'EA045B49-08FB-490B-85CF-3DF8C84E4320'])).toBe(
      '{0a000000-0000-4000-8000-00000000214a,EA045B49-08FB-490B-85CF-3DF8C84E4320}',
    );
    expect(plainArray(['12', '-0.5', '1250.0001'])).toBe('{12,-0.5,1250.0001}');
    expect(plainArray([])).toBe('{}');
  });

  it('refuses a value that would need quoting', () => {
    for (const bad of ['a b', 'x,y', '"q"', 'NULL', '{1}', 'back\\slash']) {
      expect(() => plainArray(['1', bad])).toThrow(/needs quoting/);
    }
  });
});
