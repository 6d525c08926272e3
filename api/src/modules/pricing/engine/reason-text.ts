import { deferralOf } from './applicability';
import type { PreparedPricing, PreparedRule } from './prepared-types';
import { ReasonCode, type PriceReason } from './price-result';
import { ActionKind, TierBasis, type PriceQuery } from './rule-types';

/**
 * English texts for skip reasons, built only when an explanation is asked for. They name the rule's own
 * settings and the contract's terms — staff-facing; the buyer view never shows skipped rules.
 */
export function skipReason(
  code: ReasonCode,
  r: PreparedRule,
  p: PreparedPricing,
  query: PriceQuery,
  cause: PreparedRule | null,
): PriceReason {
  return { code, text: skipText(code, r, p, query, cause) };
}

function skipText(
  code: ReasonCode,
  r: PreparedRule,
  p: PreparedPricing,
  query: PriceQuery,
  cause: PreparedRule | null,
): string {
  const { conditions, action } = r.rule;
  const contract = p.contract;
  switch (code) {
    case ReasonCode.NOT_YET_VALID:
      return `not valid yet: valid from ${conditions.validFrom?.toISOString()}`;
    case ReasonCode.EXPIRED:
      return `expired: valid until ${conditions.validTo?.toISOString()} (exclusive)`;
    case ReasonCode.WAREHOUSE_NOT_CHOSEN:
      return 'applies only to shipments from certain warehouses, and no warehouse is chosen';
    case ReasonCode.WAREHOUSE_NOT_IN_LIST:
      return `does not apply to shipments from warehouse ${query.warehouseId}`;
    case ReasonCode.PAYMENT_TERMS_DIFFER:
      return `requires ${conditions.paymentTerms} payment terms; the contract has ${contract.paymentTerms}`;
    case ReasonCode.DEFERRAL_TOO_LONG:
      return `requires a deferral of at most ${conditions.maxDeferralDays} days; the contract has ${deferralOf(contract)}`;
    case ReasonCode.ORDER_AMOUNT_UNKNOWN:
      return `applies to orders from ${conditions.minOrderAmount?.toFixed()}; the order amount is not known here`;
    case ReasonCode.ORDER_AMOUNT_TOO_LOW:
      return `applies to orders from ${conditions.minOrderAmount?.toFixed()}; this order is ${query.orderAmount?.toFixed()}`;
    case ReasonCode.BELOW_FIRST_TIER:
      return r.basis === TierBasis.LINE_AMOUNT
        ? `applies from a line amount of ${r.steps[0].from?.toFixed()}`
        : `applies from quantity ${r.steps[0].from?.toFixed()}; the quantity is ${query.quantity.toFixed()}`;
    case ReasonCode.LINE_AMOUNT_UNKNOWN:
      return 'tiered by line amount, and there is no base price to compute it from';
    case ReasonCode.CURRENCY_MISMATCH:
      return action.kind === ActionKind.FIXED_PRICE
        ? `fixed price in ${action.currency}; the base price is in ${p.baseType.currency}`
        : `price type "${r.priceType?.name}" is in ${r.priceType?.currency}; the base price is in ${p.baseType.currency}`;
    case ReasonCode.PRICE_TYPE_UNKNOWN:
      return `refers to an unknown price type ${action.priceTypeId}`;
    case ReasonCode.TARGET_PRICE_MISSING:
      return `the product has no "${r.priceType?.name}" price for quantity ${query.quantity.toFixed()}`;
    case ReasonCode.RULE_INVALID:
      return 'the rule lacks a value or price type for its action';
    case ReasonCode.NO_PRICE_TO_ADJUST:
      return 'no price yet to apply a percentage to (no base price and no fixed price before it)';
    case ReasonCode.SWITCH_ALREADY_APPLIED:
      return `another price type switch applied first ("${cause?.rule.name}")`;
    case ReasonCode.STOPPED_BY_EXCLUSIVE:
      return `stopped by exclusive rule "${cause?.rule.name}"`;
    default:
      return code;
  }
}
