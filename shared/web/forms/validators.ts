import type { TFunction } from 'i18next';

// The same package's pure code (src/), by path: shared/web is source compiled by each app.
import { parseAmountText } from '../../src/amount-text';
import { innProblem, isValidKpp } from '../../src/inn';
import { isValidBik, isValidCorrespondentAccount, isValidSettlementAccount, ogrnProblem } from '../../src/ogrn';

/**
 * Client-side checks that mirror the API's (the same INN/KPP/OGRN/bank rules from @wholesail/shared,
 * the same lengths and patterns as the input classes), so most mistakes are caught before a round
 * trip, in the person's language. The API stays the judge: its field errors are mapped onto the
 * same fields (`fieldErrors`). Each returns a message or null, as Mantine's `useForm` expects.
 */

/** The API's phone pattern (registration and invitations). */
const PHONE = /^[+\d][\d\s()-]{5,39}$/;
/** What the API's @IsEmail accepts, near enough for a form: one @, a dot in the domain, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The API's minimum password length (identity/password.ts). */
export const PASSWORD_MIN_LENGTH = 8;

export function createValidators(t: TFunction) {
  const text = (value: string, max: number, required: boolean): string | null => {
    const trimmed = value.trim();
    if (!trimmed) return required ? t('validation.required') : null;
    return trimmed.length > max ? t('validation.tooLong', { max }) : null;
  };
  return {
    required:
      (max = 300) =>
      (value: string) =>
        text(value, max, true),
    optional:
      (max = 300) =>
      (value: string) =>
        text(value, max, false),
    email: (value: string) => {
      const trimmed = value.trim();
      if (!trimmed) return t('validation.required');
      return EMAIL.test(trimmed) && trimmed.length <= 254 ? null : t('validation.email');
    },
    phone: (required: boolean) => (value: string) => {
      const trimmed = value.trim();
      if (!trimmed) return required ? t('validation.required') : null;
      return PHONE.test(trimmed) ? null : t('validation.phone');
    },
    inn: (value: string) => {
      const trimmed = value.trim();
      if (!trimmed) return t('validation.required');
      const problem = innProblem(trimmed);
      if (problem === 'format') return t('validation.innFormat');
      return problem === 'checksum' ? t('validation.innChecksum') : null;
    },
    /** KPP goes with a 10-digit INN only. */
    kpp: (value: string, inn: string) => {
      const kpp = value.trim();
      const innLength = inn.trim().length;
      if (innLength === 10 && !kpp) return t('validation.kppRequired');
      if (innLength === 12 && kpp) return t('validation.kppForbidden');
      return kpp && !isValidKpp(kpp) ? t('validation.kppFormat') : null;
    },
    /** Optional; 13 digits with a 10-digit INN, 15 with a 12-digit one. */
    ogrn: (value: string, inn: string) => {
      const ogrn = value.trim();
      if (!ogrn) return null;
      const problem = ogrnProblem(ogrn);
      if (problem === 'format') return t('validation.ogrnFormat');
      if (problem === 'checksum') return t('validation.ogrnChecksum');
      const innOk = innProblem(inn.trim()) === null;
      return innOk && (inn.trim().length === 10) !== (ogrn.length === 13) ? t('validation.ogrnKind') : null;
    },
    bik: (value: string, accounts: string[]) => {
      const bik = value.trim();
      if (!bik) return accounts.some((a) => a.trim()) ? t('validation.bikNeeded') : null;
      return isValidBik(bik) ? null : t('validation.bikFormat');
    },
    correspondentAccount: (value: string, bik: string) => {
      const account = value.trim();
      if (!account || !isValidBik(bik.trim())) return null; // the BIK field says what is missing
      return isValidCorrespondentAccount(account, bik.trim()) ? null : t('validation.account');
    },
    settlementAccount: (value: string, bik: string) => {
      const account = value.trim();
      if (!account || !isValidBik(bik.trim())) return null;
      return isValidSettlementAccount(account, bik.trim()) ? null : t('validation.account');
    },
    /** A Decimal amount typed by a person; empty is "no amount" unless required. */
    amount:
      ({ required = false, allowZero = false }: { required?: boolean; allowZero?: boolean } = {}) =>
      (value: string) => {
        const result = parseAmountText(value, { allowZero });
        if (!result.ok) return t(`validation.amount.${result.problem}`);
        return required && result.value === null ? t('validation.required') : null;
      },
    /** YYYY-MM-DD (what a native date input gives), a real calendar date. */
    date: (required: boolean) => (value: string) => {
      if (!value) return required ? t('validation.required') : null;
      const parsed = new Date(`${value}T00:00:00Z`);
      return ISO_DATE.test(value) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)
        ? null
        : t('validation.date');
    },
    password: (value: string) =>
      value.length < PASSWORD_MIN_LENGTH ? t('validation.passwordShort', { min: PASSWORD_MIN_LENGTH }) : null,
  };
}

export type Validators = ReturnType<typeof createValidators>;

/** The plain decimal string an amount field holds (null when empty); call after validation passed. */
export function amountValue(text: string, allowZero = false): string | null {
  const result = parseAmountText(text, { allowZero });
  return result.ok ? result.value : null;
}
