import 'i18next';

import type { StorefrontMessages } from './locales/ru';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: StorefrontMessages };
  }
}
