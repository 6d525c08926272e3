import { Dec } from '../../common/money/decimal';
import { toPriceRule, toProductEntries, type RuleRow } from './pricing-rows';

const tiers = (entries: ReturnType<typeof toProductEntries>, type: string) =>
  entries.get(type)?.map((t) => [t.minQuantity.toFixed(), t.price.toFixed()]);

describe('toProductEntries', () => {
  const rows = [
    { t: 'wholesale', k: '', p: '2.5', tiers: [{ from: '1000', price: '2.2' }] },
    { t: 'wholesale', k: 'box', p: '400', tiers: [{ from: '10', price: '380' }] },
    { t: 'dealer', k: '', p: '2.3', tiers: [] },
    { t: 'dealer', k: 'pallet', p: '9000', tiers: null },
  ];

  it('gives base-unit entries with the basic price from 0', () => {
    const e = toProductEntries(rows, null);
    expect(tiers(e, 'wholesale')).toEqual([
      ['0', '2.5'],
      ['1000', '2.2'],
    ]);
    expect(tiers(e, 'dealer')).toEqual([['0', '2.3']]);
  });

  it('uses a packaging entry per base unit where the type has one, the base entry elsewhere', () => {
    const e = toProductEntries(rows, { code: 'box', factor: new Dec(200) });
    expect(tiers(e, 'wholesale')).toEqual([
      ['0', '2'],
      ['2000', '1.9'],
    ]);
    expect(tiers(e, 'dealer')).toEqual([['0', '2.3']]);
  });

  it('is not confused by the order rows come in', () => {
    const e = toProductEntries([...rows].reverse(), { code: 'box', factor: new Dec(200) });
    expect(tiers(e, 'wholesale')).toEqual([
      ['0', '2'],
      ['2000', '1.9'],
    ]);
  });
});

describe('toPriceRule', () => {
  it('maps a stored rule with tiers, dates and conditions', () => {
    const row: RuleRow = {
      id: 'r1',
      name: 'Volume',
      public_label: '−3% from 100 pcs',
      priority: 40,
      policy: 'STACKING',
      scope_kind: 'EVERYONE',
      scope_id: null,
      target_kind: 'ALL',
      target_id: null,
      action_kind: 'PERCENT_DISCOUNT',
      value: '3.0000',
      price_type_id: null,
      currency: null,
      tier_basis: 'QUANTITY',
      tiers: [{ from: '100', value: '3' }],
      valid_from: '2026-11-30T21:00:00+00:00',
      valid_to: null,
      warehouse_ids: null,
      payment_terms: null,
      max_deferral_days: null,
      min_order_amount: '50000.00',
      active: true,
    };
    const rule = toPriceRule(row);
    expect(rule.action.value?.toFixed()).toBe('3');
    expect(rule.tiers?.steps[0].from.toFixed()).toBe('100');
    expect(rule.conditions.validFrom?.toISOString()).toBe('2026-11-30T21:00:00.000Z');
    expect(rule.conditions.minOrderAmount?.toFixed()).toBe('50000');
  });
});
