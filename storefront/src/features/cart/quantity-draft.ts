import { normalizeOrderQuantity, parseQuantityText, type Packaging, type QuantityRules } from '@wholesail/shared';

import type { QuantityRounding } from '../../gql/graphql';

/** What a quantity typed into a row means, decided by the same shared helpers as the API. */
export type DraftCheck =
  | { kind: 'empty' }
  | { kind: 'ok'; quantity: string }
  /** Rounded up to the multiplicity or the minimum (ROUND_UP): `quantity` is what goes to the cart. */
  | { kind: 'adjusted'; quantity: string; problem: string }
  /** Not a number, or refused (REJECT) with the nearest valid quantity. */
  | { kind: 'invalid'; problem: string; suggested: string | null };

export interface DraftProduct {
  packagings: readonly Packaging[];
  quantityRules: QuantityRules;
}

/**
 * Checks a typed quantity in base units: `parseQuantityText` reads it as a person types it
 * ("1 000,5"), `normalizeOrderQuantity` applies the unit's precision, the minimum and the step with
 * the buyer's rounding choice — the API's `checkLine` runs the same and has the last word.
 */
export function checkDraft(text: string, product: DraftProduct, rounding: QuantityRounding): DraftCheck {
  if (!text.trim()) return { kind: 'empty' };
  const parsed = parseQuantityText(text);
  if (!parsed.ok) return { kind: 'invalid', problem: parsed.problem, suggested: null };
  const check = normalizeOrderQuantity(
    parsed.value,
    null,
    product.packagings,
    product.quantityRules,
    rounding === 'REJECT' ? 'reject' : 'roundUp',
  );
  if (!check.ok) return { kind: 'invalid', problem: check.problem, suggested: check.suggested?.toFixed() ?? null };
  if (check.adjusted) return { kind: 'adjusted', quantity: check.quantity.toFixed(), problem: check.problem ?? '' };
  return { kind: 'ok', quantity: check.quantity.toFixed() };
}
