/**
 * An array parameter written as a PostgreSQL array literal in one join, for values that never need
 * quoting — uuids and plain decimals (digits, a sign, a point). pg would otherwise quote and escape
 * every element (for 30 000 elements of a stock batch, a measurable part of the request). Anything
 * else is refused: the caller named the wrong values.
 */
export function plainArray(values: readonly string[]): string {
  const text = `{${values.join(',')}}`;
  if (!PLAIN.test(text)) throw new Error('plainArray: a value needs quoting (only uuids and plain decimals)');
  return text;
}

const PLAIN = /^\{[0-9a-fA-F.,-]*\}$/;
