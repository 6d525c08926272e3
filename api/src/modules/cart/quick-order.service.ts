import { Injectable } from '@nestjs/common';
import { parseQuickOrder, QUICK_ORDER_LIMITS } from '@wholesail/shared';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { UserInputError } from '../../common/errors/domain-errors';
import { CartService, roundingMode } from './cart.service';
import { OrderEntryService, type EntryResult, type EntryRow } from './order-entry.service';
import { CartTotalsType } from './cart.types';
import { EntryApplyMode, OrderEntryReportType, QuickOrderInput } from './order-entry.types';

/** Pasted "SKU quantity [unit]" lines → cart lines, with a line-by-line report. */
@Injectable()
export class QuickOrderService {
  constructor(
    private readonly db: Db,
    private readonly entry: OrderEntryService,
    private readonly cart: CartService,
  ) {}

  async quickOrder(ctx: RequestContext, input: QuickOrderInput): Promise<OrderEntryReportType> {
    const parsed = parseQuickOrder(input.text);
    if (parsed.truncated) {
      throw new UserInputError(
        'input.text',
        `input.text: at most ${QUICK_ORDER_LIMITS.maxLines} lines at a time; split the list`,
      );
    }
    const rows: EntryRow[] = parsed.lines.map((l) => ({
      row: l.line,
      sku: l.sku,
      quantity: { ok: true, value: l.quantity },
      unit: l.unit,
    }));
    return this.db.transaction(ctx, async (tctx) => {
      const cartId = await this.cart.cartId(tctx);
      const result = await this.entry.resolve(tctx, rows, roundingMode(input.rounding), { prices: !input.dryRun });
      for (const e of parsed.errors) result.errors.add(e.line, null, e.code, e.message, e.raw);
      return applyEntry(
        this.cart,
        tctx,
        cartId,
        result,
        rows.length + parsed.errors.length,
        input.apply,
        input.dryRun,
        true,
      );
    });
  }
}

/** Writes an entry result into the cart (valid rows, or nothing when asked so) and makes the report. */
export async function applyEntry(
  cart: CartService,
  ctx: RequestContext,
  cartId: string,
  result: EntryResult,
  rowsRead: number,
  apply: EntryApplyMode,
  dryRun: boolean,
  withCart: boolean,
): Promise<OrderEntryReportType> {
  const refuse = apply === EntryApplyMode.ALL_OR_NOTHING && result.errors.size > 0;
  const write = !dryRun && !refuse;
  let applied = 0;
  let totals: CartTotalsType | null = null;
  if (write && withCart) applied = await cart.putLines(ctx, cartId, result.lines, false, result.priced);
  // Without the cart in the answer (a sheet of thousands of rows): the totals come from the write.
  else if (write)
    ({ applied, totals } = await cart.putLinesWithTotals(ctx, cartId, result.lines, false, result.priced));
  const loaded = dryRun || !withCart ? null : await cart.load(ctx, cartId, false);
  return {
    cart: loaded,
    cartTotals: dryRun ? null : (loaded?.totals ?? totals ?? (await cart.totalsOnly(ctx, cartId))),
    dryRun,
    rowsRead,
    applied,
    validLines: result.lines.length,
    mergedRows: result.merged,
    rowErrors: [...result.errors.list].sort((a, b) => a.row - b.row),
    warnings: result.warnings.map((w) => ({
      row: w.row,
      field: 'quantity',
      errorCode: w.errorCode,
      message: w.message,
      key: w.sku,
    })),
    adjustments: result.adjustments,
    unknownSkus: result.unknown,
  };
}
