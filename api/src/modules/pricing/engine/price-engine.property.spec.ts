import fc from 'fast-check';
import {
  AT,
  contract,
  DEALER,
  EXPORT_USD,
  LARGE,
  PRICE_TYPES,
  PURCHASE,
  query,
  serialize,
  WHOLESALE,
} from '../../../../test/pricing/engine-fixtures';
import { Dec, roundPrice } from '../../../common/money/decimal';
import { prepareRules } from './prepare-rules';
import { finalPriceFor, priceFor } from './price-engine';
import { StepOutcome, type PriceResult } from './price-result';
import { compareRules } from './rule-order';
import {
  ActionKind,
  PaymentTerms,
  RulePolicy,
  ScopeKind,
  TargetKind,
  TierBasis,
  type PriceQuery,
  type PriceRule,
  type PricingProduct,
  type ProductPriceEntries,
} from './rule-types';

// Small id spaces so that scopes, targets, priorities and tiers collide often.
const hundredths = (min: number, max: number) => fc.integer({ min, max }).map((n) => new Dec(n).div(100));
// Mostly −5 % … 30 %, sometimes up to 150 % so that discounts past 100 % exercise the floor.
const percent = fc.oneof(
  { arbitrary: hundredths(-500, 3000), weight: 4 },
  { arbitrary: hundredths(-3000, 15000), weight: 1 },
);
const money = hundredths(0, 50000);
/** null most of the time, so that most rules apply and the policies really meet. */
const rarely = <T>(arb: fc.Arbitrary<T>, weight = 1): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 5 }, { arbitrary: arb, weight });
const instant = rarely(fc.integer({ min: -5, max: 5 }).map((h) => new Date(AT.getTime() + h * 3_600_000)));

const arbAction = fc.oneof(
  fc.record({ kind: fc.constantFrom(ActionKind.PERCENT_DISCOUNT, ActionKind.PERCENT_MARKUP), value: percent }),
  fc.record({ kind: fc.constant(ActionKind.FIXED_PRICE), value: money, currency: fc.constantFrom(null, 'RUB', 'USD') }),
  fc.record({
    kind: fc.constant(ActionKind.PRICE_TYPE_RELATIVE),
    value: percent,
    priceTypeId: fc.constantFrom(PURCHASE.id, DEALER.id, LARGE.id, EXPORT_USD.id),
  }),
  fc.record({
    kind: fc.constant(ActionKind.SWITCH_PRICE_TYPE),
    priceTypeId: fc.constantFrom(DEALER.id, LARGE.id, EXPORT_USD.id),
  }),
);

const arbRule = fc.record({
  priority: fc.integer({ min: 0, max: 3 }),
  policy: fc.constantFrom(RulePolicy.STACKING, RulePolicy.EXCLUSIVE, RulePolicy.BEST_PRICE),
  scope: fc.oneof(
    { arbitrary: fc.constant({ kind: ScopeKind.EVERYONE, id: null }), weight: 4 },
    fc.record({ kind: fc.constant(ScopeKind.GROUP), id: fc.constantFrom('group-dealers', 'group-x') }),
    fc.record({ kind: fc.constant(ScopeKind.COMPANY), id: fc.constantFrom('company-1', 'company-2') }),
    fc.record({ kind: fc.constant(ScopeKind.CONTRACT), id: fc.constantFrom('contract-1', 'contract-2') }),
  ),
  target: fc.oneof(
    { arbitrary: fc.constant({ kind: TargetKind.ALL, id: null }), weight: 4 },
    fc.record({ kind: fc.constant(TargetKind.CATEGORY), id: fc.constantFrom('cat-drills', 'cat-tools', 'cat-x') }),
    fc.record({ kind: fc.constant(TargetKind.BRAND), id: fc.constantFrom('brand-1', 'brand-2') }),
    fc.record({ kind: fc.constant(TargetKind.PRODUCT), id: fc.constantFrom('product-1', 'product-2') }),
  ),
  action: arbAction,
  tiers: rarely(
    fc.record({
      basis: fc.constantFrom(TierBasis.QUANTITY, TierBasis.LINE_AMOUNT),
      steps: fc.array(fc.record({ from: fc.integer({ min: 0, max: 600 }).map((n) => new Dec(n)), value: percent }), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
    2,
  ),
  conditions: fc.record({
    validFrom: instant,
    validTo: instant,
    warehouseIds: rarely(fc.subarray(['w1', 'w2'])),
    paymentTerms: rarely(fc.constantFrom(PaymentTerms.PREPAYMENT, PaymentTerms.DEFERRAL)),
    maxDeferralDays: rarely(fc.integer({ min: 0, max: 60 })),
    minOrderAmount: rarely(money),
  }),
  active: fc.oneof({ arbitrary: fc.constant(true), weight: 9 }, { arbitrary: fc.constant(false), weight: 1 }),
});

const arbRules = fc.array(arbRule, { minLength: 1, maxLength: 16 }).map((rules) =>
  rules.map((r, i): PriceRule => ({
    ...r,
    id: `r${String(i).padStart(2, '0')}`,
    name: `Rule ${i}`,
    publicLabel: null,
    action: { value: null, priceTypeId: null, currency: null, ...r.action },
  })),
);

// A basic price from 1 plus up to two higher tiers, or nothing at all now and then.
const arbTiers = fc.option(
  fc
    .tuple(
      money,
      fc.array(fc.record({ minQuantity: fc.integer({ min: 0, max: 300 }).map((n) => new Dec(n)), price: money }), {
        maxLength: 2,
      }),
    )
    .map(([basic, more]) => [{ minQuantity: new Dec(1), price: basic }, ...more]),
  { freq: 8 },
);
const arbEntries = fc
  .record({ wholesale: arbTiers, dealer: arbTiers, large: arbTiers, purchase: arbTiers, export: arbTiers })
  .map((byType): ProductPriceEntries => new Map(Object.entries(byType).filter(([, t]) => t !== null) as never));

const arbProduct = fc.record({
  id: fc.constantFrom('product-1', 'product-2'),
  categoryIds: fc.subarray(['cat-drills', 'cat-tools', 'cat-x']),
  brandId: fc.constantFrom('brand-1', 'brand-2', null),
  vatRate: fc.constantFrom(new Dec(0), new Dec(10), new Dec(20)),
}) as fc.Arbitrary<PricingProduct>;

const arbQuery: fc.Arbitrary<PriceQuery> = fc.record({
  quantity: hundredths(0, 70000),
  warehouseId: fc.constantFrom(null, 'w1', 'w2'),
  at: fc.integer({ min: -6, max: 6 }).map((h) => new Date(AT.getTime() + h * 3_600_000)),
  orderAmount: fc.option(money.map((m) => m.times(20))),
});

const arbContract = fc
  .record({ paymentTerms: fc.constantFrom(PaymentTerms.PREPAYMENT, PaymentTerms.DEFERRAL), deferralDays: fc.nat(60) })
  .map((over) => contract({ ...over, basePriceTypeId: WHOLESALE.id }));

const arbCase = fc.record({
  rules: arbRules,
  entries: arbEntries,
  product: arbProduct,
  query: arbQuery,
  contract: arbContract,
});
type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

function run(c: Case, rules: PriceRule[] = c.rules, explain = true): PriceResult {
  return priceFor(prepareRules(c.contract, rules, PRICE_TYPES), c.product, c.entries, c.query, { explain });
}

// PRICING_PROPERTY_RUNS=20000 for a deeper local search.
const RUNS = { numRuns: Number(process.env.PRICING_PROPERTY_RUNS ?? 500) };

const essentials = (r: PriceResult) => ({
  priceTypeId: r.priceTypeId,
  basePrice: String(r.basePrice),
  unroundedPrice: String(r.unroundedPrice),
  finalPrice: String(r.finalPrice),
  clampedAtZero: r.clampedAtZero,
});

describe('pricing engine properties', () => {
  it('the best price never exceeds any pooled candidate', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const result = run(c);
        const pooled = result.steps.filter(
          (s) =>
            s.outcome === StepOutcome.NOT_BEST ||
            (s.outcome === StepOutcome.APPLIED && s.policy === RulePolicy.BEST_PRICE),
        );
        for (const step of pooled) {
          expect(result.unroundedPrice!.cmp(step.priceAfter!)).toBeLessThanOrEqual(0);
          // Each candidate is apply(rule, P) of the walked price P, computed here independently.
          if (step.actionKind === ActionKind.PERCENT_DISCOUNT) {
            const expected = Dec.max(0, step.priceBefore!.times(new Dec(100).minus(step.value!).div(100)));
            // Reported prices are cut to 20 places, so the recomputation from a cut price may differ beyond that.
            expect(step.priceAfter!.minus(expected).abs().lte('1e-18')).toBe(true);
          }
          if (step.actionKind === ActionKind.FIXED_PRICE)
            expect(step.priceAfter!.eq(Dec.max(0, step.value!))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('an EXCLUSIVE rule stops everything after it', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const result = run(c);
        const byId = new Map(c.rules.map((r) => [r.id, r]));
        const exclusive = result.steps.find(
          (s) => s.outcome === StepOutcome.APPLIED && s.policy === RulePolicy.EXCLUSIVE,
        );
        if (exclusive === undefined) return;
        const stopper = byId.get(exclusive.ruleId)!;
        for (const step of result.steps) {
          const later = compareRules(stopper, byId.get(step.ruleId)!) < 0;
          if (later && step.actionKind !== ActionKind.SWITCH_PRICE_TYPE) expect(step.outcome).toBe(StepOutcome.SKIPPED);
        }
        // Nothing after it changed the price: only an earlier pooled rule may.
        const poolWinner = result.steps.some(
          (s) => s.outcome === StepOutcome.APPLIED && s.policy === RulePolicy.BEST_PRICE,
        );
        if (!poolWinner) expect(result.unroundedPrice!.eq(exclusive.priceAfter!)).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives the identical result under any shuffle of the rules', () => {
    const arbShuffled = arbCase.chain((c) =>
      fc.tuple(fc.constant(c), fc.shuffledSubarray(c.rules, { minLength: c.rules.length, maxLength: c.rules.length })),
    );
    fc.assert(
      fc.property(arbShuffled, ([c, shuffled]) => {
        expect(serialize(run(c, shuffled))).toBe(serialize(run(c)));
      }),
      RUNS,
    );
  });

  it('never gives a negative price, in the result, the steps or the hints', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const result = run(c);
        const prices = [result.finalPrice, result.unroundedPrice, ...result.steps.map((s) => s.priceAfter)];
        for (const p of [...prices, ...result.hints.map((h) => h.price)]) {
          if (p !== null) expect(p.isNegative()).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('rounds only at the end: final = roundPrice(unrounded), the same with or without the explanation', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const result = run(c);
        expect(result.finalPrice === null).toBe(result.unroundedPrice === null);
        if (result.finalPrice !== null) expect(result.finalPrice.eq(roundPrice(result.unroundedPrice!))).toBe(true);
        expect(String(run(c, c.rules, false).finalPrice)).toBe(String(result.finalPrice));
      }),
      RUNS,
    );
  });

  it('prices lists by compiled plans (and finalPriceFor) exactly as the explained walk does, whatever the order of calls', () => {
    const arbLoad = fc.record({
      rules: arbRules,
      contract: arbContract,
      calls: fc.array(fc.record({ product: arbProduct, entries: arbEntries, query: fc.nat(2) }), { maxLength: 12 }),
      queries: fc.array(arbQuery, { minLength: 3, maxLength: 3 }),
    });
    fc.assert(
      fc.property(arbLoad, ({ rules, contract: k, calls, queries }) => {
        // One prepared contract for all calls, so cached candidate sets and plans are reused and replaced.
        const prepared = prepareRules(k, rules, PRICE_TYPES);
        for (const call of calls) {
          const q = queries[call.query];
          const quick = priceFor(prepared, call.product, call.entries, q, { explain: false, hints: false });
          const full = priceFor(prepareRules(k, rules, PRICE_TYPES), call.product, call.entries, q);
          expect(essentials(quick)).toEqual(essentials(full));
          const only = finalPriceFor(prepared, call.product, call.entries, q);
          expect(only.price?.toText() ?? null).toBe(full.finalPrice?.toFixed() ?? null);
          expect(only.vatIncluded).toBe(full.vatIncluded);
        }
      }),
      RUNS,
    );
  });

  it('gives honest hints: ascending, cheaper each, and what the engine says at that quantity', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const result = run(c);
        let bound = result.finalPrice;
        let from = c.query.quantity;
        for (const hint of result.hints) {
          expect(hint.fromQuantity.gt(from)).toBe(true);
          if (bound !== null) expect(hint.price.lt(bound)).toBe(true);
          const there = run({ ...c, query: query({ ...c.query, quantity: hint.fromQuantity }) });
          expect(String(there.finalPrice)).toBe(String(hint.price));
          [bound, from] = [hint.price, hint.fromQuantity];
        }
      }),
      RUNS,
    );
  });
});
