import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';

/** The shop schema cannot even name what buyers must not see (checked on the committed SDL). */
describe('shop schema', () => {
  const sdl = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'graphql', 'shop.graphql'), 'utf8');
  const schema = buildSchema(sdl);

  it('has no staff-only types or fields', () => {
    for (const type of [
      'ClientCompany',
      'ClientLegalEntity',
      'ClientContract',
      'StaffUser',
      'ContractorGroup',
      'RegistrationRequest',
      'AuditEvent',
      'OutboxEmail',
      'ApiKey',
      'PriceType',
      'PriceRule',
      'PriceEntry',
      'PriceTrace',
      'PriceTraceStep',
    ]) {
      expect({ type, present: Boolean(schema.getType(type)) }).toEqual({ type, present: false });
    }
    const fields = Object.values(schema.getTypeMap()).flatMap((t) =>
      'getFields' in t && !t.name.startsWith('__') ? Object.keys(t.getFields()).map((f) => `${t.name}.${f}`) : [],
    );
    const forbidden = fields.filter((f) => /\.(notes|externalId|blockedReason|managerId|passwordHash)$/.test(f));
    expect(forbidden).toEqual([]);
    // Pricing: no purchase prices, rule internals or staff traces under any name.
    expect(fields.filter((f) => /purchase|trace|ruleName|ruleId|staffOnly/i.test(f))).toEqual([]);
  });

  it('takes no company id from the buyer', () => {
    const args = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
      Object.values(root.getFields()).flatMap((f) => f.args.map((a) => `${f.name}(${a.name})`)),
    );
    expect(args.filter((a) => /companyId/i.test(a))).toEqual([]);
  });
});
