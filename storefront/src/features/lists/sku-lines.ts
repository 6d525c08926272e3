import { parseQuantityText } from '@wholesail/shared';

export interface SkuLine {
  line: number;
  sku: string;
  quantity: string | null;
}

/** "SKU [quantity]" per line (tab, semicolon or spaces between); a quantity that is not a number is a local error. */
export function readSkuLines(text: string): { lines: SkuLine[]; bad: { line: number; raw: string }[] } {
  const lines: SkuLine[] = [];
  const bad: { line: number; raw: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (!trimmed) return;
    const [sku, ...rest] = trimmed.split(/\t|;|\s+/).filter(Boolean);
    const quantityText = rest.join(' ');
    if (!quantityText) {
      lines.push({ line: i + 1, sku, quantity: null });
      return;
    }
    const parsed = parseQuantityText(quantityText);
    if (parsed.ok) lines.push({ line: i + 1, sku, quantity: parsed.value });
    else bad.push({ line: i + 1, raw: trimmed });
  });
  return { lines, bad };
}
