import { Dec } from './decimal';

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
    return Exact.fromText(value.toFixed());
  }

  /** From plain decimal text (digits, an optional sign and point, no exponent), as PostgreSQL writes numerics. */
  static fromText(text: string): Exact {
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

  /** Rounded half up (away from zero on a tie) to at most `scale` decimals, exactly. */
  rounded(scale: number): Exact {
    if (this.s <= scale) return this;
    const k = this.s - scale;
    const negative = this.m < 0n;
    // floor((|m| + d/2) / d) with d = 10^k, as (2|m| + d) / 2d: one division.
    const q = ((negative ? -this.m : this.m) * 2n + pow10(k)) / twicePow10(k);
    return new Exact(negative ? -q : q, scale);
  }

  /** As decimal text without trailing zeros, as Dec's toFixed() writes it (price lists write 200 000). */
  toText(): string {
    let m = this.m;
    let s = this.s;
    while (s > 0 && m % 10n === 0n) {
      m /= 10n;
      s--;
    }
    const negative = m < 0n;
    const digits = (negative ? -m : m).toString();
    if (s === 0) return negative ? `-${digits}` : digits;
    const padded = digits.padStart(s + 1, '0');
    const text = `${padded.slice(0, padded.length - s)}.${padded.slice(padded.length - s)}`;
    return negative ? `-${text}` : text;
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

const TWICE_POWERS: bigint[] = [];

function twicePow10(k: number): bigint {
  while (TWICE_POWERS.length <= k) TWICE_POWERS.push(pow10(TWICE_POWERS.length) * 2n);
  return TWICE_POWERS[k];
}

function pow10(k: number): bigint {
  while (POWERS.length <= k) POWERS.push(POWERS[POWERS.length - 1] * 10n);
  return POWERS[k];
}
