import { GraphQLSchema } from 'graphql';
import { fetchSchema, operationFor } from '../helpers/schema-walk';
import { createTestApp, errorCode, TestApp } from '../helpers/test-app';
import { PUBLIC_FIELDS } from '../public-fields';

/**
 * Calls every root field of both schemas without a token. A resolver that forgot its guard
 * answers something other than UNAUTHENTICATED and fails this test — for every future field too.
 */
describe.each(['shop', 'admin'] as const)('default deny on the %s API', (surface) => {
  let t: TestApp;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    t = await createTestApp();
    schema = await fetchSchema(t, surface);
  });
  afterAll(() => t.close());

  it('lists only public fields that exist', () => {
    for (const name of PUBLIC_FIELDS[surface]) {
      const [type, field] = name.split('.');
      expect(schema.getType(type)).toBeDefined();
      expect((schema.getType(type) as { getFields(): Record<string, unknown> }).getFields()[field]).toBeDefined();
    }
  });

  it('refuses every non-public root field without a token', async () => {
    const roots = [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const;
    let checked = 0;
    for (const [kind, root] of roots) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        const name = `${root!.name}.${field.name}`;
        const res = await t[surface](operationFor(kind, field));
        if (PUBLIC_FIELDS[surface].includes(name)) {
          expect({ name, code: errorCode(res) }).not.toEqual({ name, code: 'UNAUTHENTICATED' });
        } else {
          expect({ name, code: errorCode(res) }).toEqual({ name, code: 'UNAUTHENTICATED' });
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('also refuses a garbage bearer token', async () => {
    const res = await t[surface](`{ me { __typename } }`, {}, { token: 'garbage' });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});
