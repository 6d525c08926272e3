import i18n, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

import { type AppMessagesContract, commonEn, commonRu } from './common-messages';
import { mergeMessages, type MessageShape, type MessageTree } from './messages';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// Shared by the storefront and the admin UI (same origin), so the choice follows the person.
const STORAGE_KEY = 'wholesail.language';

export function isLanguage(value: string | undefined): value is Language {
  return LANGUAGES.some((lng) => lng === value);
}

/**
 * Sets up i18next for an app once, at start-up: its own `ru`/`en` catalogues laid over the common
 * ones, the language from localStorage or the browser, `<html lang>` kept in step.
 */
export function initI18n<M extends AppMessagesContract & MessageTree>(messages: { ru: M; en: MessageShape<M> }): I18n {
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: {
        ru: { translation: mergeMessages(commonRu, messages.ru) },
        en: { translation: mergeMessages(commonEn, messages.en as MessageTree) },
      },
      supportedLngs: LANGUAGES,
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'ru',
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes already
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: STORAGE_KEY,
        caches: ['localStorage'],
        convertDetectedLanguage: (lng) => lng.split('-')[0], // en-US → en
      },
    });

  const syncDocumentLanguage = (lng: string) => {
    document.documentElement.lang = lng;
  };
  syncDocumentLanguage(i18n.resolvedLanguage ?? 'ru');
  i18n.on('languageChanged', syncDocumentLanguage);
  return i18n;
}
