import { parseQuantityText } from '@wholesail/shared';

import type { QuantityRounding } from '../../gql/graphql';
import { checkDraft, type DraftCheck, type DraftProduct } from './quantity-draft';

interface Draft {
  text: string;
  product: DraftProduct & { id: string; sku: string };
  /** The API's refusal of this row after "Add all to cart". */
  error: string | null;
}

/**
 * Quantities typed into the catalog table, kept outside React state so that typing in one row
 * re-renders only that row's cell (the cells subscribe); survives scrolling and page reloads of the grid.
 */
export class QuantityDrafts {
  private drafts = new Map<string, Draft>();
  private listeners = new Set<() => void>();
  private version = 0;
  rounding: QuantityRounding = 'ROUND_UP';

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = () => this.version;

  private changed() {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  text(productId: string): string {
    return this.drafts.get(productId)?.text ?? '';
  }

  error(productId: string): string | null {
    return this.drafts.get(productId)?.error ?? null;
  }

  check(productId: string): DraftCheck {
    const draft = this.drafts.get(productId);
    return draft ? checkDraft(draft.text, draft.product, this.rounding) : { kind: 'empty' };
  }

  set(product: Draft['product'], text: string) {
    if (!text.trim()) this.drafts.delete(product.id);
    else this.drafts.set(product.id, { text: text.trim(), product, error: null });
    this.changed();
  }

  setRounding(rounding: QuantityRounding) {
    if (rounding === this.rounding) return;
    this.rounding = rounding;
    this.changed();
  }

  /** Rows to send: every row whose text is a number (the API decides the rest, row by row). */
  pending(): { productId: string; sku: string; quantity: string }[] {
    const rows: { productId: string; sku: string; quantity: string }[] = [];
    for (const [productId, draft] of this.drafts) {
      const check = checkDraft(draft.text, draft.product, this.rounding);
      if (check.kind === 'ok' || check.kind === 'adjusted')
        rows.push({ productId, sku: draft.product.sku, quantity: check.quantity });
      else {
        // Refused here by the multiplicity or the minimum (REJECT): sent anyway, so that the API's
        // row error (the same rule) is what the row shows. Text that is not a number stays here.
        const parsed = parseQuantityText(draft.text);
        if (parsed.ok) rows.push({ productId, sku: draft.product.sku, quantity: parsed.value });
      }
    }
    return rows;
  }

  count(): number {
    return this.drafts.size;
  }

  /** After the batch: taken rows are cleared, refused ones keep their text with the API's message. */
  settle(sent: readonly { productId: string }[], errors: ReadonlyMap<number, string>) {
    sent.forEach((row, index) => {
      const error = errors.get(index + 1);
      const draft = this.drafts.get(row.productId);
      if (!draft) return;
      if (error) draft.error = error;
      else this.drafts.delete(row.productId);
    });
    this.changed();
  }

  clear() {
    this.drafts.clear();
    this.changed();
  }
}
