import { useTranslation } from 'react-i18next';

import { isLanguage, type Language } from './i18n';

export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  const resolved = i18n.resolvedLanguage;
  return {
    language: isLanguage(resolved) ? resolved : 'ru',
    setLanguage: (language) => void i18n.changeLanguage(language),
  };
}
