import { Dec } from '../../common/money/decimal';
import type { RowErrors } from '../../common/batch/batch.types';
import type { StoredPriceTier } from './price-entry.entity';

/** A price entry row as it comes from GraphQL, Excel or CSV (strings or Decimals), before lookups. */
export interface EntryRowDraft {
  sku: string | null;
  productExternalId: string | null;
  priceTypeCode: string;
  packagingCode: string;
  price: Dec | null;
  tiers: { from: Dec; price: Dec }[];
  delete: boolean;
}

const MAX_PRICE = new Dec('999999999999999');

/**
 * Row checks that need no database: a key, a price ≥ 0 with ≤ 4 decimals, tiers from > 0 (the basic
 * price covers the first step), no step twice. Returns the stored form of the tiers (ascending).
 */
export function checkEntryRow(row: EntryRowDraft, n: number, errors: RowErrors): StoredPriceTier[] | null {
  const key = row.sku ?? row.productExternalId;
  let ok = true;
  const bad = (field: string, code: string, message: string) => {
    errors.add(n, field, code, message, key);
    ok = false;
  };
  if (!row.sku === !row.productExternalId) bad('sku', 'KEY_REQUIRED', 'give either sku or productExternalId');
  if (!row.priceTypeCode.trim()) bad('priceTypeCode', 'REQUIRED', 'priceTypeCode: required');
  if (!row.delete) {
    if (row.price === null) bad('price', 'REQUIRED', 'price: required');
    else checkPrice(row.price, 'price', bad);
  }
  const seen = new Set<string>();
  row.tiers.forEach((t, i) => {
    if (t.from.lte(0)) bad(`tiers.${i}.from`, 'INVALID_TIER', `tiers.${i}.from: must be above 0`);
    if (seen.has(t.from.toFixed()))
      bad(`tiers.${i}.from`, 'DUPLICATE_TIER', `tiers.${i}.from: ${t.from.toFixed()} twice`);
    seen.add(t.from.toFixed());
    checkPrice(t.price, `tiers.${i}.price`, bad);
  });
  if (!ok) return null;
  return [...row.tiers]
    .sort((a, b) => a.from.cmp(b.from))
    .map((t) => ({ from: t.from.toFixed(), price: t.price.toFixed() }));
}

function checkPrice(p: Dec, field: string, bad: (field: string, code: string, message: string) => void): void {
  if (!p.isFinite() || p.isNegative()) bad(field, 'INVALID_PRICE', `${field}: must be a price ≥ 0`);
  else if (p.decimalPlaces() > 4) bad(field, 'INVALID_PRICE', `${field}: at most 4 decimal places`);
  else if (p.gt(MAX_PRICE)) bad(field, 'INVALID_PRICE', `${field}: too large`);
}
