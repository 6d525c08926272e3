/**
 * The lookup key of an SKU: what a typed SKU and a catalog SKU are compared by. Not for display.
 *
 * Buyers type SKUs from printouts and e-mails: lower case, stray spaces, typographic dashes, and —
 * constantly — Cyrillic letters that look like Latin ones (a Russian keyboard layout gives "А" for "A").
 * Both sides of a lookup must go through this function (the catalog stores the key of every SKU).
 */

// Cyrillic capitals that look exactly like Latin capitals. Others (Д, Ж, У…) differ enough to stay.
const LOOKALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
};
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');

// Hyphen, non-breaking hyphen, figure dash, en/em dashes, horizontal bar, minus, small/fullwidth hyphen-minus.
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function normalizeSku(sku: string): string {
  return (
    sku
      // NFKC folds fullwidth letters and digits ("ＡＢＣ１") into plain ones.
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .replace(DASHES, '-')
      .replace(/\s+/gu, ' ')
      .trim()
      // "ABC - 1" and "ABC-1" are the same SKU typed loosely.
      .replace(/ ?- ?/g, '-')
      .toUpperCase()
      .replace(LOOKALIKE_PATTERN, (letter) => LOOKALIKES[letter])
  );
}
