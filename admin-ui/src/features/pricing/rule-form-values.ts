import { isoToWallTime, wallTimeToIso } from '@wholesail/shared';

import type {
  PriceActionKind,
  PricePaymentTerms,
  PriceRuleFieldsFragment,
  PriceRuleInput,
  PriceRulePolicy,
  PriceRuleScopeKind,
  PriceRuleTargetKind,
  PriceTierBasis,
} from '../../gql/graphql';

/** Time zones offered for a rule's validity; the browser's own comes first. */
export const RULE_ZONES = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
  'UTC',
];

export interface RuleFormValues {
  name: string;
  publicLabel: string;
  active: boolean;
  priority: number;
  policy: PriceRulePolicy;
  scopeKind: PriceRuleScopeKind;
  scopeId: string | null;
  targetKind: PriceRuleTargetKind;
  targetId: string | null;
  actionKind: PriceActionKind;
  value: string;
  priceTypeId: string | null;
  currency: string;
  tierBasis: PriceTierBasis | null;
  /** "10: 5; 100: 7" — from (quantity or line amount): value. */
  tiers: string;
  zone: string;
  /** Wall-clock "YYYY-MM-DDTHH:mm" in `zone`. */
  validFrom: string;
  validTo: string;
  warehouseIds: string[];
  paymentTerms: PricePaymentTerms | null;
  maxDeferralDays: string;
  minOrderAmount: string;
}

export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Moscow';
}

export function ruleFormValues(rule: PriceRuleFieldsFragment | null): RuleFormValues {
  const zone = browserZone();
  return {
    name: rule?.name ?? '',
    publicLabel: rule?.publicLabel ?? '',
    active: rule?.active ?? true,
    priority: rule?.priority ?? 0,
    policy: rule?.policy ?? 'STACKING',
    scopeKind: rule?.scopeKind ?? 'EVERYONE',
    scopeId: rule?.scopeId ?? null,
    targetKind: rule?.targetKind ?? 'ALL',
    targetId: rule?.targetId ?? null,
    actionKind: rule?.actionKind ?? 'PERCENT_DISCOUNT',
    value: rule?.value ?? '',
    priceTypeId: rule?.priceTypeId ?? null,
    currency: rule?.currency ?? '',
    tierBasis: rule?.tierBasis ?? null,
    tiers: (rule?.tiers ?? []).map((s) => `${s.from}: ${s.value}`).join('; '),
    zone,
    validFrom: rule?.validFrom ? isoToWallTime(rule.validFrom, zone) : '',
    validTo: rule?.validTo ? isoToWallTime(rule.validTo, zone) : '',
    warehouseIds: rule?.warehouseIds ?? [],
    paymentTerms: rule?.paymentTerms ?? null,
    maxDeferralDays:
      rule?.maxDeferralDays === null || rule?.maxDeferralDays === undefined ? '' : String(rule.maxDeferralDays),
    minOrderAmount: rule?.minOrderAmount ?? '',
  };
}

const decimal = (text: string) => text.trim().replace(/\s/g, '').replace(',', '.');

/** The API input; numbers stay decimal strings and are validated by the API (errors name the field). */
export function ruleInput(v: RuleFormValues): PriceRuleInput {
  const tiers = v.tiers
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [from = '', value = ''] = s.split(/[:=]/);
      return { from: decimal(from), value: decimal(value) };
    });
  const usesType = v.actionKind === 'PRICE_TYPE_RELATIVE' || v.actionKind === 'SWITCH_PRICE_TYPE';
  return {
    name: v.name.trim(),
    publicLabel: v.publicLabel.trim() || null,
    active: v.active,
    priority: v.priority,
    policy: v.policy,
    scopeKind: v.scopeKind,
    scopeId: v.scopeKind === 'EVERYONE' ? null : v.scopeId,
    targetKind: v.targetKind,
    targetId: v.targetKind === 'ALL' ? null : v.targetId,
    actionKind: v.actionKind,
    value: v.actionKind === 'SWITCH_PRICE_TYPE' || tiers.length ? null : decimal(v.value) || null,
    priceTypeId: usesType ? v.priceTypeId : null,
    currency: v.actionKind === 'FIXED_PRICE' && v.currency.trim() ? v.currency.trim().toUpperCase() : null,
    tierBasis: tiers.length ? (v.tierBasis ?? 'QUANTITY') : null,
    tiers: tiers.length && v.actionKind !== 'SWITCH_PRICE_TYPE' ? tiers : null,
    validFrom: v.validFrom ? wallTimeToIso(v.validFrom, v.zone) : null,
    validTo: v.validTo ? wallTimeToIso(v.validTo, v.zone) : null,
    warehouseIds: v.warehouseIds.length ? v.warehouseIds : null,
    paymentTerms: v.paymentTerms,
    maxDeferralDays: v.paymentTerms === 'DEFERRAL' && v.maxDeferralDays.trim() ? Number(v.maxDeferralDays) : null,
    minOrderAmount: decimal(v.minOrderAmount) || null,
  };
}
