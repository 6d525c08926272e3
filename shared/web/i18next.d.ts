// Only for checking shared/web on its own (its tsconfig): `t()` knows the common keys and the ones
// every app must provide. Inside an app, the app's own declaration (common + its keys) applies instead.
import 'i18next';

import type { AppMessagesContract, WithCommonMessages } from './i18n/common-messages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: WithCommonMessages<AppMessagesContract> };
  }
}
