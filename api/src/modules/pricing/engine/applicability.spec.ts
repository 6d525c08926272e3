import {
  contract,
  d,
  discount,
  EXPORT_USD,
  fixed,
  NO_CONDITIONS,
  PRICE_TYPES,
  product,
  relative,
  rule,
  switchTo,
  WHOLESALE,
} from '../../../../test/pricing/engine-fixtures';
import { contractFailure, queryFailure, scopeMatches, targetMatches, type QueryConditions } from './applicability';
import { ReasonCode } from './price-result';
import { PaymentTerms, ScopeKind, TargetKind, type PriceRule } from './rule-types';

describe('scope', () => {
  const k = contract({ id: 'k1', legalEntityId: 'le1', companyId: 'c1', groupIds: ['g1', 'g2'] });
  it.each([
    [ScopeKind.EVERYONE, null, true],
    [ScopeKind.GROUP, 'g2', true],
    [ScopeKind.GROUP, 'g3', false],
    [ScopeKind.GROUP, null, false],
    [ScopeKind.COMPANY, 'c1', true],
    [ScopeKind.COMPANY, 'c2', false],
    [ScopeKind.LEGAL_ENTITY, 'le1', true],
    [ScopeKind.LEGAL_ENTITY, 'c1', false],
    [ScopeKind.CONTRACT, 'k1', true],
    [ScopeKind.CONTRACT, 'k2', false],
  ])('%s %s → %s', (kind, id, expected) => {
    expect(scopeMatches({ kind, id }, k)).toBe(expected);
  });
});

describe('target', () => {
  const p = product({ id: 'p1', categoryIds: ['leaf', 'parent', 'root'], brandId: 'b1' });
  it.each([
    [TargetKind.ALL, null, true],
    [TargetKind.CATEGORY, 'leaf', true],
    [TargetKind.CATEGORY, 'root', true], // a rule on an ancestor covers the descendants
    [TargetKind.CATEGORY, 'other', false],
    [TargetKind.BRAND, 'b1', true],
    [TargetKind.BRAND, 'b2', false],
    [TargetKind.BRAND, null, false],
    [TargetKind.PRODUCT, 'p1', true],
    [TargetKind.PRODUCT, 'p2', false],
  ])('%s %s → %s', (kind, id, expected) => {
    expect(targetMatches({ kind, id }, p)).toBe(expected);
  });

  it('a product without a brand matches no brand rule', () => {
    expect(targetMatches({ kind: TargetKind.BRAND, id: 'b1' }, product({ brandId: null }))).toBe(false);
  });
});

describe('contract-level conditions', () => {
  const base = WHOLESALE;
  const deferral45 = contract({ paymentTerms: PaymentTerms.DEFERRAL, deferralDays: 45 });
  const prepay = contract({ paymentTerms: PaymentTerms.PREPAYMENT, deferralDays: 45 });
  const cases: [string, PriceRule, ReturnType<typeof contract>, ReasonCode | null][] = [
    ['no conditions', rule({ id: 'a' }), deferral45, null],
    ['payment terms equal', rule({ id: 'a', conditions: { paymentTerms: PaymentTerms.DEFERRAL } }), deferral45, null],
    [
      'payment terms differ',
      rule({ id: 'a', conditions: { paymentTerms: PaymentTerms.PREPAYMENT } }),
      deferral45,
      ReasonCode.PAYMENT_TERMS_DIFFER,
    ],
    ['deferral at the max', rule({ id: 'a', conditions: { maxDeferralDays: 45 } }), deferral45, null],
    [
      'deferral above the max',
      rule({ id: 'a', conditions: { maxDeferralDays: 44 } }),
      deferral45,
      ReasonCode.DEFERRAL_TOO_LONG,
    ],
    ['prepayment has no deferral', rule({ id: 'a', conditions: { maxDeferralDays: 0 } }), prepay, null],
    ['fixed price, no currency = base', rule({ id: 'a', action: fixed(10) }), deferral45, null],
    ['fixed price in RUB', rule({ id: 'a', action: fixed(10, 'RUB') }), deferral45, null],
    ['fixed price in USD', rule({ id: 'a', action: fixed(10, 'USD') }), deferral45, ReasonCode.CURRENCY_MISMATCH],
    [
      'relative to a USD type',
      rule({ id: 'a', action: relative(EXPORT_USD.id, 5) }),
      deferral45,
      ReasonCode.CURRENCY_MISMATCH,
    ],
    [
      'switch to a USD type',
      rule({ id: 'a', action: switchTo(EXPORT_USD.id) }),
      deferral45,
      ReasonCode.CURRENCY_MISMATCH,
    ],
    ['unknown price type', rule({ id: 'a', action: switchTo('nope') }), deferral45, ReasonCode.PRICE_TYPE_UNKNOWN],
    [
      'percent without a value',
      rule({ id: 'a', action: { ...discount(1), value: null } }),
      deferral45,
      ReasonCode.RULE_INVALID,
    ],
    [
      'relative without a type',
      rule({ id: 'a', action: { ...relative('x', 1), priceTypeId: null } }),
      deferral45,
      ReasonCode.RULE_INVALID,
    ],
    [
      'tiers without steps',
      rule({ id: 'a', tiers: { basis: 'QUANTITY' as never, steps: [] } }),
      deferral45,
      ReasonCode.RULE_INVALID,
    ],
  ];
  it.each(cases)('%s', (_why, r, k, expected) => {
    expect(contractFailure(r, k, PRICE_TYPES, base)).toBe(expected);
  });
});

describe('per-query conditions', () => {
  // A promotion from 1 December 2026 00:00 Moscow time (= 30 November 21:00 UTC) to 1 January 2027 00:00 Moscow.
  const promo: QueryConditions = {
    validFromMs: Date.parse('2026-11-30T21:00:00Z'),
    validToMs: Date.parse('2026-12-31T21:00:00Z'),
    warehouses: null,
    minOrderAmount: null,
  };
  it.each([
    ['2026-11-30T20:59:59.999Z', ReasonCode.NOT_YET_VALID],
    ['2026-11-30T21:00:00.000Z', null], // validFrom is inclusive
    ['2026-12-31T20:59:59.999Z', null],
    ['2026-12-31T21:00:00.000Z', ReasonCode.EXPIRED], // validTo is exclusive
  ])('at %s → %s', (at, expected) => {
    expect(queryFailure(promo, Date.parse(at), null, null)).toBe(expected);
  });

  const open = { ...promo, validFromMs: -Infinity, validToMs: Infinity };
  it.each([
    ['warehouse in the list', { warehouses: new Set(['w1', 'w2']) }, 'w2', null, null],
    ['warehouse not in the list', { warehouses: new Set(['w1']) }, 'w3', null, ReasonCode.WAREHOUSE_NOT_IN_LIST],
    ['no warehouse chosen', { warehouses: new Set(['w1']) }, null, null, ReasonCode.WAREHOUSE_NOT_CHOSEN],
    ['order amount unknown (catalog)', { minOrderAmount: d(50000) }, null, null, ReasonCode.ORDER_AMOUNT_UNKNOWN],
    ['order amount below', { minOrderAmount: d(50000) }, null, d('49999.99'), ReasonCode.ORDER_AMOUNT_TOO_LOW],
    ['order amount equal', { minOrderAmount: d(50000) }, null, d(50000), null],
  ])('%s', (_why, over, warehouseId, orderAmount, expected) => {
    expect(queryFailure({ ...open, ...over }, Date.parse('2026-06-01T00:00:00Z'), warehouseId, orderAmount)).toBe(
      expected,
    );
  });

  it('treats open bounds as always valid', () => {
    expect(queryFailure(open, 0, null, null)).toBeNull();
    expect(NO_CONDITIONS.validFrom).toBeNull();
  });
});
