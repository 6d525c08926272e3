import { Dec } from '../../common/money/decimal';

/**
 * Which warehouse(s) a placed order's lines are taken from. Pure: placement reads the stock rows
 * (locked), asks a strategy for a plan and then reserves exactly that plan. Strategies are pluggable
 * (`AllocationStrategy`); the contract or the buyer's choice decides which one is used.
 *
 * Quantities are in the product's base unit and already valid (multiplicity and minimum are checked
 * before). A partial allocation therefore only reports a shortage: it may break multiplicity, so the
 * caller must not place it as is (refuse the line, or ask the buyer).
 */

export interface AllocationLine {
  /** Unique within the request; echoed back. */
  key: string;
  productId: string;
  /** Positive, base units. */
  quantity: Dec;
  /** The warehouse chosen for this cart line, if any; overrides the order's. */
  warehouseId?: string | null;
}

export interface StockLevel {
  warehouseId: string;
  /** Stable warehouse code; breaks ties between warehouses with equal stock. */
  warehouseCode: string;
  productId: string;
  /** Free to reserve (on hand − reserved). Negative values (oversold in 1C) count as zero. */
  available: Dec;
}

export interface AllocationRequest {
  /** Earlier lines get scarce stock first: pass them in the buyer's order. */
  lines: readonly AllocationLine[];
  stock: readonly StockLevel[];
  /** The buyer's warehouse or, failing that, the contract's default. */
  warehouseId?: string | null;
  /** May one line come from several warehouses (preferredThenMostStock only)? */
  allowSplit?: boolean;
}

export type ShortageReason =
  /** chosenWarehouse without a warehouse on the line or the order. */
  | 'NO_WAREHOUSE'
  /** Nothing available where the strategy may take from. */
  | 'NO_STOCK'
  /** Some, but less than requested. */
  | 'INSUFFICIENT_STOCK'
  /** Enough in total, but no single warehouse has it and splitting is off. */
  | 'SPLIT_NOT_ALLOWED';

export interface WarehouseAllocation {
  warehouseId: string;
  quantity: Dec;
}

export interface LineAllocation {
  key: string;
  productId: string;
  requested: Dec;
  /** Warehouses in the order they were used; never a zero quantity. */
  allocations: WarehouseAllocation[];
  unallocated: Dec;
  /** Why something is unallocated; null when the line is fully allocated. */
  reason: ShortageReason | null;
}

export interface AllocationStrategy {
  readonly name: string;
  allocate(request: AllocationRequest): LineAllocation[];
}

interface Bin {
  warehouseId: string;
  code: string;
  available: Dec;
}

/** Remaining stock per product while a request is being allocated. */
class Ledger {
  private readonly bins = new Map<string, Map<string, Bin>>();

  constructor(stock: readonly StockLevel[]) {
    for (const s of stock) {
      const bins = this.bins.get(s.productId) ?? new Map<string, Bin>();
      this.bins.set(s.productId, bins);
      const bin = bins.get(s.warehouseId) ?? {
        warehouseId: s.warehouseId,
        code: s.warehouseCode,
        available: new Dec(0),
      };
      // Duplicate rows for one product and warehouse are added up.
      bin.available = bin.available.plus(Dec.max(s.available, 0));
      bins.set(s.warehouseId, bin);
    }
  }

  available(productId: string, warehouseId: string): Dec {
    return this.bins.get(productId)?.get(warehouseId)?.available ?? new Dec(0);
  }

  /** Warehouses with the product: the preferred one first, then most available, ties by code. */
  ranked(productId: string, preferred: string | null): Bin[] {
    const bins = [...(this.bins.get(productId)?.values() ?? [])];
    return bins.sort(
      (a, b) =>
        Number(b.warehouseId === preferred) - Number(a.warehouseId === preferred) ||
        b.available.comparedTo(a.available) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
  }

  take(productId: string, warehouseId: string, quantity: Dec): void {
    const bin = this.bins.get(productId)?.get(warehouseId);
    if (bin) bin.available = bin.available.minus(quantity);
  }
}

function checkLine(line: AllocationLine): void {
  if (!line.quantity.isFinite() || line.quantity.lte(0)) {
    throw new RangeError(`Line ${line.key}: quantity must be positive, got ${line.quantity.toString()}`);
  }
}

function result(line: AllocationLine, allocations: WarehouseAllocation[], shortage: ShortageReason): LineAllocation {
  const allocated = allocations.reduce((sum, a) => sum.plus(a.quantity), new Dec(0));
  const unallocated = line.quantity.minus(allocated);
  return {
    key: line.key,
    productId: line.productId,
    requested: line.quantity,
    allocations,
    unallocated,
    reason: unallocated.isZero() ? null : shortage,
  };
}

function takeFrom(ledger: Ledger, line: AllocationLine, warehouseId: string, wanted: Dec): WarehouseAllocation[] {
  const quantity = Dec.min(wanted, ledger.available(line.productId, warehouseId));
  if (quantity.lte(0)) return [];
  ledger.take(line.productId, warehouseId, quantity);
  return [{ warehouseId, quantity }];
}

/** Everything from the chosen warehouse (the line's, else the order's); what is missing is reported. */
export const chosenWarehouse: AllocationStrategy = {
  name: 'chosenWarehouse',
  allocate(request) {
    const ledger = new Ledger(request.stock);
    return request.lines.map((line) => {
      checkLine(line);
      const warehouseId = line.warehouseId ?? request.warehouseId ?? null;
      if (warehouseId === null) return result(line, [], 'NO_WAREHOUSE');
      const allocations = takeFrom(ledger, line, warehouseId, line.quantity);
      return result(line, allocations, allocations.length === 0 ? 'NO_STOCK' : 'INSUFFICIENT_STOCK');
    });
  },
};

/**
 * From the preferred warehouse (the line's, else the order's) first, then from the others by
 * descending availability (ties by warehouse code). Without splitting, the whole line comes from the
 * first warehouse in that order that has all of it; if none has, from the one that has the most.
 */
export const preferredThenMostStock: AllocationStrategy = {
  name: 'preferredThenMostStock',
  allocate(request) {
    const ledger = new Ledger(request.stock);
    return request.lines.map((line) => {
      checkLine(line);
      const ranked = ledger.ranked(line.productId, line.warehouseId ?? request.warehouseId ?? null);
      const total = ranked.reduce((sum, b) => sum.plus(b.available), new Dec(0));
      const shortage: ShortageReason = total.lte(0) ? 'NO_STOCK' : 'INSUFFICIENT_STOCK';
      if (request.allowSplit) {
        const allocations: WarehouseAllocation[] = [];
        let remaining = line.quantity;
        for (const bin of ranked) {
          if (remaining.lte(0)) break;
          const taken = takeFrom(ledger, line, bin.warehouseId, remaining);
          allocations.push(...taken);
          if (taken.length > 0) remaining = remaining.minus(taken[0].quantity);
        }
        return result(line, allocations, shortage);
      }
      const whole = ranked.find((b) => b.available.gte(line.quantity));
      // reduce keeps the earlier (preferred, then lower code) bin on equal availability.
      const best =
        whole ?? ranked.reduce<Bin | null>((top, b) => (top === null || b.available.gt(top.available) ? b : top), null);
      const allocations = best ? takeFrom(ledger, line, best.warehouseId, line.quantity) : [];
      return result(line, allocations, total.gte(line.quantity) ? 'SPLIT_NOT_ALLOWED' : shortage);
    });
  },
};

export const ALLOCATION_STRATEGIES: Readonly<Record<string, AllocationStrategy>> = {
  [chosenWarehouse.name]: chosenWarehouse,
  [preferredThenMostStock.name]: preferredThenMostStock,
};

/** A strategy by its stored name (a contract setting); null for an unknown name. */
export function allocationStrategy(name: string): AllocationStrategy | null {
  return Object.hasOwn(ALLOCATION_STRATEGIES, name) ? ALLOCATION_STRATEGIES[name] : null;
}
