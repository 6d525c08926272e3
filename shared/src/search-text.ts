/**
 * Text normalisation for catalog search, shared by the API (indexing, matching) and the storefront
 * (highlighting what the user typed). Lower case, ё → е, words are runs of letters and digits.
 */
export function normalizeSearchText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Distinct words of a product name, in order of first appearance. */
export function searchWords(text: string): string[] {
  const words = normalizeSearchText(text).match(WORD) ?? [];
  return [...new Set(words)];
}

/** The tokens of what the user typed (each one matches a word prefix, a SKU or a barcode). */
export function queryTokens(query: string): string[] {
  return normalizeSearchText(query).match(WORD) ?? [];
}

export interface HighlightRange {
  /** Offset in UTF-16 code units, as JavaScript strings count. */
  start: number;
  length: number;
}

/** Merged, sorted ranges of `text` where a word starts with one of `prefixes` (case- and ё-insensitive). */
export function highlightWordPrefixes(text: string, prefixes: readonly string[]): HighlightRange[] {
  if (!prefixes.length) return [];
  const normalized = normalizeSearchText(text);
  const ranges: HighlightRange[] = [];
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    let best = 0;
    for (const p of prefixes) if (p.length > best && word.startsWith(p)) best = p.length;
    if (best) ranges.push({ start: match.index, length: best });
  }
  return ranges;
}

/** The range of `prefix` at the start of `text` (SKU and barcode matches), or none. */
export function highlightPrefix(text: string, prefix: string): HighlightRange[] {
  const a = normalizeSearchText(text);
  const b = normalizeSearchText(prefix);
  return b && a.startsWith(b) ? [{ start: 0, length: b.length }] : [];
}

/** Whole words of `text` equal to one of `words` (typo-tolerant matches highlight the word found). */
export function highlightWords(text: string, words: readonly string[]): HighlightRange[] {
  const set = new Set(words);
  const ranges: HighlightRange[] = [];
  for (const match of normalizeSearchText(text).matchAll(WORD)) {
    if (set.has(match[0])) ranges.push({ start: match.index, length: match[0].length });
  }
  return ranges;
}
