import { Dec } from '../../common/money/decimal';
import {
  type PaymentTerms,
  type PriceRule,
  type PriceTier,
  type PriceTypeInfo,
  type PricingContract,
  type PricingProduct,
  type ProductPriceEntries,
  type RulePolicy,
  type ScopeKind,
  type TargetKind,
  type ActionKind,
  type TierBasis,
} from './engine';

/**
 * Database rows (as the loader's JSON gives them: numerics as strings) and their mapping to the engine's
 * input types. Pure: no Nest, no database — unit-tested in pricing-rows.spec.ts.
 */

export interface PriceTypeRow {
  id: string;
  code: string;
  name: string;
  currency: string;
  vat_included: boolean;
  staff_only: boolean;
  is_default: boolean;
  position: number;
  /** The type's key in products' entry lists (entry-list.ts). */
  list_key: number;
}

export interface ContractRow {
  id: string;
  legal_entity_id: string;
  company_id: string;
  currency: string;
  payment_terms: string;
  deferral_days: number | null;
  base_price_type_id: string | null;
  group_ids: string[];
}

export interface RuleRow {
  id: string;
  name: string;
  public_label: string | null;
  priority: number;
  policy: string;
  scope_kind: string;
  scope_id: string | null;
  target_kind: string;
  target_id: string | null;
  action_kind: string;
  value: string | number | null;
  price_type_id: string | null;
  currency: string | null;
  tier_basis: string | null;
  tiers: { from: string; value: string }[] | null;
  valid_from: string | null;
  valid_to: string | null;
  warehouse_ids: string[] | null;
  payment_terms: string | null;
  max_deferral_days: number | null;
  min_order_amount: string | number | null;
  active: boolean;
}

/** One price entry of a product: type, packaging ('' = base unit), basic price and higher tiers. */
export interface EntryRow {
  t: string;
  k: string;
  p: string | number;
  tiers: { from: string; price: string }[] | null;
}

export interface ProductRow {
  id: string;
  sku: string;
  name: string;
  unit_code: string;
  vat_rate: string | null;
  brand_id: string | null;
  category_ids: string[] | null;
  packagings: { code: string; factor: string }[] | null;
  entries: EntryRow[] | null;
}

const dec = (v: string | number): Dec => new Dec(v);
const decOrNull = (v: string | number | null): Dec | null => (v === null ? null : new Dec(v));

export function toPriceTypeInfo(row: PriceTypeRow): PriceTypeInfo {
  return { id: row.id, code: row.code, name: row.name, currency: row.currency, vatIncluded: row.vat_included };
}

export function toPricingContract(row: ContractRow, basePriceTypeId: string): PricingContract {
  return {
    id: row.id,
    legalEntityId: row.legal_entity_id,
    companyId: row.company_id,
    groupIds: row.group_ids,
    currency: row.currency,
    paymentTerms: row.payment_terms as PaymentTerms,
    deferralDays: row.deferral_days ?? 0,
    basePriceTypeId,
  };
}

export function toPriceRule(row: RuleRow): PriceRule {
  return {
    id: row.id,
    name: row.name,
    publicLabel: row.public_label,
    priority: row.priority,
    policy: row.policy as RulePolicy,
    scope: { kind: row.scope_kind as ScopeKind, id: row.scope_id },
    target: { kind: row.target_kind as TargetKind, id: row.target_id },
    action: {
      kind: row.action_kind as ActionKind,
      value: decOrNull(row.value),
      priceTypeId: row.price_type_id,
      currency: row.currency,
    },
    tiers:
      row.tier_basis === null || row.tiers === null
        ? null
        : {
            basis: row.tier_basis as TierBasis,
            steps: row.tiers.map((s) => ({ from: dec(s.from), value: dec(s.value) })),
          },
    conditions: {
      validFrom: row.valid_from === null ? null : new Date(row.valid_from),
      validTo: row.valid_to === null ? null : new Date(row.valid_to),
      warehouseIds: row.warehouse_ids,
      paymentTerms: row.payment_terms as PaymentTerms | null,
      maxDeferralDays: row.max_deferral_days,
      minOrderAmount: decOrNull(row.min_order_amount),
    },
    active: row.active,
  };
}

export function toPricingProduct(row: ProductRow): PricingProduct {
  return {
    id: row.id,
    categoryIds: row.category_ids ?? [],
    brandId: row.brand_id,
    // Not subject to VAT: a rate of 0 (the engine converts VAT modes with it; nothing to convert).
    vatRate: row.vat_rate === null ? new Dec(0) : dec(row.vat_rate),
  };
}

/**
 * The engine's entries for one product, in base units. For a line in a packaging unit (factor = base
 * units per package), a price type with an entry for that packaging uses it — its prices ÷ factor per
 * base unit, its tiers × factor base units; other types use their base-unit entry.
 */
export function toProductEntries(
  entries: readonly EntryRow[] | null,
  packaging: { code: string; factor: Dec } | null,
): ProductPriceEntries {
  const byType = new Map<string, PriceTier[]>();
  const fromPackaging = new Set<string>();
  for (const e of entries ?? []) {
    if (e.k === '') {
      if (!fromPackaging.has(e.t)) byType.set(e.t, tiersOf(e, null));
    } else if (packaging !== null && e.k === packaging.code) {
      byType.set(e.t, tiersOf(e, packaging.factor));
      fromPackaging.add(e.t);
    }
  }
  return byType;
}

const ZERO = new Dec(0);

function tiersOf(e: EntryRow, factor: Dec | null): PriceTier[] {
  const tiers: PriceTier[] = [{ minQuantity: ZERO, price: dec(e.p) }];
  for (const t of e.tiers ?? []) tiers.push({ minQuantity: dec(t.from), price: dec(t.price) });
  if (factor === null) return tiers;
  return tiers.map((t) => ({ minQuantity: t.minQuantity.times(factor), price: t.price.div(factor) }));
}
