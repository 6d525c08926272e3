import type { Dec } from '../../../common/money/decimal';
import { ReasonCode } from './price-result';
import {
  ActionKind,
  PaymentTerms,
  ScopeKind,
  TargetKind,
  type PriceRule,
  type PriceTypeInfo,
  type PricingContract,
  type PricingProduct,
  type RuleScope,
  type RuleTarget,
} from './rule-types';

/**
 * Whether a rule is considered at all, and if so why it may be skipped. A rule outside the contract's
 * scope or the product's target is not considered (it never shows up in an explanation); a considered
 * rule whose condition fails is skipped with a ReasonCode. Conditions are checked in a fixed order so the
 * reported reason is deterministic: the contract-level ones (this file's contractFailure) first, then
 * validity, warehouse, minimum order amount (queryFailure), then the tier and the target price (walk).
 */

export function scopeMatches(scope: RuleScope, contract: PricingContract): boolean {
  switch (scope.kind) {
    case ScopeKind.EVERYONE:
      return true;
    case ScopeKind.GROUP:
      return scope.id !== null && contract.groupIds.includes(scope.id);
    case ScopeKind.COMPANY:
      return scope.id === contract.companyId;
    case ScopeKind.LEGAL_ENTITY:
      return scope.id === contract.legalEntityId;
    case ScopeKind.CONTRACT:
      return scope.id === contract.id;
  }
}

export function targetMatches(target: RuleTarget, product: PricingProduct): boolean {
  switch (target.kind) {
    case TargetKind.ALL:
      return true;
    case TargetKind.CATEGORY:
      return target.id !== null && product.categoryIds.includes(target.id);
    case TargetKind.BRAND:
      return target.id !== null && target.id === product.brandId;
    case TargetKind.PRODUCT:
      return target.id === product.id;
  }
}

/**
 * Conditions that depend only on the contract and the rule, decided once per contract in prepareRules:
 * a broken rule, an unknown price type, payment terms, deferral, currency. `baseType` is the contract's
 * base price type; a switch must stay in its currency, so it is the currency of every price computed.
 */
export function contractFailure(
  rule: PriceRule,
  contract: PricingContract,
  priceTypes: ReadonlyMap<string, PriceTypeInfo>,
  baseType: PriceTypeInfo,
): ReasonCode | null {
  const { action, conditions } = rule;
  const typeId = action.priceTypeId;
  const needsType = action.kind === ActionKind.PRICE_TYPE_RELATIVE || action.kind === ActionKind.SWITCH_PRICE_TYPE;
  const needsValue = action.kind !== ActionKind.SWITCH_PRICE_TYPE;
  if (needsType && typeId === null) return ReasonCode.RULE_INVALID;
  if (rule.tiers !== null ? rule.tiers.steps.length === 0 : needsValue && action.value === null) {
    return ReasonCode.RULE_INVALID;
  }
  const type = needsType && typeId !== null ? priceTypes.get(typeId) : undefined;
  if (needsType && type === undefined) return ReasonCode.PRICE_TYPE_UNKNOWN;
  if (conditions.paymentTerms !== null && conditions.paymentTerms !== contract.paymentTerms) {
    return ReasonCode.PAYMENT_TERMS_DIFFER;
  }
  if (conditions.maxDeferralDays !== null && deferralOf(contract) > conditions.maxDeferralDays) {
    return ReasonCode.DEFERRAL_TOO_LONG;
  }
  if (type !== undefined && type.currency !== baseType.currency) return ReasonCode.CURRENCY_MISMATCH;
  if (action.kind === ActionKind.FIXED_PRICE && action.currency !== null && action.currency !== baseType.currency) {
    return ReasonCode.CURRENCY_MISMATCH;
  }
  return null;
}

/** A prepayment contract has no deferral, whatever its deferralDays say. */
export function deferralOf(contract: PricingContract): number {
  return contract.paymentTerms === PaymentTerms.DEFERRAL ? contract.deferralDays : 0;
}

/** The per-query conditions of a rule, precomputed (instants as epoch milliseconds, ±Infinity when open). */
export interface QueryConditions {
  validFromMs: number;
  validToMs: number;
  /** null = any warehouse. */
  warehouses: ReadonlySet<string> | null;
  minOrderAmount: Dec | null;
}

/** Validity (half-open [validFrom, validTo) of instants), warehouse, minimum order amount. */
export function queryFailure(
  c: QueryConditions,
  atMs: number,
  warehouseId: string | null,
  orderAmount: Dec | null,
): ReasonCode | null {
  if (atMs < c.validFromMs) return ReasonCode.NOT_YET_VALID;
  if (atMs >= c.validToMs) return ReasonCode.EXPIRED;
  if (c.warehouses !== null) {
    if (warehouseId === null) return ReasonCode.WAREHOUSE_NOT_CHOSEN;
    if (!c.warehouses.has(warehouseId)) return ReasonCode.WAREHOUSE_NOT_IN_LIST;
  }
  if (c.minOrderAmount !== null) {
    if (orderAmount === null) return ReasonCode.ORDER_AMOUNT_UNKNOWN;
    if (orderAmount.cmp(c.minOrderAmount) < 0) return ReasonCode.ORDER_AMOUNT_TOO_LOW;
  }
  return null;
}
