import { normalizeOrderQuantity, type RoundingMode } from '@wholesail/shared';
import { Dec } from '../../common/money/decimal';
import type { ProductFacts, ProductRules } from './cart-products.repository';

/**
 * Checking one requested cart line against its product — the same rules (shared helper) the
 * storefront applies while the buyer types — and the availability warning a line shows.
 */
export interface RequestedLine {
  productId: string;
  quantity: string;
  packagingCode?: string | null;
  warehouseId?: string | null;
}

export type LineCheck =
  | {
      ok: true;
      /** In the line's unit (packages when packagingCode is set), after rounding up. */
      quantity: Dec;
      baseQuantity: Dec;
      packagingCode: string | null;
      /** Set when the quantity was rounded up: why and to what. */
      adjustment: string | null;
    }
  | { ok: false; field: string; errorCode: string; message: string; suggested: Dec | null };

export function checkLine(
  request: RequestedLine,
  product: ProductRules | undefined,
  warehouseIds: ReadonlySet<string>,
  mode: RoundingMode,
): LineCheck {
  if (!product)
    return { ok: false, field: 'productId', errorCode: 'NOT_FOUND', message: 'No such product', suggested: null };
  if (!product.active) {
    return {
      ok: false,
      field: 'productId',
      errorCode: 'DISCONTINUED',
      message: `${product.sku} is no longer sold`,
      suggested: null,
    };
  }
  if (request.warehouseId && !warehouseIds.has(request.warehouseId)) {
    return { ok: false, field: 'warehouseId', errorCode: 'NOT_FOUND', message: 'No such warehouse', suggested: null };
  }
  const packagingCode = request.packagingCode?.trim() || null;
  const packaging = packagingCode
    ? product.packagings.find((p) => p.code.toLowerCase() === packagingCode.toLowerCase())
    : undefined;
  const check = normalizeOrderQuantity(
    request.quantity,
    packagingCode,
    product.packagings,
    { unitScale: product.unitScale, step: product.step, minQuantity: product.minQuantity },
    mode,
  );
  if (!check.ok) {
    return {
      ok: false,
      field: check.problem === 'UNKNOWN_PACKAGING' ? 'packagingCode' : 'quantity',
      errorCode: check.problem,
      message: `${product.sku}: ${check.message}`,
      suggested: check.suggested ? new Dec(check.suggested.toFixed()) : null,
    };
  }
  const base = new Dec(check.quantity.toFixed());
  // Rounded up in base units: show the quantity in the typed unit when it divides evenly, else in base units.
  let quantity = new Dec(request.quantity);
  let code = packaging?.code ?? null;
  if (check.adjusted) {
    if (packaging && base.mod(packaging.factor).isZero()) quantity = base.div(packaging.factor);
    else {
      quantity = base;
      code = null;
    }
  }
  return {
    ok: true,
    quantity,
    baseQuantity: base,
    packagingCode: code,
    adjustment: check.adjusted ? `${product.sku}: ${check.message}` : null,
  };
}

export enum CartWarningCodeValue {
  DISCONTINUED = 'DISCONTINUED',
  NO_STOCK = 'NO_STOCK',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  NO_PRICE = 'NO_PRICE',
}

export interface LineWarning {
  code: CartWarningCodeValue;
  message: string;
  /** What can be had now (at the line's warehouse, or everywhere). */
  available: Dec;
}

/** The warning a cart line shows now, or null. Availability at the line's warehouse, else at all. */
export function lineWarning(
  product: ProductFacts,
  baseQuantity: Dec,
  warehouseId: string | null,
  priced: boolean,
): LineWarning | null {
  return warningFor(product, availableAt(product, warehouseId), baseQuantity, priced);
}

/** What can be had of the product at the warehouse, or at all active warehouses (null). */
export function availableAt(product: ProductFacts, warehouseId: string | null): Dec {
  const rows = warehouseId ? product.stock.filter((s) => s.warehouseId === warehouseId) : product.stock;
  return rows.reduce((sum, s) => sum.plus(s.available), new Dec(0));
}

/** The warning of a line of `baseQuantity` when `available` can be had (lineWarning with the availability known). */
export function warningFor(
  product: ProductRules,
  available: Dec,
  baseQuantity: Dec,
  priced: boolean,
): LineWarning | null {
  if (!product.active) {
    return { code: CartWarningCodeValue.DISCONTINUED, message: `${product.sku} is no longer sold`, available };
  }
  if (available.lte(0)) {
    return { code: CartWarningCodeValue.NO_STOCK, message: `${product.sku} is out of stock`, available };
  }
  if (available.lt(baseQuantity)) {
    return {
      code: CartWarningCodeValue.INSUFFICIENT_STOCK,
      message: `Only ${available.toFixed()} ${product.unitShortName} of ${product.sku} available`,
      available,
    };
  }
  if (!priced) {
    return { code: CartWarningCodeValue.NO_PRICE, message: `${product.sku} has no price on your contract`, available };
  }
  return null;
}

/** The key that makes the same product in the same unit at the same warehouse one cart line. */
export function cartLineKey(productId: string, packagingCode: string | null, warehouseId: string | null): string {
  return `${productId}|${packagingCode?.toLowerCase() ?? ''}|${warehouseId ?? ''}`;
}
