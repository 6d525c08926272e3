import { Dec } from '../../../common/money/decimal';

/**
 * The engine's inner arithmetic: an exact decimal m / 10^s on a BigInt. The walk only multiplies,
 * compares and floors, and a BigInt product is exact and ~20× cheaper than a decimal.js operation —
 * which matters when a price list runs the walk for 200,000 products. Nothing is ever rounded here:
 * values enter as Dec and leave as Dec (toDec), and the one rounding of a price stays roundPrice.
 */
export class Exact {
  private constructor(
    readonly m: bigint,
    readonly s: number,
  ) {}

  static readonly ZERO = new Exact(0n, 0);
  static readonly ONE = new Exact(1n, 0);

  static fromDec(value: Dec): Exact {
    const text = value.toFixed();
    const dot = text.indexOf('.');
    if (dot < 0) return new Exact(BigInt(text), 0);
    return new Exact(BigInt(text.slice(0, dot) + text.slice(dot + 1)), text.length - dot - 1);
  }

  plus(other: Exact): Exact {
    if (this.s === other.s) return new Exact(this.m + other.m, this.s);
    return this.s < other.s
      ? new Exact(this.m * pow10(other.s - this.s) + other.m, other.s)
      : new Exact(this.m + other.m * pow10(this.s - other.s), this.s);
  }

  /** × 10^-k, exact. */
  shift(k: number): Exact {
    return new Exact(this.m, this.s + k);
  }

  times(other: Exact): Exact {
    return new Exact(this.m * other.m, this.s + other.s);
  }

  cmp(other: Exact): number {
    let a = this.m;
    let b = other.m;
    if (this.s < other.s) a *= pow10(other.s - this.s);
    else if (this.s > other.s) b *= pow10(this.s - other.s);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  isNegative(): boolean {
    return this.m < 0n;
  }

  /**
   * As a Dec rounded half up (away from zero on a tie) to `scale` decimals: roundPrice(toDec()) in one
   * step, without the long intermediate (price lists round 200 000 prices).
   */
  roundedDec(scale: number): Dec {
    let m = this.m;
    if (this.s > scale) {
      const d = pow10(this.s - scale);
      const negative = m < 0n;
      const abs = negative ? -m : m;
      let q = abs / d;
      if ((abs % d) * 2n >= d) q += 1n;
      m = negative ? -q : q;
    }
    return new Exact(m, Math.min(this.s, scale)).toDec();
  }

  /**
   * As a Dec, cut (toward zero) to REPORT_SCALE decimals: long chains of percentages grow the exact
   * value by 4+ digits per step. Cutting at ≥ 5 places never changes the half-up rounding at 4, so
   * roundPrice(toDec()) is the exact value rounded once.
   */
  toDec(): Dec {
    let m = this.m;
    let s = this.s;
    if (s > REPORT_SCALE) {
      m /= pow10(s - REPORT_SCALE);
      s = REPORT_SCALE;
    }
    if (s === 0) return new Dec(m.toString());
    const negative = m < 0n;
    const digits = (negative ? -m : m).toString().padStart(s + 1, '0');
    const text = `${digits.slice(0, digits.length - s)}.${digits.slice(digits.length - s)}`;
    return new Dec(negative ? `-${text}` : text);
  }
}

/** Decimal places of the unrounded prices the engine reports (as numeric(38,20) would keep them). */
export const REPORT_SCALE = 20;

const POWERS: bigint[] = [1n];

function pow10(k: number): bigint {
  while (POWERS.length <= k) POWERS.push(POWERS[POWERS.length - 1] * 10n);
  return POWERS[k];
}
