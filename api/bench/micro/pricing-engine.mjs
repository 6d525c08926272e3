// Micro-benchmark of the pure pricing engine (no database): one contract's whole price list.
// `pnpm --filter @wholesail/api bench:engine` (builds first). Prints one JSON line; see docs/benchmarks.md.
// 200,000 products, ~30 candidate rules each (from ~10,000 rules of the contract's scope plus rules of
// other scopes that prepareRules drops), 3 price types with quantity tiers.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { requireDist } from '../../scripts/lib/database.mjs';

const engine = await requireDist('modules/pricing/engine/index.js');
const { Dec } = await requireDist('common/money/decimal.js');
const { prepareRules, priceFor, RulePolicy, ScopeKind, TargetKind, ActionKind, TierBasis, PaymentTerms } = engine;

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 200_000);
const ROOTS = 10,
  MIDS = 10,
  LEAVES = 20,
  BRANDS = 50,
  BRANDS_PER_LEAF = 5;
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (n) => Math.floor(rnd() * n);
const dec = (v) => new Dec(v);

const priceTypes = new Map(
  [
    ['wholesale', 'Wholesale', true],
    ['dealer', 'Dealer', true],
    ['purchase', 'Purchase', false],
  ].map(([id, name, vatIncluded]) => [id, { id, code: id, name, currency: 'RUB', vatIncluded }]),
);
const contract = {
  id: 'k1',
  legalEntityId: 'le1',
  companyId: 'c1',
  groupIds: ['g1'],
  currency: 'RUB',
  paymentTerms: PaymentTerms.DEFERRAL,
  deferralDays: 30,
  basePriceTypeId: 'wholesale',
};
const NONE = {
  validFrom: null,
  validTo: null,
  warehouseIds: null,
  paymentTerms: null,
  maxDeferralDays: null,
  minOrderAmount: null,
};
let ruleNo = 0;
function rule(target, over = {}) {
  const n = ruleNo++;
  const policy = n % 10 === 0 ? RulePolicy.BEST_PRICE : RulePolicy.STACKING;
  const tiered = n % 4 === 0;
  return {
    id: `rule-${String(n).padStart(6, '0')}`,
    name: `Rule ${n}`,
    publicLabel: null,
    priority: pick(5),
    policy,
    scope: n % 3 === 0 ? { kind: ScopeKind.EVERYONE, id: null } : { kind: ScopeKind.GROUP, id: 'g1' },
    target,
    action: { kind: ActionKind.PERCENT_DISCOUNT, value: dec((1 + pick(300)) / 100), priceTypeId: null, currency: null },
    tiers: tiered
      ? {
          basis: TierBasis.QUANTITY,
          steps: [
            { from: dec(10), value: dec(2) },
            { from: dec(100), value: dec(4) },
          ],
        }
      : null,
    conditions: n % 7 === 0 ? { ...NONE, validTo: new Date('2027-01-01T00:00:00Z') } : NONE,
    active: true,
    ...over,
  };
}
const rules = [];
for (let i = 0; i < 8; i++) rules.push(rule({ kind: TargetKind.ALL, id: null }));
rules.push(rule({ kind: TargetKind.ALL, id: null }, { conditions: { ...NONE, minOrderAmount: dec(50000) } }));
rules.push(
  rule(
    { kind: TargetKind.ALL, id: null },
    {
      action: { kind: ActionKind.PRICE_TYPE_RELATIVE, value: dec(12), priceTypeId: 'purchase', currency: null },
      policy: RulePolicy.BEST_PRICE,
    },
  ),
);
for (let b = 0; b < BRANDS; b++) for (let i = 0; i < 6; i++) rules.push(rule({ kind: TargetKind.BRAND, id: `b${b}` }));
for (let r = 0; r < ROOTS; r++) {
  for (let i = 0; i < 4; i++) rules.push(rule({ kind: TargetKind.CATEGORY, id: `r${r}` }));
  for (let m = 0; m < MIDS; m++) {
    for (let i = 0; i < 4; i++) rules.push(rule({ kind: TargetKind.CATEGORY, id: `r${r}m${m}` }));
    for (let l = 0; l < LEAVES; l++)
      for (let i = 0; i < 4; i++) rules.push(rule({ kind: TargetKind.CATEGORY, id: `r${r}m${m}l${l}` }));
  }
}
for (let p = 0; p < PRODUCTS; p += 100) {
  rules.push(
    rule(
      { kind: TargetKind.PRODUCT, id: `p${p}` },
      {
        policy: RulePolicy.EXCLUSIVE,
        action: { kind: ActionKind.FIXED_PRICE, value: dec(77), priceTypeId: null, currency: null },
      },
    ),
  );
}
// Rules of other companies: the caller would not even load most of them; prepareRules drops them.
for (let i = 0; i < 5000; i++)
  rules.push(rule({ kind: TargetKind.ALL, id: null }, { scope: { kind: ScopeKind.COMPANY, id: `other-${i}` } }));

const products = [];
const entriesList = [];
for (let p = 0; p < PRODUCTS; p++) {
  const [r, m, l] = [pick(ROOTS), pick(MIDS), pick(LEAVES)];
  // A leaf category carries a handful of brands (5 of the 50), as in real catalogs.
  const brand = (r * 7 + m * 3 + l + 11 * pick(BRANDS_PER_LEAF)) % BRANDS;
  products.push({
    id: `p${p}`,
    categoryIds: [`r${r}m${m}l${l}`, `r${r}m${m}`, `r${r}`],
    brandId: `b${brand}`,
    vatRate: dec(20),
  });
  const base = 100 + pick(10000) / 100;
  entriesList.push(
    new Map([
      [
        'wholesale',
        [
          { minQuantity: dec(1), price: dec(base.toFixed(2)) },
          { minQuantity: dec(100), price: dec((base * 0.96).toFixed(2)) },
        ],
      ],
      ['dealer', [{ minQuantity: dec(1), price: dec((base * 0.9).toFixed(2)) }]],
      ['purchase', [{ minQuantity: dec(1), price: dec((base * 0.6).toFixed(2)) }]],
    ]),
  );
}
const query = { quantity: dec(1), warehouseId: 'w1', at: new Date('2026-06-15T12:00:00Z'), orderAmount: null };

// Wall time, and this process's CPU time (the machine is shared: under load the CPU time is the steadier figure).
let lastCpuMs = 0;
function timed(fn) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const out = fn();
  const used = process.cpuUsage(cpu);
  lastCpuMs = (used.user + used.system) / 1000;
  return [performance.now() - t, out];
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const [prepareMs, prepared] = timed(() => prepareRules(contract, rules, priceTypes));
function priceAll(options, n = PRODUCTS) {
  let priced = 0;
  for (let i = 0; i < n; i++) {
    if (priceFor(prepared, products[i], entriesList[i], query, options).finalPrice !== null) priced++;
  }
  return priced;
}
const candidates =
  products.slice(0, 1000).reduce((s, p) => s + engine.priceFor(prepared, p, entriesList[0], query).steps.length, 0) /
  1000;

const quick = { explain: false, hints: false };
priceAll(quick, 20_000); // warm-up
const priceOnly = [];
const priceOnlyCpu = [];
for (let i = 0; i < 3; i++) {
  priceOnly.push(timed(() => priceAll(quick))[0]);
  priceOnlyCpu.push(lastCpuMs);
}
const quickOnly = process.env.BENCH_QUICK_ONLY === '1';
const withHints = quickOnly ? 0 : timed(() => priceAll({ explain: false, hints: true }))[0];
const explainN = Math.min(20_000, PRODUCTS);
const explained = quickOnly ? 0 : timed(() => priceAll({ explain: true, hints: true }, explainN))[0];

console.log(
  JSON.stringify({
    scenario: 'pricing-engine-micro',
    n: PRODUCTS,
    rules: rules.length,
    rules_in_scope: prepared.rules.length,
    candidate_nodes: prepared.candidateSets.size,
    candidates_per_product: Math.round(candidates * 10) / 10,
    prepare_ms: Math.round(prepareMs),
    price_only_ms: Math.round(median(priceOnly)),
    price_only_cpu_ms: Math.round(median(priceOnlyCpu)),
    with_hints_ms: Math.round(withHints),
    explained_with_hints_ms: Math.round((explained * PRODUCTS) / explainN),
    rss_mb: Math.round(process.memoryUsage().rss / 1048576),
    cores: os.cpus().length,
  }),
);
