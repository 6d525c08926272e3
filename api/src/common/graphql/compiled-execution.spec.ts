import {
  execute,
  getIntrospectionQuery,
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type ExecutionResult,
  type GraphQLFieldResolver,
} from 'graphql';
import { CompiledExecution, withoutPropertyResolvers } from './compiled-execution';

class Refused extends Error {}

/** Like Nest's resolver for a plain field: reads the property (named as Nest names it). */
function nestLike(property: string, defaultValue?: unknown): GraphQLFieldResolver<unknown, unknown> {
  const rootFieldResolver = (root: Record<string, unknown>) =>
    root[property] === undefined ? defaultValue : root[property];
  return rootFieldResolver as GraphQLFieldResolver<unknown, unknown>;
}

const Money = new GraphQLScalarType<string, string>({
  name: 'Money',
  serialize: (v) => `${String(v)} ₽`,
  parseValue: (v) => {
    if (typeof v !== 'string' || !/^\d+(\.\d+)?$/.test(v)) throw new GraphQLError('Money must be a decimal string');
    return v;
  },
});

const Day = new GraphQLScalarType<Date, string>({
  name: 'Day',
  serialize: (v) => (v as Date).toISOString().slice(0, 10),
  parseValue: (v) => new Date(`${String(v)}T00:00:00Z`),
});

const Mode = new GraphQLEnumType({ name: 'Mode', values: { ADD: { value: 'add' }, SET: { value: 'set' } } });

const Stock = new GraphQLObjectType({
  name: 'Stock',
  fields: {
    warehouse: { type: new GraphQLNonNull(GraphQLString), resolve: nestLike('warehouse') },
    available: { type: new GraphQLNonNull(Money), resolve: nestLike('available') },
  },
});

const Product = new GraphQLObjectType({
  name: 'Product',
  fields: {
    sku: { type: new GraphQLNonNull(GraphQLString), resolve: nestLike('sku') },
    // Renamed in the schema: the property is `displayName`.
    name: { type: GraphQLString, resolve: nestLike('displayName') },
    pinned: { type: GraphQLBoolean, resolve: nestLike('pinned', false) },
    stock: { type: new GraphQLList(new GraphQLNonNull(Stock)), resolve: nestLike('stock') },
    secret: {
      type: GraphQLString,
      resolve: () => {
        throw new Refused('not yours');
      },
    },
  },
});

const LineInput = new GraphQLInputObjectType({
  name: 'LineInput',
  fields: {
    sku: { type: new GraphQLNonNull(GraphQLString) },
    quantity: { type: new GraphQLNonNull(Money) },
    unit: { type: GraphQLString, defaultValue: 'pcs' },
  },
});

const AddInput = new GraphQLInputObjectType({
  name: 'AddInput',
  fields: {
    lines: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(LineInput))) },
    mode: { type: new GraphQLNonNull(Mode), defaultValue: 'add' },
  },
});

const PeriodInput = new GraphQLInputObjectType({
  name: 'PeriodInput',
  fields: {
    // An internal value JSON cannot carry (the compiler would write the default as JSON).
    since: { type: Day, defaultValue: new Date(Date.UTC(2026, 0, 1)) },
  },
});

const products = [
  {
    sku: 'A-1',
    displayName: 'Анкер',
    stock: [
      { warehouse: 'MSK', available: '12.5' },
      { warehouse: 'SPB', available: '0' },
    ],
  },
  { sku: 'B-2', displayName: null, pinned: true, stock: [] },
];

const calls: string[] = [];

function schema(): GraphQLSchema {
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        products: {
          type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Product))),
          args: { take: { type: GraphQLInt } },
          resolve: async (_root, { take }: { take?: number }) => products.slice(0, take ?? products.length),
        },
      },
    }),
    mutation: new GraphQLObjectType({
      name: 'Mutation',
      fields: {
        addLines: {
          type: new GraphQLNonNull(GraphQLString),
          args: { input: { type: new GraphQLNonNull(AddInput) } },
          resolve: (
            _root,
            { input }: { input: { lines: { sku: string; quantity: string; unit: string }[]; mode: string } },
          ) => {
            calls.push('addLines');
            return `${input.mode}:${input.lines.map((l) => `${l.sku}×${l.quantity} ${l.unit}`).join(',')}`;
          },
        },
        period: {
          type: new GraphQLNonNull(GraphQLString),
          args: { input: { type: new GraphQLNonNull(PeriodInput) } },
          resolve: (_root, { input }: { input: { since: unknown } }) =>
            input.since instanceof Date ? input.since.toISOString().slice(0, 10) : `not a date: ${String(input.since)}`,
        },
        setLines: {
          type: new GraphQLNonNull(GraphQLInt),
          args: { lines: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(LineInput))) } },
          resolve: (_root, { lines }: { lines: unknown[] }) => {
            calls.push('setLines');
            return lines.length;
          },
        },
      },
    }),
  });
}

async function run(query: string, variables: Record<string, unknown> = {}) {
  const execution = new CompiledExecution();
  const built = execution.useSchema(withoutPropertyResolvers(schema()));
  const { executor } = await execution.load();
  const document = parse(query);
  const request = { document, request: { variables }, context: {} };
  const compiled = await executor(request);
  const again = await executor(request); // the plan is kept per document
  const counts = { ...execution.counts };
  const reference: ExecutionResult = await execute({
    schema: built,
    document,
    variableValues: variables,
    contextValue: {},
  });
  return { compiled, again, reference, counts };
}

describe('CompiledExecution', () => {
  beforeEach(() => (calls.length = 0));

  it('answers a query with nested lists, renamed fields, defaults and custom scalars as graphql-js does', async () => {
    const { compiled, again, reference, counts } = await run(
      `query P($take: Int) { products(take: $take) { sku name pinned stock { warehouse available } } }`,
      { take: 2 },
    );
    expect(counts).toEqual({ compiled: 2, standard: 0 });
    expect(compiled).toEqual({
      data: {
        products: [
          {
            sku: 'A-1',
            name: 'Анкер',
            pinned: false,
            stock: [
              { warehouse: 'MSK', available: '12.5 ₽' },
              { warehouse: 'SPB', available: '0 ₽' },
            ],
          },
          { sku: 'B-2', name: null, pinned: true, stock: [] },
        ],
      },
    });
    expect(again).toEqual(compiled);
    expect(JSON.parse(JSON.stringify(reference))).toEqual(compiled);
  });

  it('answers the introspection query (GraphiQL, code generators) as graphql-js does', async () => {
    const { compiled, reference, counts } = await run(getIntrospectionQuery());
    expect(counts.compiled).toBe(2);
    expect(compiled.errors).toBeUndefined();
    expect(compiled).toEqual(JSON.parse(JSON.stringify(reference)));
  });

  it("reports a resolver's error at its path as graphql-js's own error, carrying the original", async () => {
    const { compiled } = await run(`{ products(take: 1) { sku secret } }`);
    expect(compiled.data).toEqual({ products: [{ sku: 'A-1', secret: null }] });
    const [error] = compiled.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.path).toEqual(['products', 0, 'secret']);
    expect(error.locations).toEqual([{ line: 1, column: 27 }]);
    expect(error.originalError).toBeInstanceOf(Refused);
    expect(error.extensions).toEqual({});
  });

  it('applies input defaults as graphql-js does: a required field, in a list, a value JSON cannot carry', async () => {
    const variables = {
      input: {
        lines: [
          { sku: 'A-1', quantity: '2' },
          { sku: 'B-2', quantity: '1', unit: 'box' },
        ],
      },
    };
    const { compiled, counts } = await run(`mutation A($input: AddInput!) { addLines(input: $input) }`, variables);
    expect(compiled).toEqual({ data: { addLines: 'add:A-1×2 pcs,B-2×1 box' } });
    expect(counts).toEqual({ compiled: 2, standard: 0 });
    expect(variables.input).toEqual({
      lines: [
        { sku: 'A-1', quantity: '2' },
        { sku: 'B-2', quantity: '1', unit: 'box' },
      ],
    });
    const period = await run(`mutation P($input: PeriodInput!) { period(input: $input) }`, { input: {} });
    expect(period.compiled).toEqual({ data: { period: '2026-01-01' } });
    expect(period.counts).toEqual({ compiled: 2, standard: 0 });
  });

  it('refuses bad variables in graphql-js words, naming the value, before any resolver runs', async () => {
    const { compiled, reference, counts } = await run(`mutation S($lines: [LineInput!]!) { setLines(lines: $lines) }`, {
      lines: [
        { sku: 'A-1', quantity: '1' },
        { sku: 'B-2', quantity: 'много' },
      ],
    });
    expect(compiled.data).toBeUndefined();
    expect(compiled.errors!.map((e) => e.message)).toEqual(reference.errors!.map((e) => e.message));
    expect(compiled.errors![0].message).toContain('at "lines[1].quantity"; Money must be a decimal string');
    expect(calls).toEqual([]);
    expect(counts).toEqual({ compiled: 0, standard: 2 });
    // Good variables run the mutation once per request.
    const ok = await run(`mutation S($lines: [LineInput!]!) { setLines(lines: $lines) }`, {
      lines: [{ sku: 'A-1', quantity: '1' }],
    });
    expect(ok.compiled).toEqual({ data: { setLines: 1 } });
  });
});

describe('withoutPropertyResolvers', () => {
  it("drops only resolvers that read the field's own property", () => {
    const fields = withoutPropertyResolvers(schema()).getType('Product') as GraphQLObjectType;
    const { sku, name, pinned, secret } = fields.getFields();
    expect(sku.resolve).toBeUndefined();
    expect(name.resolve).toBeDefined(); // renamed property
    expect(pinned.resolve).toBeDefined(); // default value
    expect(secret.resolve).toBeDefined(); // computed
  });
});
