import type { EntryRow } from './pricing-rows';

/*
 * A product's entry list (price_entry_list.list, migration PriceEntryLists): its base-unit entries of
 * every price type as `list_key␠price[␠from:price|from:price…]`, joined by `;` in list_key order — one
 * short text per product, kept by triggers on price_entry in the writer's transaction.
 */

/** One entry of a product's entry list: the price text and its higher tiers (null if none). */
export interface ListEntry {
  price: string;
  tiers: { from: string; price: string }[] | null;
}

/**
 * The entry of the price type with list key `key` in a product's entry list (price_entry_list.list:
 * `list_key␠price[␠from:price|from:price…]` joined by `;`), or null. Found by its key's text: only the
 * entries pricing asks for are cut out and parsed.
 */
export function listEntry(list: string, key: number): ListEntry | null {
  const token = `${key} `;
  let at = list.indexOf(token);
  while (at > 0 && list.charCodeAt(at - 1) !== SEMICOLON) at = list.indexOf(token, at + 1);
  if (at < 0) return null;
  const from = at + token.length;
  const semicolon = list.indexOf(';', from);
  const end = semicolon < 0 ? list.length : semicolon;
  const space = list.indexOf(' ', from);
  if (space < 0 || space > end) return { price: list.slice(from, end), tiers: null };
  const tiers = list
    .slice(space + 1, end)
    .split('|')
    .map((tier) => {
      const colon = tier.indexOf(':');
      return { from: tier.slice(0, colon), price: tier.slice(colon + 1) };
    });
  return { price: list.slice(from, space), tiers };
}

const SEMICOLON = 59;

/**
 * The entries of the price types asked for (`keys`: type id and its list key) as EntryRows of the base
 * unit — what a statement reading price_entry would have given (prices and tiers as written); a
 * product without a list, or without entries of these types, has null.
 */
export function entryRowsFromList(
  list: string | null,
  keys: readonly (readonly [string, number])[],
): EntryRow[] | null {
  if (list === null) return null;
  let rows: EntryRow[] | null = null;
  for (const [typeId, key] of keys) {
    const entry = listEntry(list, key);
    if (entry) (rows ??= []).push({ t: typeId, k: '', p: entry.price, tiers: entry.tiers });
  }
  return rows;
}
