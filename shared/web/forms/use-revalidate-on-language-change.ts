import { useEffect, useRef } from 'react';

import { useLanguage } from '../i18n/use-language';

/** Form errors are rendered text: when the language changes, recompute the ones on screen. */
export function useRevalidateOnLanguageChange(form: { errors: Record<string, unknown>; validate: () => unknown }) {
  const { language } = useLanguage();
  const previous = useRef(language);
  useEffect(() => {
    if (previous.current === language) return;
    previous.current = language;
    if (Object.keys(form.errors).length > 0) form.validate();
  }, [language, form]);
}
