import { Injectable } from '@nestjs/common';
import { mergeResolvedLines, type QuantityTextProblem, type RoundingMode } from '@wholesail/shared';
import { RowErrors } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Dec } from '../../common/money/decimal';
import { warningFor } from './cart-lines';
import { CartPricingService, type PricedProducts } from './cart-pricing.service';
import { CartProductsRepository, type ProductRules } from './cart-products.repository';
import { CartService, type CheckedLine } from './cart.service';
import { QuantityAdjustmentType } from './cart.types';

/** One typed or uploaded row: an SKU or barcode, a quantity (already read) and maybe a unit. */
export interface EntryRow {
  row: number;
  sku: string;
  quantity: { ok: true; value: string } | { ok: false; problem: QuantityTextProblem };
  unit: string | null;
}

export interface UnknownSku {
  row: number;
  sku: string;
  suggestions: string[];
}

export interface EntryWarning {
  row: number;
  sku: string;
  errorCode: string;
  message: string;
}

export interface EntryResult {
  lines: CheckedLine[];
  errors: RowErrors;
  adjustments: QuantityAdjustmentType[];
  unknown: UnknownSku[];
  warnings: EntryWarning[];
  /** Source rows that went into each cart line (duplicates merged). */
  merged: number;
  /** The products read for pricing with the rest (asked with `prices`); null: pricing reads them itself. */
  priced: PricedProducts | null;
}

const QUANTITY_MESSAGES: Record<QuantityTextProblem, string> = {
  EMPTY: 'The quantity is empty',
  NOT_A_NUMBER: 'The quantity is not a number',
  NOT_POSITIVE: 'The quantity must be greater than zero',
  TOO_LARGE: 'The quantity is too large',
  TOO_PRECISE: 'The quantity has too many decimal places',
};

/**
 * The common path of quick order and Excel upload: resolve SKUs and barcodes, report unknown ones
 * with suggestions, read units, merge duplicates (same product and unit), check multiplicity and the
 * minimum with the shared rules, and note rows without enough stock. A fixed number of statements
 * for any number of rows.
 */
@Injectable()
export class OrderEntryService {
  constructor(
    private readonly products: CartProductsRepository,
    private readonly cart: CartService,
    private readonly pricing: CartPricingService,
  ) {}

  /** `prices`: the lines will be written — read what pricing them needs with the products. */
  async resolve(
    ctx: RequestContext,
    rows: EntryRow[],
    mode: RoundingMode,
    options: { prices?: boolean } = {},
  ): Promise<EntryResult> {
    const errors = new RowErrors();
    const adjustments: QuantityAdjustmentType[] = [];
    const pricing = options.prices ? await this.pricing.prepare(ctx, this.cart.contractOf(ctx)) : null;
    // The SKUs and the products they name in one statement (lines from a sheet name no warehouse).
    const { resolved, facts, priced } = await this.products.resolveWithFacts(
      ctx,
      rows.map((r) => r.sku),
      pricing?.typeIds ?? null,
    );
    const unknownRows = rows.filter((r) => !resolved.has(r.sku.trim()));
    const suggestions = await this.products.suggest(
      ctx,
      unknownRows.map((r) => r.sku.trim()),
    );
    const unknown: UnknownSku[] = [];
    for (const r of unknownRows) {
      const s = suggestions.get(r.sku.trim()) ?? [];
      unknown.push({ row: r.row, sku: r.sku, suggestions: s });
      errors.add(
        r.row,
        'sku',
        'UNKNOWN_SKU',
        `Unknown SKU or barcode "${r.sku}"${s.length ? `; did you mean ${s.join(', ')}?` : ''}`,
        r.sku,
      );
    }
    const known = rows.filter((r) => resolved.has(r.sku.trim()));
    const entries: { line: number; productId: string; unitId: string | null; quantity: string }[] = [];
    for (const r of known) {
      const match = resolved.get(r.sku.trim())!;
      const f = facts.get(match.productId)!;
      if (!r.quantity.ok) {
        errors.add(r.row, 'quantity', 'BAD_QUANTITY', `${r.sku}: ${QUANTITY_MESSAGES[r.quantity.problem]}`, r.sku);
        continue;
      }
      const unit = this.unitOf(f, r.unit, match.packagingCode);
      if (unit === undefined) {
        errors.add(r.row, 'unit', 'BAD_UNIT', `${r.sku}: the product is not sold in "${r.unit}"`, r.sku);
        continue;
      }
      entries.push({ line: r.row, productId: f.id, unitId: unit, quantity: r.quantity.value });
    }
    const merged = mergeResolvedLines(entries);
    const checked = await this.cart.checkAgainst(
      ctx,
      merged.map((m) => ({ row: m.lines[0], productId: m.productId, quantity: m.quantity, packagingCode: m.unitId })),
      mode,
      errors,
      adjustments,
      facts,
    );
    const warnings: EntryWarning[] = [];
    for (const line of checked) {
      const f = facts.get(line.productId)!;
      const w = warningFor(f, new Dec(f.available), line.baseQuantity, true);
      if (w) warnings.push({ row: line.row, sku: f.sku, errorCode: w.code, message: w.message });
    }
    return {
      lines: checked,
      errors,
      adjustments,
      unknown,
      warnings,
      merged: entries.length - merged.length,
      priced: pricing ? { pricing, products: priced } : null,
    };
  }

  /** The packaging a typed unit names: undefined = unknown unit, null = the base unit. */
  private unitOf(f: ProductRules, typed: string | null, fromBarcode: string | null): string | null | undefined {
    if (!typed) return fromBarcode;
    const t = typed.trim().toLowerCase().replace(/\.$/, '');
    if ([f.unitCode, f.unitShortName].some((u) => u.toLowerCase().replace(/\.$/, '') === t)) return null;
    const p = f.packagings.find((k) => k.code.toLowerCase() === t || k.name.toLowerCase() === t);
    return p ? p.code : undefined;
  }
}
