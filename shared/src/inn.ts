/**
 * Russian taxpayer numbers. INN: 10 digits for organisations, 12 for individuals and sole
 * proprietors, with check digits; KPP: 9 characters, only for organisations.
 */
const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i], 0);
  return (sum % 11) % 10;
}

export type InnProblem = 'format' | 'checksum';

/** null when valid; otherwise what is wrong with it. */
export function innProblem(inn: string): InnProblem | null {
  if (!/^\d{10}$|^\d{12}$/.test(inn)) return 'format';
  const d = [...inn].map(Number);
  if (d.length === 10) return checkDigit(d, W10) === d[9] ? null : 'checksum';
  return checkDigit(d, W11) === d[10] && checkDigit(d, W12) === d[11] ? null : 'checksum';
}

export function isValidInn(inn: string): boolean {
  return innProblem(inn) === null;
}

export function isValidKpp(kpp: string): boolean {
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp);
}

/** Completes 9 (or 10) leading digits into a valid 10- (or 12-) digit INN. */
export function completeInn(prefix: string): string {
  const d = [...prefix].map(Number);
  if (d.length === 9) return prefix + String(checkDigit(d, W10));
  if (d.length === 10) {
    const n11 = checkDigit(d, W11);
    return prefix + String(n11) + String(checkDigit([...d, n11], W12));
  }
  throw new Error('completeInn needs 9 or 10 digits');
}
