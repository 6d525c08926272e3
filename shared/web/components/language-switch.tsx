import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { isLanguage, LANGUAGES } from '../i18n/i18n';
import { useLanguage } from '../i18n/use-language';

/** RU / EN toggle for pages without the user menu (the login page). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) setLanguage(value);
      }}
      data={LANGUAGES.map((lng) => ({ value: lng, label: lng.toUpperCase(), title: t(`language.${lng}`) }))}
    />
  );
}
