import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isLeafType,
} from 'graphql';
import { TestApp } from './test-app';

export async function fetchSchema(t: TestApp, surface: 'shop' | 'admin'): Promise<GraphQLSchema> {
  const res = await t[surface]<IntrospectionQuery>(getIntrospectionQuery());
  if (!res.data) throw new Error(`Introspection failed: ${JSON.stringify(res.errors)}`);
  return buildClientSchema(res.data);
}

const SCALAR_SAMPLES: Record<string, string> = {
  ID: '"00000000-0000-4000-8000-000000000000"',
  String: '"x"',
  Int: '1',
  Float: '1',
  Boolean: 'true',
  Decimal: '"1"',
  DateTime: '"2026-01-01T00:00:00Z"',
};

/** A literal that passes GraphQL validation for the type (so that only auth can refuse the call). */
export function sampleLiteral(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sampleLiteral(type.ofType);
  if (isListType(type)) return `[${sampleLiteral(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isScalarType(type)) return SCALAR_SAMPLES[type.name] ?? '"x"';
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return `{${required.map((f) => `${f.name}: ${sampleLiteral(f.type)}`).join(', ')}}`;
  }
  throw new Error(`No sample for ${String(type)}`);
}

/** `query { field(args…) { __typename } }` for one root field. */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${sampleLiteral(a.type)}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} { ${field.name}${argText}${selection} }`;
}
