import { initI18n } from '@wholesail/shared/web';

import { en } from './locales/en';
import { ru } from './locales/ru';

// The common messages (login, errors, language, error pages) come from @wholesail/shared/web;
// ru/en here hold the storefront's own, laid over them.
export const i18n = initI18n({ ru, en });
