import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): Date {
  if (typeof value === 'string') {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime()) && /\d{4}-\d{2}-\d{2}T/.test(value)) return date;
  }
  throw new GraphQLError('DateTime must be an ISO 8601 string with a time zone, e.g. "2026-11-27T10:00:00Z"', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A moment in time as an ISO 8601 string in UTC.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new GraphQLError('DateTime field resolved to a non-date value');
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) return parse(ast.value);
    throw new GraphQLError('DateTime literals must be strings', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
