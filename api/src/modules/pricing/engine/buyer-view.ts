import { roundPrice, type Dec } from '../../../common/money/decimal';
import { StepOutcome, type PriceHint, type PriceResult, type PriceStep } from './price-result';
import { ActionKind } from './rule-types';

/** What kind of change a buyer-visible step made; the UI translates it when there is no public label. */
export enum BuyerStepKind {
  DISCOUNT = 'DISCOUNT',
  MARKUP = 'MARKUP',
  /** A fixed or price-type-relative price: how it was computed is the seller's business. */
  SPECIAL_PRICE = 'SPECIAL_PRICE',
}

export interface BuyerPriceStep {
  /** The rule's public label, or a generic one ("−5%", "Special price"). */
  label: string;
  generic: boolean;
  kind: BuyerStepKind;
  /** The percentage of a DISCOUNT / MARKUP (positive); null for SPECIAL_PRICE. */
  percent: Dec | null;
}

/** "Dealer price, −5% by contract, −3% from 100 pcs" — and nothing the buyer may not know. */
export interface BuyerPriceView {
  priceTypeName: string;
  currency: string;
  vatIncluded: boolean;
  vatRate: Dec;
  basePrice: Dec | null;
  finalPrice: Dec | null;
  steps: BuyerPriceStep[];
  hints: readonly PriceHint[];
}

/**
 * The buyer's part of an explanation: the base price type's name and the APPLIED steps with their
 * public labels. Never rule names or ids, skipped or losing rules, the price types other rules refer
 * to (e.g. purchase prices), intermediate prices or the reasons' texts.
 */
export function toBuyerView(result: PriceResult): BuyerPriceView {
  const steps: BuyerPriceStep[] = [];
  for (const step of result.steps) {
    if (step.outcome === StepOutcome.APPLIED) steps.push(buyerStep(step));
  }
  return {
    priceTypeName: result.priceTypeName,
    currency: result.currency,
    vatIncluded: result.vatIncluded,
    vatRate: result.vatRate,
    basePrice: result.basePrice === null ? null : roundPrice(result.basePrice),
    finalPrice: result.finalPrice,
    steps,
    hints: result.hints,
  };
}

function buyerStep(step: PriceStep): BuyerPriceStep {
  const { kind, percent } = changeOf(step);
  const label = step.publicLabel ?? genericLabel(kind, percent);
  return { label, generic: step.publicLabel === null, kind, percent };
}

function changeOf(step: PriceStep): { kind: BuyerStepKind; percent: Dec | null } {
  const v = step.value;
  if (v === null) return { kind: BuyerStepKind.SPECIAL_PRICE, percent: null };
  switch (step.actionKind) {
    case ActionKind.PERCENT_DISCOUNT:
      return { kind: v.isNegative() ? BuyerStepKind.MARKUP : BuyerStepKind.DISCOUNT, percent: v.abs() };
    case ActionKind.PERCENT_MARKUP:
      return { kind: v.isNegative() ? BuyerStepKind.DISCOUNT : BuyerStepKind.MARKUP, percent: v.abs() };
    default:
      return { kind: BuyerStepKind.SPECIAL_PRICE, percent: null };
  }
}

/** English fallback; the UI prefers its own translation of kind + percent. */
export function genericLabel(kind: BuyerStepKind, percent: Dec | null): string {
  if (kind === BuyerStepKind.SPECIAL_PRICE || percent === null) return 'Special price';
  return `${kind === BuyerStepKind.DISCOUNT ? '−' : '+'}${percent.toFixed()}%`;
}
