/**
 * OGRN (primary state registration number): 13 digits for organisations, 15 (OGRNIP) for sole
 * proprietors. The last digit checks the rest: (first 12 as a number mod 11) mod 10, or
 * (first 14 mod 13) mod 10. The numbers exceed 2^53, so the remainder is taken digit by digit.
 */
function remainder(digits: string, divisor: number): number {
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % divisor;
  return rest;
}

export type OgrnProblem = 'format' | 'checksum';

export function ogrnProblem(ogrn: string): OgrnProblem | null {
  if (!/^\d{13}$|^\d{15}$/.test(ogrn)) return 'format';
  const body = ogrn.slice(0, -1);
  const divisor = ogrn.length === 13 ? 11 : 13;
  return remainder(body, divisor) % 10 === Number(ogrn.at(-1)) ? null : 'checksum';
}

export function isValidOgrn(ogrn: string): boolean {
  return ogrnProblem(ogrn) === null;
}

/** Completes 12 (or 14) leading digits into a valid OGRN (or OGRNIP). */
export function completeOgrn(prefix: string): string {
  if (!/^\d{12}$|^\d{14}$/.test(prefix)) throw new Error('completeOgrn needs 12 or 14 digits');
  return prefix + String(remainder(prefix, prefix.length === 12 ? 11 : 13) % 10);
}

/** BIK: the 9-digit identifier of a Russian bank. */
export function isValidBik(bik: string): boolean {
  return /^04\d{7}$/.test(bik);
}

const ACCOUNT_WEIGHTS = [7, 1, 3];

function accountKeyOk(digits23: string): boolean {
  let sum = 0;
  for (let i = 0; i < 23; i++) sum += ACCOUNT_WEIGHTS[i % 3] * (Number(digits23[i]) % 10);
  return sum % 10 === 0;
}

/** A settlement account (расчётный счёт) is 20 digits whose control key depends on the bank's BIK. */
export function isValidSettlementAccount(account: string, bik: string): boolean {
  return /^\d{20}$/.test(account) && isValidBik(bik) && accountKeyOk(bik.slice(-3) + account);
}

/** A correspondent account (корр. счёт) is 20 digits, checked with "0" and digits 5–6 of the BIK. */
export function isValidCorrespondentAccount(account: string, bik: string): boolean {
  return /^\d{20}$/.test(account) && isValidBik(bik) && accountKeyOk(`0${bik.slice(4, 6)}${account}`);
}

/** Sets the control key (the 9th digit) of a 20-digit settlement account for the given BIK. */
export function withSettlementKey(account: string, bik: string): string {
  const zeroed = `${account.slice(0, 8)}0${account.slice(9)}`;
  let sum = 0;
  const digits = bik.slice(-3) + zeroed;
  for (let i = 0; i < 23; i++) sum += ACCOUNT_WEIGHTS[i % 3] * Number(digits[i]);
  const key = ((sum % 10) * 3) % 10;
  return `${account.slice(0, 8)}${key}${account.slice(9)}`;
}
