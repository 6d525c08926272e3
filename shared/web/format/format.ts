import { useMemo } from 'react';

import type { Language } from '../i18n/i18n';
import { useLanguage } from '../i18n/use-language';

// en-GB rather than en-US: day-first dates and 24-hour time are what our users expect.
// Short numeric dates (27.11.2026, 19:22) keep dense tables dense.
const INTL_LOCALE = { ru: 'ru-RU', en: 'en-GB' } as const;

export interface Formatters {
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  /** A calendar date from the API as `YYYY-MM-DD` (contract dates): no time zone may shift it. */
  day: (isoDate: string) => string;
  integer: (value: number) => string;
  /** "30 секунд" / "30 seconds", with the language's own plural forms. */
  seconds: (value: number) => string;
  /**
   * A `Decimal` from the API (a string, e.g. "1250.5000") as is, never through a JS number:
   * grouped digits, trailing zeros dropped down to `minFractionDigits`.
   */
  decimal: (value: string, options?: { minFractionDigits?: number; maxFractionDigits?: number }) => string;
  /**
   * An amount in a currency ("1 250,50 ₽" / "RUB 1,250.50"), from a `Decimal` string. Unit prices
   * pass `maxFractionDigits: 4` to show a price of 4 places exactly ("0,1234 ₽", "12,50 ₽").
   */
  money: (amount: string, currency: string, options?: { maxFractionDigits?: number }) => string;
}

/** Formatters for one language (Intl objects are built once per language, not per call). */
export function createFormatters(language: Language): Formatters {
  const locale = INTL_LOCALE[language];
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const seconds = new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  return {
    dateTime: (iso) => dateTime.format(new Date(iso)),
    date: (iso) => date.format(new Date(iso)),
    day: (isoDate) => day.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    integer: (value) => integer.format(value),
    seconds: (value) => seconds.format(value),
    // Intl formats a numeric string exactly (ES2023), so money never passes through a float.
    decimal: (value, { minFractionDigits = 0, maxFractionDigits = 4 } = {}) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: minFractionDigits,
        maximumFractionDigits: maxFractionDigits,
      }).format(value as Intl.StringNumericLiteral),
    money: (amount, currency, { maxFractionDigits } = {}) => {
      const key = `${currency}:${maxFractionDigits ?? ''}`;
      let format = moneyFormats.get(key);
      if (!format) {
        format = new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          ...(maxFractionDigits === undefined ? {} : { maximumFractionDigits: maxFractionDigits }),
        });
        moneyFormats.set(key, format);
      }
      return format.format(amount as Intl.StringNumericLiteral);
    },
  };
}

/** Numbers, dates and money in the person's language; follows a language switch. */
export function useFormat(): Formatters {
  const { language } = useLanguage();
  return useMemo(() => createFormatters(language), [language]);
}
