import {
  innProblem,
  isValidBik,
  isValidCorrespondentAccount,
  isValidKpp,
  isValidSettlementAccount,
  ogrnProblem,
} from '@wholesail/shared';

/** One thing wrong with an input: the field (relative to the input object), a stable code and a message. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export interface TaxIds {
  inn: string;
  kpp?: string | null;
  ogrn?: string | null;
}

export interface BankDetails {
  bik?: string | null;
  correspondentAccount?: string | null;
  settlementAccount?: string | null;
}

/** INN (checksum), KPP (required for organisations, absent for sole proprietors), OGRN (checksum, matching kind). */
export function taxIdProblems(ids: TaxIds): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const inn = ids.inn.trim();
  const innIssue = innProblem(inn);
  if (innIssue === 'format') {
    problems.push({
      field: 'inn',
      code: 'INVALID_INN',
      message: 'INN must be 10 digits (organisation) or 12 (sole proprietor)',
    });
  } else if (innIssue === 'checksum') {
    problems.push({ field: 'inn', code: 'INVALID_INN', message: 'INN check digits do not match: check the number' });
  }
  const kpp = ids.kpp?.trim() || null;
  if (inn.length === 10 && !kpp) {
    problems.push({ field: 'kpp', code: 'INVALID_KPP', message: 'KPP is required for an organisation (10-digit INN)' });
  } else if (inn.length === 12 && kpp) {
    problems.push({ field: 'kpp', code: 'INVALID_KPP', message: 'A sole proprietor (12-digit INN) has no KPP' });
  } else if (kpp && !isValidKpp(kpp)) {
    problems.push({
      field: 'kpp',
      code: 'INVALID_KPP',
      message: 'KPP must be 9 characters: 4 digits, 2 digits or capital letters, 3 digits',
    });
  }
  const ogrn = ids.ogrn?.trim() || null;
  if (ogrn) {
    const issue = ogrnProblem(ogrn);
    if (issue === 'format') {
      problems.push({
        field: 'ogrn',
        code: 'INVALID_OGRN',
        message: 'OGRN must be 13 digits (organisation) or 15 (sole proprietor)',
      });
    } else if (issue === 'checksum') {
      problems.push({
        field: 'ogrn',
        code: 'INVALID_OGRN',
        message: 'OGRN check digit does not match: check the number',
      });
    } else if (!innIssue && (inn.length === 10) !== (ogrn.length === 13)) {
      problems.push({
        field: 'ogrn',
        code: 'INVALID_OGRN',
        message: 'OGRN does not fit the INN: 13 digits go with a 10-digit INN, 15 with a 12-digit one',
      });
    }
  }
  return problems;
}

export function bankProblems(bank: BankDetails): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const bik = bank.bik?.trim() || null;
  const corr = bank.correspondentAccount?.trim() || null;
  const settlement = bank.settlementAccount?.trim() || null;
  if (bik && !isValidBik(bik)) {
    problems.push({ field: 'bik', code: 'INVALID_BIK', message: 'BIK must be 9 digits starting with 04' });
    return problems;
  }
  if ((corr || settlement) && !bik) {
    problems.push({ field: 'bik', code: 'INVALID_BIK', message: 'BIK is needed to check the bank accounts' });
    return problems;
  }
  if (corr && !isValidCorrespondentAccount(corr, bik!)) {
    problems.push({
      field: 'correspondentAccount',
      code: 'INVALID_ACCOUNT',
      message: 'Correspondent account must be 20 digits and match the BIK',
    });
  }
  if (settlement && !isValidSettlementAccount(settlement, bik!)) {
    problems.push({
      field: 'settlementAccount',
      code: 'INVALID_ACCOUNT',
      message: 'Settlement account must be 20 digits and match the BIK',
    });
  }
  return problems;
}

export interface ContractTerms {
  paymentTerms: 'PREPAYMENT' | 'DEFERRAL';
  deferralDays?: number | null;
  validFrom?: string | null;
  validTo?: string | null;
  date: string;
  currency: string;
  creditLimit?: { isNegative(): boolean } | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function contractProblems(terms: ContractTerms): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (terms.paymentTerms === 'DEFERRAL') {
    const days = terms.deferralDays;
    if (days === null || days === undefined || !Number.isInteger(days) || days < 1 || days > 365) {
      problems.push({ field: 'deferralDays', code: 'INVALID_TERMS', message: 'A deferral needs 1 to 365 days' });
    }
  } else if (terms.deferralDays !== null && terms.deferralDays !== undefined) {
    problems.push({
      field: 'deferralDays',
      code: 'INVALID_TERMS',
      message: 'Deferral days apply only to DEFERRAL terms',
    });
  }
  for (const field of ['date', 'validFrom', 'validTo'] as const) {
    const value = terms[field];
    if (value !== null && value !== undefined && !isIsoDate(value)) {
      problems.push({ field, code: 'INVALID_DATE', message: 'must be a date as YYYY-MM-DD' });
    }
  }
  if (
    terms.validFrom &&
    terms.validTo &&
    isIsoDate(terms.validFrom) &&
    isIsoDate(terms.validTo) &&
    terms.validTo < terms.validFrom
  ) {
    problems.push({ field: 'validTo', code: 'INVALID_DATE', message: 'must not be before validFrom' });
  }
  if (!/^[A-Z]{3}$/.test(terms.currency)) {
    problems.push({
      field: 'currency',
      code: 'INVALID_CURRENCY',
      message: 'must be a three-letter ISO 4217 code, e.g. RUB',
    });
  }
  if (terms.creditLimit?.isNegative()) {
    problems.push({ field: 'creditLimit', code: 'INVALID_AMOUNT', message: 'must not be negative' });
  }
  return problems;
}
