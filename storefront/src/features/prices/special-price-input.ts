import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** One product of a special-price request form: quantities and prices stay decimal strings. */
export interface RequestLineDraft {
  productId: string;
  sku: string;
  name: string;
  unit: string;
  /** The buyer's price now (display only). */
  currentPrice: string | null;
  currency: string | null;
  quantity: string;
  targetPrice: string;
}

export type LineField = 'quantity' | 'targetPrice' | 'productId';
export type LineErrors = Record<number, Partial<Record<LineField, string>>>;

/** "1 250,5" → "1250.5": what people type in either language, as a decimal string (no float). */
export function normalizeDecimal(value: string): string {
  return value.replace(/[\s\u00a0]/g, '').replace(',', '.');
}

const DECIMAL = /^\d+(\.\d+)?$/;
const PRICE = /^\d+(\.\d{1,4})?$/;

/** Quantity above zero; price ≥ 0 with at most 4 decimals — the API's own rules, checked before sending. */
export function validateLines(lines: readonly RequestLineDraft[]): LineErrors {
  const errors: LineErrors = {};
  lines.forEach((line, i) => {
    const quantity = normalizeDecimal(line.quantity);
    const price = normalizeDecimal(line.targetPrice);
    const problems: Partial<Record<LineField, string>> = {};
    if (!DECIMAL.test(quantity) || !/[1-9]/.test(quantity)) problems.quantity = 'prices.request.quantityRequired';
    if (!PRICE.test(price)) problems.targetPrice = 'prices.request.priceRequired';
    if (Object.keys(problems).length) errors[i] = problems;
  });
  return errors;
}

/**
 * The API names the offending line in `extensions.field` (`input.lines.2.quantity`); returns the
 * line errors keyed by row, and a form-level message for anything else (`input.lines`, `input`).
 */
export function requestErrors(error: unknown): { lines: LineErrors; form: string | null } {
  const lines: LineErrors = {};
  let form: string | null = null;
  if (!CombinedGraphQLErrors.is(error)) return { lines, form };
  for (const e of error.errors) {
    const field = e.extensions?.field;
    if (e.extensions?.code !== 'BAD_USER_INPUT' || typeof field !== 'string') continue;
    const match = /^input\.lines\.(\d+)\.(quantity|targetPrice|productId)$/.exec(field);
    if (match) {
      const row = Number(match[1]);
      const key = match[2] as LineField;
      lines[row] = {
        ...lines[row],
        [key]:
          key === 'quantity'
            ? 'prices.request.quantityRequired'
            : key === 'targetPrice'
              ? 'prices.request.priceRequired'
              : 'prices.request.noProduct',
      };
    } else if (field === 'input.lines') {
      form = 'prices.request.duplicate';
    } else if (field === 'input') {
      form = 'prices.request.noContract';
    }
  }
  return { lines, form };
}
