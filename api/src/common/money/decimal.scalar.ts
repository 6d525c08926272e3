import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { Dec, isDecimalText, parseDecimal } from './decimal';

function parse(value: unknown): Dec {
  if (typeof value === 'string') {
    const parsed = parseDecimal(value);
    if (parsed) return parsed;
  }
  throw new GraphQLError('Decimal must be a string in plain decimal notation, e.g. "1250.50"', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** Money and fractional quantities travel as strings so that no client turns them into floats. */
export const DecimalScalar = new GraphQLScalarType<Dec, string>({
  name: 'Decimal',
  description: 'An exact decimal number serialised as a string, e.g. "1250.5000".',
  serialize(value) {
    if (value instanceof Dec) return value.toFixed();
    if (typeof value === 'string') return isDecimalText(value) ? value : new Dec(value).toFixed();
    throw new GraphQLError('Decimal field resolved to a non-decimal value');
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) return parse(ast.value);
    throw new GraphQLError('Decimal literals must be strings, e.g. "12.50"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});
