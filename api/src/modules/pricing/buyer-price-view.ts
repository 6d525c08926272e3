import { toBuyerView, type BuyerPriceView, type PriceResult } from './engine';

/** The name a buyer sees when his price comes from a staff-only price type (e.g. "purchase + 12 %" by a switch). */
export const PERSONAL_PRICE_NAME = 'Personal price';

/**
 * The engine's buyer view, plus the one thing it cannot know: whether the base price type is staff
 * only. Then neither its name nor its price (a purchase price) may leave: the base price is hidden and
 * the type shown as "Personal price"; the final price and the applied steps stay as they are.
 */
export function buyerViewOf(result: PriceResult, baseTypeStaffOnly: boolean): BuyerPriceView {
  const view = toBuyerView(result);
  return baseTypeStaffOnly ? { ...view, priceTypeName: PERSONAL_PRICE_NAME, basePrice: null } : view;
}
