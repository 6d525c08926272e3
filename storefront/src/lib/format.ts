import { useMemo } from 'react';

import { useLanguage } from '../i18n/use-language';

// en-GB rather than en-US: day-first dates and 24-hour time are what our users expect.
// Short numeric dates (27.11.2026, 19:22) keep dense tables dense.
const INTL_LOCALE = { ru: 'ru-RU', en: 'en-GB' } as const;

export interface Formatters {
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  integer: (value: number) => string;
  /** "30 секунд" / "30 seconds", with the language's own plural forms. */
  seconds: (value: number) => string;
}

export function useFormat(): Formatters {
  const { language } = useLanguage();
  return useMemo(() => {
    const locale = INTL_LOCALE[language];
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const seconds = new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' });
    return {
      dateTime: (iso) => dateTime.format(new Date(iso)),
      date: (iso) => date.format(new Date(iso)),
      integer: (value) => integer.format(value),
      seconds: (value) => seconds.format(value),
    };
  }, [language]);
}
